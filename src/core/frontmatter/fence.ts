import type { Document } from 'yaml';

/** How front matter is printed: long strings never folded, so every value stays on its line. */
const STRINGIFY_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** The front matter block for a Document: `---`, the YAML, `---`, with the file's line endings. */
export function fencedFrontMatter(document: Document, eol: '\n' | '\r\n'): string {
  return `---${eol}${document.toString(STRINGIFY_OPTIONS).replace(/\r?\n/gu, eol)}---${eol}`;
}
