import { CodePointOffsets } from '../text/codePoints';
import { type AnnotatedDocument, type DocumentMeta, type DocumentSpan, type FormatProblem, EXPECTED_LABELS, isSpanKind, sortSpans, spanProblems } from './document';

// spaCy- and Prodigy-style JSONL: one document a line, `{"text", "spans", "meta"}`. Span offsets
// are Unicode code points, as Python counts them; inside the program they are UTF-16 code units.

const META_KEYS = ['id', 'lang', 'title', 'published', 'source'] as const;

/** One JSON line (with its `\n`) for a document. */
export function jsonlLine(document: AnnotatedDocument): string {
  const offsets = new CodePointOffsets(document.text);
  const spans = document.spans.map((span) => ({
    start: offsets.toCodePoints(span.start),
    end: offsets.toCodePoints(span.end),
    label: span.label,
    text: span.text,
    ...(span.name !== undefined && span.name !== span.text ? { name: span.name } : {}),
    ...(span.wikidata ? { id: span.wikidata } : {}),
  }));
  const meta: Record<string, string> = {};
  for (const key of META_KEYS) if (document.meta[key] !== undefined) meta[key] = document.meta[key];
  return `${JSON.stringify({ text: document.text, spans, meta })}\n`;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}

/** Reads one JSONL line into a document, or says what is wrong with it. */
export function parseJsonlLine(line: string, file: string, lineNumber: number): { document?: AnnotatedDocument; problems: FormatProblem[] } {
  const problem = (message: string): { problems: FormatProblem[] } => ({ problems: [{ file, line: lineNumber, message }] });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return problem(`not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return problem(`expected a JSON object, found ${describe(value)}`);
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return problem(`"text" must be a string, found ${describe(record.text)}`);
  const text = record.text;
  const offsets = new CodePointOffsets(text);
  const rawSpans = record.spans ?? [];
  if (!Array.isArray(rawSpans)) return problem(`"spans" must be a list, found ${describe(rawSpans)}`);
  const spans: DocumentSpan[] = [];
  const problems: FormatProblem[] = [];
  rawSpans.forEach((raw: unknown, index) => {
    const item = (raw ?? {}) as Record<string, unknown>;
    const where = `span ${index + 1}`;
    if (!Number.isInteger(item.start) || !Number.isInteger(item.end)) { problems.push({ file, line: lineNumber, message: `${where}: "start" and "end" must be integers` }); return; }
    if (!isSpanKind(item.label)) { problems.push({ file, line: lineNumber, message: `${where}: unknown label ${JSON.stringify(item.label)} (expected ${EXPECTED_LABELS})` }); return; }
    const start = item.start as number;
    const end = item.end as number;
    const length = offsets.toCodePoints(text.length);
    if (start < 0 || end <= start || end > length) { problems.push({ file, line: lineNumber, message: `${where}: ${start}-${end} is beyond the text (${length} code points)` }); return; }
    const utf16Start = offsets.toUtf16(start);
    const utf16End = offsets.toUtf16(end);
    const covered = text.slice(utf16Start, utf16End);
    if (typeof item.text === 'string' && item.text !== covered) { problems.push({ file, line: lineNumber, message: `${where}: ${start}-${end} reads '${covered}', not '${item.text}'` }); return; }
    spans.push({
      start: utf16Start, end: utf16End, label: item.label, text: covered,
      ...(typeof item.name === 'string' && item.name !== '' ? { name: item.name } : {}),
      ...(typeof item.id === 'string' && /^Q[1-9][0-9]*$/u.test(item.id) ? { wikidata: item.id } : {}),
    });
  });
  if (problems.length > 0) return { problems };
  const meta: DocumentMeta = {};
  const rawMeta = record.meta;
  if (rawMeta !== null && typeof rawMeta === 'object' && !Array.isArray(rawMeta)) {
    for (const key of META_KEYS) {
      const found = (rawMeta as Record<string, unknown>)[key];
      if (typeof found === 'string' && found !== '') meta[key] = found;
    }
  }
  const document = { meta, text, spans: sortSpans(spans) };
  const invalid = spanProblems(document);
  if (invalid.length > 0) return { problems: invalid.map((message) => ({ file, line: lineNumber, message })) };
  return { document, problems: [] };
}
