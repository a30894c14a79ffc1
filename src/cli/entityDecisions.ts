import { readFile } from 'node:fs/promises';
import { ENTITY_DECISIONS_PATH, type EntityDecisions, NO_ENTITY_DECISIONS, parseEntityDecisions } from '../core/knowledge/entityDecisions';
import { type CliIo, UsageOrIoError } from './io';
import { formatText, locate } from './report';

/**
 * The curator's entity decisions (`--entities FILE`, else .corpus/entities.yaml here when present).
 * Problems are printed at their line; a file that does not parse stops the command, so that no
 * output is made without the decisions the curator recorded.
 */
export async function loadEntityDecisions(file: string | undefined, io: CliIo): Promise<EntityDecisions> {
  const chosen = file ?? ENTITY_DECISIONS_PATH;
  let yaml: string;
  try {
    yaml = await readFile(chosen, 'utf8');
  } catch (error) {
    if (file === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return NO_ENTITY_DECISIONS;
    throw new UsageOrIoError(`cannot read entity decisions '${chosen}': ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { decisions, problems } = parseEntityDecisions(yaml);
  for (const problem of problems) io.err(formatText(locate(chosen, yaml, problem)));
  if (problems.some((problem) => problem.severity === 'error')) throw new UsageOrIoError(`'${chosen}' is malformed (see above); fix it and run again`);
  return decisions;
}
