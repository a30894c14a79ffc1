// Span precision and recall (exact and overlap) per language and TIMEX3 kind, and value accuracy.
import { tagDates } from '../../src/core/tagging/dates/tagDates';
import type { TemporalKind } from '../../src/core/tagging/dates/timex';
import type { Span } from '../../src/core/tagging/types';
import type { TemporalSentence } from './temporalGold';

export interface TemporalCounts { gold: number; predicted: number; exact: number; overlap: number; valued: number; valueRight: number }
export interface TemporalMiss { id: string; what: 'missed' | 'spurious' | 'partial' | 'value'; text: string; detail: string }

const empty = (): TemporalCounts => ({ gold: 0, predicted: 0, exact: 0, overlap: 0, valued: 0, valueRight: 0 });

/** How a corpus groups the kinds: KazNERD's DATE holds DATE, DURATION and SET; our own sets keep all four. */
export type KindClass = (kind: TemporalKind, value: string | undefined) => string;
export const OWN_KINDS: KindClass = (kind) => kind;
/** KazNERD: TIME is times of day and lengths in hours and minutes (1 сағат, 12 минут); everything else is DATE. */
export const KAZNERD_CLASSES: KindClass = (kind, value) => (kind === 'TIME' || (kind === 'DURATION' && value?.startsWith('PT') === true) ? 'TIME' : 'DATE');

/** Counts per class and for all together (`ALL`); a predicted span matches an overlapping gold span of the same class. */
export function scoreTemporal(sentences: readonly TemporalSentence[], classOf: KindClass, misses: TemporalMiss[] = []): Map<string, TemporalCounts> {
  const scores = new Map<string, TemporalCounts>();
  const at = (key: string): TemporalCounts => {
    let entry = scores.get(key);
    if (!entry) { entry = empty(); scores.set(key, entry); }
    return entry;
  };
  const bump = (keys: readonly string[], field: keyof TemporalCounts): void => { for (const key of keys) at(key)[field]++; };
  for (const sentence of sentences) {
    const predicted = tagDates(sentence.text, sentence.lang, sentence.referenceDate).filter((span) => span.kind === 'DATE');
    const classOfSpan = (span: Span): string => classOf(span.timex ?? 'DATE', span.value);
    for (const span of predicted) bump([classOfSpan(span), 'ALL'], 'predicted');
    const used = new Set<Span>();
    for (const gold of sentence.spans) {
      const goldClass = classOf(gold.kinds[0] ?? 'DATE', gold.value);
      bump([goldClass, 'ALL'], 'gold');
      const candidates = predicted.filter((span) => !used.has(span) && classOfSpan(span) === goldClass && span.start < gold.end && gold.start < span.end);
      const match = candidates.find((span) => span.start === gold.start && span.end === gold.end) ?? candidates[0];
      if (!match) { misses.push({ id: sentence.id, what: 'missed', text: gold.text, detail: goldClass }); continue; }
      used.add(match);
      bump([goldClass, 'ALL'], 'overlap');
      if (match.start === gold.start && match.end === gold.end) bump([goldClass, 'ALL'], 'exact');
      else misses.push({ id: sentence.id, what: 'partial', text: gold.text, detail: match.text });
      if (gold.value === undefined) continue;
      bump([goldClass, 'ALL'], 'valued');
      if (match.value === gold.value) bump([goldClass, 'ALL'], 'valueRight');
      else misses.push({ id: sentence.id, what: 'value', text: gold.text, detail: `${match.value ?? '(none)'} ≠ ${gold.value}` });
    }
    for (const span of predicted) if (!used.has(span)) misses.push({ id: sentence.id, what: 'spurious', text: span.text, detail: `${classOfSpan(span)} ${span.value ?? ''}` });
  }
  return scores;
}
