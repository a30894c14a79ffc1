import { KINDS, type SpanKind } from '../kinds';
import type { LanguageCode, Span, Tagger } from '../tagging/types';

// The one scorer of the tagging engine: `npm run score` on the project's gold, and
// `corpus-curator eval` on any gold a curator brings. Offsets are UTF-16 code units.

export interface ResolvedGoldSpan { kind: SpanKind; text: string; start: number; end: number; canonical?: string; value?: string; relative?: boolean }
/** `entitiesOnly`: the gold annotates no dates (factRuEval), so predicted dates are not counted. */
export interface GoldDocument { name: string; text: string; lang?: LanguageCode; referenceDate?: string; spans: ResolvedGoldSpan[]; entitiesOnly?: boolean }

export type KindGroup = SpanKind | 'ENTITIES';
export interface Counts { gold: number; predicted: number; exact: number; overlap: number; canonicalAgreed: number }
export type Scores = Map<string, Counts>; // key: `${lang} ${group}`

/** Temporal kinds first, then each entity kind, then all entities together. */
export const GROUPS: readonly KindGroup[] = [...KINDS.timexCodes, ...KINDS.entityCodes, 'ENTITIES'];

function groupsOf(kind: Span['kind']): KindGroup[] {
  return kind === 'DATE' ? ['DATE'] : [kind, 'ENTITIES'];
}

/** Exact: same offsets and kind (and, for a gold date with a value, the same value). */
function exactMatch(gold: ResolvedGoldSpan, predicted: Span): boolean {
  return gold.start === predicted.start && gold.end === predicted.end && gold.kind === predicted.kind
    && (gold.kind !== 'DATE' || gold.value === undefined || gold.value === predicted.value);
}

function overlapMatch(gold: ResolvedGoldSpan, predicted: Span): boolean {
  return gold.kind === predicted.kind && gold.start < predicted.end && predicted.start < gold.end;
}

/** One-to-one greedy matching: each gold span pairs with at most one predicted span. */
function matchCount(gold: readonly ResolvedGoldSpan[], predicted: readonly Span[], same: (g: ResolvedGoldSpan, p: Span) => boolean, onMatch?: (g: ResolvedGoldSpan, p: Span) => void): Map<ResolvedGoldSpan, Span> {
  const used = new Set<Span>();
  const pairs = new Map<ResolvedGoldSpan, Span>();
  for (const g of gold) {
    const p = predicted.find((candidate) => !used.has(candidate) && same(g, candidate));
    if (p) { used.add(p); pairs.set(g, p); onMatch?.(g, p); }
  }
  return pairs;
}

function counts(scores: Scores, key: string): Counts {
  let entry = scores.get(key);
  if (!entry) {
    entry = { gold: 0, predicted: 0, exact: 0, overlap: 0, canonicalAgreed: 0 };
    scores.set(key, entry);
  }
  return entry;
}

export interface Miss { document: string; kind: string; text: string; what: 'missed' | 'spurious' }

/** Tags every document with the tagger and counts matches per language and kind (the language the tagger finds when the gold has none). */
export function scoreDocuments(documents: readonly GoldDocument[], tagger: Tagger, misses: Miss[] = []): Scores {
  const scores: Scores = new Map();
  for (const gold of documents) {
    const result = tagger(gold.text, { ...(gold.lang ? { lang: gold.lang } : {}), ...(gold.referenceDate ? { referenceDate: gold.referenceDate } : {}) });
    const predicted = gold.entitiesOnly ? result.spans.filter((span) => span.kind !== 'DATE') : result.spans;
    const document = { ...gold, lang: gold.lang ?? result.lang };
    for (const g of document.spans) for (const group of groupsOf(g.kind)) counts(scores, `${document.lang} ${group}`).gold++;
    for (const p of predicted) for (const group of groupsOf(p.kind)) counts(scores, `${document.lang} ${group}`).predicted++;
    const exact = matchCount(document.spans, predicted, exactMatch, (g, p) => {
      for (const group of groupsOf(g.kind)) {
        const entry = counts(scores, `${document.lang} ${group}`);
        entry.exact++;
        if (g.kind === 'DATE' || g.canonical === p.canonical) entry.canonicalAgreed++;
      }
    });
    matchCount(document.spans, predicted, overlapMatch, (g) => {
      for (const group of groupsOf(g.kind)) counts(scores, `${document.lang} ${group}`).overlap++;
    });
    const matchedPredictions = new Set(exact.values());
    for (const g of document.spans) if (!exact.has(g)) misses.push({ document: document.name, kind: g.kind, text: g.text, what: 'missed' });
    for (const p of predicted) if (!matchedPredictions.has(p)) misses.push({ document: document.name, kind: p.kind, text: p.text, what: 'spurious' });
  }
  return scores;
}

export function precision(entry: Counts, matched: number): number {
  return entry.predicted === 0 ? 1 : matched / entry.predicted;
}

export function recall(entry: Counts, matched: number): number {
  return entry.gold === 0 ? 1 : matched / entry.gold;
}

/** The targets: dates P ≥ 0.90, R ≥ 0.85; entities P ≥ 0.85, R ≥ 0.70 (exact match, per language). */
export const TARGETS = { DATE: { precision: 0.9, recall: 0.85 }, ENTITIES: { precision: 0.85, recall: 0.7 } } as const;

export function f1(entry: Counts, matched: number): number {
  const p = precision(entry, matched);
  const r = recall(entry, matched);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
