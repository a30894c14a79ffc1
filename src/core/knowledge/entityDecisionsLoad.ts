import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gazetteerFileStamp } from '../tagging/gazetteer/gazetteerFile';
import { type EntityDecisions, NO_ENTITY_DECISIONS, parseEntityDecisions } from './entityDecisions';

/** .corpus/entities.yaml beside a workspace's .corpus/gazetteer.yaml. */
export function entityDecisionsFileBeside(gazetteerFile: string): string {
  return path.join(path.dirname(gazetteerFile), 'entities.yaml');
}

const loaded = new Map<string, { stamp: string; decisions: EntityDecisions }>();

/**
 * The curator's entity decisions of a workspace, re-read only when the file changes; none when
 * there is no file or it does not parse (its problems show where it is edited, and in the CLI).
 */
export function entityDecisionsFromFile(file: string | undefined): EntityDecisions {
  if (file === undefined) return NO_ENTITY_DECISIONS;
  const stamp = gazetteerFileStamp(file);
  if (stamp === 'none') return NO_ENTITY_DECISIONS;
  const cached = loaded.get(file);
  if (cached?.stamp === stamp) return cached.decisions;
  let decisions = NO_ENTITY_DECISIONS;
  try {
    decisions = parseEntityDecisions(readFileSync(file, 'utf8')).decisions;
  } catch {
    decisions = NO_ENTITY_DECISIONS;
  }
  loaded.set(file, { stamp, decisions });
  return decisions;
}
