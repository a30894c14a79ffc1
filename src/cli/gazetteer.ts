import * as path from 'node:path';
import { defaultGazetteer, type Gazetteer } from '../core/tagging/gazetteer/gazetteer';
import { parseWorkspaceGazetteer, WORKSPACE_GAZETTEER_PATH } from '../core/tagging/gazetteer/workspaceGazetteer';
import type { CliIo } from './io';
import { formatText, locate } from './report';
import { readWorkspaceFile } from './workspaceFile';

export interface GazetteerSource {
  gazetteer: Gazetteer;
  /** The workspace gazetteer file merged over the shipped one, and its text (none when there is none). */
  file?: string;
  yaml?: string;
}

/** The shipped gazetteer, with the workspace's (`--gazetteer`, else .corpus/gazetteer.yaml here) merged over it. */
export async function loadGazetteerSource(file: string | undefined, io: CliIo): Promise<GazetteerSource> {
  const read = await readWorkspaceFile(file, WORKSPACE_GAZETTEER_PATH, 'gazetteer');
  if (!read) return { gazetteer: defaultGazetteer() };
  const { entries, problems } = parseWorkspaceGazetteer(read.text);
  for (const problem of problems) io.err(formatText(locate(read.file, read.text, problem)));
  return { gazetteer: defaultGazetteer().withEntries(entries), file: path.resolve(read.file), yaml: read.text };
}
