import { KINDS, type SpanKind } from '../kinds';

export { isSpanKind, SPAN_KINDS } from '../kinds';

/** `PER, ORG, LOC, EVENT or DATE`: what a label may be, for messages. */
export const EXPECTED_LABELS = KINDS.codeList;

/** An annotation of a document's text; offsets are UTF-16 code units into `text` (formats convert). */
export interface DocumentSpan {
  start: number;
  end: number;
  label: SpanKind;
  text: string;
  /** The canonical name of an entity, the ISO value of a date. */
  name?: string;
  wikidata?: string;
  status?: 'accepted' | 'pending';
}

export interface DocumentMeta {
  id?: string;
  lang?: string;
  title?: string;
  published?: string;
  source?: string;
}

/** One article as the formats see it: its body text, metadata and spans (in text order). */
export interface AnnotatedDocument {
  meta: DocumentMeta;
  text: string;
  spans: DocumentSpan[];
}

/** Bad input at a place in an input file: printed as `file:line: message`. */
export interface FormatProblem {
  file: string;
  /** 1-based. */
  line: number;
  message: string;
}

/** A document read from an input file, with where it starts (for messages about it). */
export interface ReadDocument {
  document: AnnotatedDocument;
  file: string;
  line: number;
}

export type ReadResult = { documents: ReadDocument[]; problems: FormatProblem[] };

/** Checks a document's spans against its text; the problems say what is wrong, without a location. */
export function spanProblems(document: AnnotatedDocument): string[] {
  const problems: string[] = [];
  for (const span of document.spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end <= span.start) {
      problems.push(`span ${span.start}-${span.end} (${span.label}) is not a range`);
    } else if (span.end > document.text.length) {
      problems.push(`span ${span.start}-${span.end} (${span.label}) goes beyond the end of the text`);
    } else if (document.text.slice(span.start, span.end) !== span.text) {
      problems.push(`span ${span.start}-${span.end} (${span.label}) reads '${document.text.slice(span.start, span.end)}', not '${span.text}'`);
    }
  }
  return problems;
}

/** Spans sorted by start, then end, then label, so every format writes them in one order. */
export function sortSpans(spans: readonly DocumentSpan[]): DocumentSpan[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}
