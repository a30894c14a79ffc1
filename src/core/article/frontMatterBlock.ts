/** Where the front matter sits in an article's text (UTF-16 offsets; BOM already removed). */
export interface FrontMatterBlock {
  /** The YAML between the fences, without them. */
  yaml: string;
  /** Offset of the first character of the YAML. */
  yamlStart: number;
  /** Offset just past the closing fence's line ending: where the body starts. */
  end: number;
}

export interface SplitArticle {
  frontMatter: FrontMatterBlock | undefined;
  /** The body: everything after the front matter (the whole text when there is none). */
  body: string;
  bodyStart: number;
  /** The line ending the file uses (the first one found; `\n` when it has none). */
  eol: '\n' | '\r\n';
  /** An opening fence without a closing one: reported, never guessed at. */
  unclosedFence: boolean;
}

// Fences are whole lines, and lines end at \r\n, \n or \r only (as in YAML and VS Code). No `m`
// flag: JavaScript's `^` and `$` would also take U+2028 and U+2029 for line ends.
const OPENING_FENCE = /^---[ \t]*(?:\r\n|\n|\r)/u;
const CLOSING_FENCE = /(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/uy;

/** The first line from `from` on that is a closing fence: its offset and length with its line break. */
function findClosingFence(text: string, from: number): { index: number; length: number } | undefined {
  let lineStart = from;
  while (lineStart <= text.length) {
    if (text.startsWith('---', lineStart) || text.startsWith('...', lineStart)) {
      CLOSING_FENCE.lastIndex = lineStart;
      const match = CLOSING_FENCE.exec(text);
      if (match) return { index: lineStart, length: match[0].length };
    }
    const next = nextLineStart(text, lineStart);
    if (next === undefined) return undefined;
    lineStart = next;
  }
  return undefined;
}

/** The offset after the line break that ends the line at `from`, or undefined on the last line. */
export function nextLineStart(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) return i + 1;
    if (code === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return undefined;
}

export function detectEol(text: string): '\n' | '\r\n' {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

/** Splits front matter (between `---` lines at the very top) from the body. */
export function splitArticle(text: string): SplitArticle {
  const eol = detectEol(text);
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return { frontMatter: undefined, body: text, bodyStart: 0, eol, unclosedFence: false };
  const yamlStart = opening[0].length;
  const closing = findClosingFence(text, yamlStart);
  if (!closing) return { frontMatter: undefined, body: text, bodyStart: 0, eol, unclosedFence: true };
  const end = closing.index + closing.length;
  return {
    frontMatter: { yaml: text.slice(yamlStart, closing.index), yamlStart, end },
    body: text.slice(end),
    bodyStart: end,
    eol,
    unclosedFence: false,
  };
}
