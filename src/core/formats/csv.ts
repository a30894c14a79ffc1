import { CodePointOffsets } from '../text/codePoints';
import type { AnnotatedDocument } from './document';

// One row per entity per article, for spreadsheets: UTF-8 with a BOM (so Excel reads it as
// UTF-8), CRLF line ends and quoting by RFC 4180. Offsets are code points into the exported text.

export const CSV_COLUMNS = ['article_id', 'language', 'kind', 'start', 'end', 'text', 'name', 'wikidata', 'status'] as const;
export const CSV_BOM = '\uFEFF';

/** A field quoted when it holds a comma, a quote or a line break; quotes doubled inside. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRows(document: AnnotatedDocument): string {
  const offsets = new CodePointOffsets(document.text);
  return document.spans.map((span) => [
    document.meta.id ?? '', document.meta.lang ?? '', span.label,
    String(offsets.toCodePoints(span.start)), String(offsets.toCodePoints(span.end)),
    span.text, span.name ?? span.text, span.wikidata ?? '', span.status ?? '',
  ].map(csvField).join(',') + '\r\n').join('');
}
