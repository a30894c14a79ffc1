import * as path from 'node:path';
import { readWorkspaceModel, workspaceModelFile } from '../core/tagging/model/workspaceModel';
import type { Scorer } from '../core/tagging/model/entityModel';
import type { CliIo } from './io';
import { formatFileLine } from './report';

/** The workspace model file of `--workspace DIR` (default: the current folder). */
export function workspaceModelPath(workspace: string | undefined): string {
  return path.resolve(workspaceModelFile(workspace ?? '.'));
}

/**
 * The workspace model (DIR/.corpus/model/entities.model) when there is one; undefined means the
 * shipped model. A file that cannot be used is named on stderr and the shipped model is used.
 */
export function loadWorkspaceModel(workspace: string | undefined, io: CliIo): { file: string; model: Scorer | undefined; identity: string } {
  const file = workspaceModelPath(workspace);
  const read = readWorkspaceModel(file);
  if (read.status === 'failed') io.err(formatFileLine(read.error.file, 'warning', `${read.error.reason}; the shipped entity model is used instead (run corpus-curator learn to rebuild it)`));
  return read.status === 'loaded' ? { file, model: read.scorer, identity: read.decisionsSha256 } : { file, model: undefined, identity: 'shipped' };
}
