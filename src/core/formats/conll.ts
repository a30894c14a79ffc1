import { CodePointOffsets } from '../text/codePoints';
import { splitSentences, type Token } from '../text/tokenize';
import { type AnnotatedDocument, type DocumentSpan, sortSpans } from './document';

// CoNLL-2003-style IOB2: `token TAG` per line, a blank line between sentences, and a
// `-DOCSTART-:ID O` line opening each document. Whitespace is not in CoNLL, so the sidecar (one
// JSON line per document) keeps the text, the token offsets and the names: the lossless way back.
// Sidecar offsets are Unicode code points, as in JSONL.

export const DOCSTART = '-DOCSTART-';

export interface SidecarLine {
  id: string;
  text: string;
  meta: AnnotatedDocument['meta'];
  /** [start, end] of every token, in code points. */
  tokens: [number, number][];
  /** Names and Wikidata ids of the spans, by their code-point offsets. */
  names: { start: number; end: number; name?: string; id?: string }[];
}

/** Spans that can be written as IOB: no two overlap (the earlier, then longer, wins). */
export function iobSpans(spans: readonly DocumentSpan[]): DocumentSpan[] {
  const kept: DocumentSpan[] = [];
  for (const span of sortSpans(spans)) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/** Sentences of our tokenizer, with tokens cut at span edges and no sentence break inside a span. */
export function conllSentences(text: string, spans: readonly DocumentSpan[]): Token[][] {
  const edges = new Set<number>();
  for (const span of spans) { edges.add(span.start); edges.add(span.end); }
  const inside = (offset: number): boolean => spans.some((span) => span.start < offset && offset < span.end);
  const sentences: Token[][] = [];
  for (const sentence of splitSentences(text)) {
    const tokens = sentence.tokens.flatMap((token) => {
      const cuts = [...edges].filter((edge) => edge > token.start && edge < token.end).sort((a, b) => a - b);
      if (cuts.length === 0) return [token];
      const bounds = [token.start, ...cuts, token.end];
      return bounds.slice(1).map((end, i) => ({ start: bounds[i] as number, end, text: text.slice(bounds[i], end) }));
    });
    const previous = sentences[sentences.length - 1];
    if (previous && inside(sentence.start)) previous.push(...tokens);
    else sentences.push(tokens);
  }
  return sentences;
}

export function conllId(id: string | undefined, index: number): string {
  const cleaned = (id ?? '').replace(/\s+/gu, '_');
  return cleaned === '' ? `document-${index + 1}` : cleaned;
}

/** The CoNLL text of one document and its sidecar line. */
export function conllDocument(document: AnnotatedDocument, index: number): { conll: string; sidecar: string } {
  const id = conllId(document.meta.id, index);
  const spans = iobSpans(document.spans);
  const offsets = new CodePointOffsets(document.text);
  const lines: string[] = [`${DOCSTART}:${id} O`, ''];
  const tokenOffsets: [number, number][] = [];
  let spanIndex = 0;
  for (const sentence of conllSentences(document.text, spans)) {
    for (const token of sentence) {
      while (spanIndex < spans.length && (spans[spanIndex]?.end ?? 0) <= token.start) spanIndex++;
      const span = spans[spanIndex];
      const tag = span && span.start <= token.start && token.end <= span.end ? `${span.start === token.start ? 'B' : 'I'}-${span.label}` : 'O';
      lines.push(`${token.text} ${tag}`);
      tokenOffsets.push([offsets.toCodePoints(token.start), offsets.toCodePoints(token.end)]);
    }
    lines.push('');
  }
  const names = spans.map((span) => ({
    start: offsets.toCodePoints(span.start), end: offsets.toCodePoints(span.end),
    ...(span.name !== undefined && span.name !== span.text ? { name: span.name } : {}),
    ...(span.wikidata ? { id: span.wikidata } : {}),
  }));
  const sidecar: SidecarLine = { id, text: document.text, meta: document.meta, tokens: tokenOffsets, names };
  return { conll: `${lines.join('\n')}\n`, sidecar: `${JSON.stringify(sidecar)}\n` };
}
