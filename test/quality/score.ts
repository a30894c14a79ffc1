import { type Miss, type Scores, scoreDocuments as scoreWith } from '../../src/core/evaluation/score';
import { tag, type TagContext } from '../../src/core/tagging/tag';
import type { GoldDocument } from './gold';

export { f1, GROUPS, type Counts, type KindGroup, type Miss, precision, recall, type Scores, TARGETS } from '../../src/core/evaluation/score';

/** Tags every document with the real engine and counts matches per language and kind. */
export function scoreDocuments(documents: readonly GoldDocument[], misses: Miss[] = [], context: TagContext = {}): Scores {
  return scoreWith(documents, (text, options) => tag(text, options, context), misses);
}
