import * as path from 'node:path';
import { ENTITY_DECISIONS_PATH, type EntityDecisions, NO_ENTITY_DECISIONS, type ParsedEntityDecisions, parseEntityDecisions } from '../core/knowledge/entityDecisions';
import { type CliIo, UsageOrIoError } from './io';
import { formatText, locate } from './report';
import { readWorkspaceFile } from './workspaceFile';

/** The decisions, and the file and text they came from, read once (none when there is no file). */
export interface EntityDecisionsSource { decisions: EntityDecisions; file?: string; yaml?: string; parsed?: ParsedEntityDecisions }

/**
 * The curator's entity decisions (`--entities FILE`, else .corpus/entities.yaml here when present).
 * Problems are printed at their line; a file that does not parse stops the command, so that no
 * output is made without the decisions the curator recorded.
 */
export async function loadEntityDecisions(file: string | undefined, io: CliIo): Promise<EntityDecisionsSource> {
  const read = await readWorkspaceFile(file, ENTITY_DECISIONS_PATH, 'entity decisions');
  if (!read) return { decisions: NO_ENTITY_DECISIONS };
  const parsed = parseEntityDecisions(read.text);
  const { decisions, problems } = parsed;
  for (const problem of problems) io.err(formatText(locate(read.file, read.text, problem)));
  if (problems.some((problem) => problem.severity === 'error')) throw new UsageOrIoError(`'${read.file}' is malformed (see above); fix it and run again`);
  return { decisions, file: path.resolve(read.file), yaml: read.text, parsed };
}
