import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Only the block structure of a Markdown body is needed (headings, paragraphs, list items,
// quotes). Inline constructs are not parsed at all: emphasis with long runs of `*` or `_` and
// unmatched brackets made the parser quadratic, and blocks never depend on them.
const INLINE_CONSTRUCTS = [
  'attention', 'autolink', 'characterEscape', 'characterReference', 'codeText', 'hardBreakEscape',
  'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink',
];
const parser = unified().use(remarkParse).data('micromarkExtensions', [{ disable: { null: INLINE_CONSTRUCTS } }]);

/** Containers (quotes, list items) nested deeper than this on one line are read as text. */
const MAX_NESTING = 16;

const SPACE = 0x20;
const TAB = 0x09;
const isBlank = (code: number): boolean => code === SPACE || code === TAB;
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * The offset of the container marker on a line that opens one container too many, if any.
 * Each `>` opens a quote, and `-`, `*`, `+` or `1.`/`1)` followed by a blank opens a list item;
 * the parser's work grows with the square of their number.
 */
function excessMarker(text: string, lineStart: number, lineEnd: number): number | undefined {
  let depth = 0;
  let i = lineStart;
  while (i < lineEnd) {
    const code = text.charCodeAt(i);
    if (isBlank(code)) {
      i++;
      continue;
    }
    let next: number;
    if (code === 0x3e /* > */) next = i + 1;
    else if ((code === 0x2d || code === 0x2a || code === 0x2b) && isBlank(text.charCodeAt(i + 1))) next = i + 1;
    else if (isDigit(code)) {
      let end = i;
      while (end < lineEnd && end - i < 9 && isDigit(text.charCodeAt(end))) end++;
      const delimiter = text.charCodeAt(end);
      if ((delimiter !== 0x2e && delimiter !== 0x29) || !isBlank(text.charCodeAt(end + 1))) return undefined;
      next = end + 1;
    } else return undefined;
    if (++depth > MAX_NESTING) return i;
    i = next;
  }
  return undefined;
}

/**
 * The text with the first marker past MAX_NESTING on each line replaced by a letter, so the rest
 * of that line is text inside the deepest container. Offsets do not move (one UTF-16 unit for one).
 */
function withNestingCapped(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const excess = excessMarker(text, lineStart, lineEnd);
    if (excess !== undefined) {
      parts.push(text.slice(copied, excess), 'x');
      copied = excess + 1;
    }
    lineStart = lineEnd + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The block structure of Markdown text (positions are offsets into `text`). */
export function parseMarkdownBlocks(text: string): Root {
  return parser.parse(withNestingCapped(text));
}
