import type { ArticleTag } from '../decisions/articleTags';
import { compareCodePoints } from '../text/compare';
import type { Span } from '../tagging/types';

/**
 * How sure the tagger is of a span, from 0 to 1. The model's probability when it gave one
 * (`span.confidence`); otherwise a fixed value by what proposed the span, so that every span
 * has one and articles can be compared:
 * - a curator's own tag: 1 (the curator decided it);
 * - a gazetteer's name, or one the curator kept elsewhere (the curator's memory): 0.9 (a listed
 *   name; what can go wrong is a namesake);
 * - a rule (date grammar, name shape): 0.8 (precise patterns, some over-reach);
 * - the model without a probability, or an unknown source: 0.5 (a coin toss);
 * - a span with no source at all: a date is taken as a rule's (0.8), a name linked to the
 *   knowledge base or a Wikidata id as a gazetteer's (0.9), any other name as unknown (0.5).
 */
export type WeighedSpan = Pick<Span, 'kind' | 'confidence' | 'source' | 'wikidata' | 'entityId'>;

export function spanConfidence(span: WeighedSpan): number {
  if (typeof span.confidence === 'number' && Number.isFinite(span.confidence)) return Math.min(1, Math.max(0, span.confidence));
  switch (span.source) {
    case 'curator': return CURATOR;
    case 'memory': return GAZETTEER;
    case 'gazetteer': return GAZETTEER;
    case 'rule': return RULE;
    case 'model': return UNKNOWN;
    case undefined: break;
  }
  if (span.kind === 'DATE') return RULE;
  if (span.wikidata !== undefined || (span.entityId !== undefined && !span.entityId.startsWith('local:'))) return GAZETTEER;
  return UNKNOWN;
}

const CURATOR = 1;
const GAZETTEER = 0.9;
const RULE = 0.8;
const UNKNOWN = 0.5;

/**
 * How sure the tagger is of an article's pending tags: the least sure one (`lowest`) and their
 * mean (`mean`), both 1 when nothing is pending. The review queue shows the least sure article
 * first: the one whose decisions teach the model most.
 */
export interface ArticleCertainty { lowest: number; mean: number }

export const CERTAIN: ArticleCertainty = { lowest: 1, mean: 1 };

export function articleCertainty(tags: readonly (WeighedSpan & Pick<ArticleTag, 'status'>)[]): ArticleCertainty {
  const pending = tags.filter((tag) => tag.status === 'pending').map(spanConfidence);
  if (pending.length === 0) return CERTAIN;
  return { lowest: round(Math.min(...pending)), mean: round(pending.reduce((sum, value) => sum + value, 0) / pending.length) };
}

/** Four decimals: enough to order articles, and the same on every machine. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** An article as the review queue weighs it. */
export interface QueueCandidate { path: string; pending: number; certainty: ArticleCertainty }

/**
 * The review queue's order: least sure first (lowest confidence, then the lower mean), then the
 * article with more pending tags, then by path so that the order never depends on the index's.
 */
export function compareForReview(a: QueueCandidate, b: QueueCandidate): number {
  return a.certainty.lowest - b.certainty.lowest || a.certainty.mean - b.certainty.mean || b.pending - a.pending || compareCodePoints(a.path, b.path);
}
