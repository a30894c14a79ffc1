import { isLanguageCode } from '../languages/registry';
import { conllSentences, iobSpans } from '../formats/conll';
import type { AnnotatedDocument, DocumentSpan } from '../formats/document';
import { SPAN_KINDS, type SpanKind } from '../kinds';
import type { Span, Tagger, TagResult } from '../tagging/types';
import { countConlleval, type PhraseCounts, type TagPair } from './conlleval';
import { type GoldDocument, scoreDocuments } from './score';

export type MatchMode = 'exact' | 'overlap';
const KINDS: readonly SpanKind[] = SPAN_KINDS;

export interface LanguageEvaluation extends PhraseCounts {
  tokens: number;
  correctTags: number;
  byKind: Map<string, PhraseCounts>;
}

export interface Evaluation {
  match: MatchMode;
  documents: number;
  /** Per language (the gold's, else the one the tagger identifies), in code-point order. */
  languages: Map<string, LanguageEvaluation>;
  total: LanguageEvaluation;
}

function iobTags(tokens: readonly { start: number; end: number }[], spans: readonly { start: number; end: number; label: string }[]): string[] {
  const kept = iobSpans(spans.map((span) => ({ ...span, label: span.label as SpanKind, text: '' })));
  let index = 0;
  return tokens.map((token) => {
    while (index < kept.length && (kept[index]?.end ?? 0) <= token.start) index++;
    const span = kept[index];
    return span && span.start <= token.start && token.end <= span.end ? `${span.start === token.start ? 'B' : 'I'}-${span.label}` : 'O';
  });
}

function emptyLanguage(): LanguageEvaluation {
  return { tokens: 0, correctTags: 0, gold: 0, found: 0, correct: 0, byKind: new Map() };
}

/**
 * Tags the gold texts and scores the tags against the gold with the scorer of `npm run score`:
 * phrases per language and kind, exact (same offsets and kind) or overlapping, and conlleval's
 * token accuracy on our tokens (cut at every gold and predicted span edge).
 */
export function evaluateDocuments(documents: readonly AnnotatedDocument[], tagger: Tagger, match: MatchMode): Evaluation {
  const results = new Map<string, TagResult>();
  const gold: GoldDocument[] = [];
  const languages = new Map<string, LanguageEvaluation>();
  const total = emptyLanguage();
  const rowsByLanguage = new Map<string, TagPair[]>();
  documents.forEach((document, i) => {
    const lang = isLanguageCode(document.meta.lang) ? document.meta.lang : undefined;
    const result = tagger(document.text, { ...(lang ? { lang } : {}), ...(document.meta.published ? { referenceDate: document.meta.published } : {}) });
    results.set(document.text, result);
    const language = lang ?? result.lang;
    gold.push({ name: `${i}`, text: document.text, ...(lang ? { lang } : {}), spans: document.spans.map((span) => ({ kind: span.label, text: span.text, start: span.start, end: span.end, ...(span.name !== undefined ? { canonical: span.name } : {}) })) });
    const predicted: DocumentSpan[] = result.spans.map((span: Span) => ({ start: span.start, end: span.end, label: span.kind, text: span.text }));
    const sentences = conllSentences(document.text, [...document.spans, ...predicted]);
    const rows = rowsByLanguage.get(language) ?? [];
    rowsByLanguage.set(language, rows);
    for (const tokens of sentences) {
      const goldTags = iobTags(tokens, document.spans);
      const guessTags = iobTags(tokens, predicted);
      tokens.forEach((_, k) => { rows.push({ gold: goldTags[k] as string, guess: guessTags[k] as string }); });
      rows.push(null);
    }
  });
  const cached: Tagger = (text, options) => results.get(text) ?? tagger(text, options);
  const scores = scoreDocuments(gold, cached);
  for (const [language, rows] of [...rowsByLanguage].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const counted = countConlleval(rows);
    const entry = emptyLanguage();
    entry.tokens = counted.tokens;
    entry.correctTags = counted.correctTags;
    for (const kind of KINDS) {
      const counts = scores.get(`${language} ${kind}`);
      if (!counts) continue;
      const phrase: PhraseCounts = { gold: counts.gold, found: counts.predicted, correct: match === 'exact' ? counts.exact : counts.overlap };
      entry.byKind.set(kind, phrase);
      for (const target of [entry, total]) { target.gold += phrase.gold; target.found += phrase.found; target.correct += phrase.correct; }
      const totalKind = total.byKind.get(kind) ?? { gold: 0, found: 0, correct: 0 };
      total.byKind.set(kind, { gold: totalKind.gold + phrase.gold, found: totalKind.found + phrase.found, correct: totalKind.correct + phrase.correct });
    }
    total.tokens += entry.tokens;
    total.correctTags += entry.correctTags;
    languages.set(language, entry);
  }
  return { match, documents: documents.length, languages, total };
}
