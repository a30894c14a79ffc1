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

const OPENING_FENCE = /^---[ \t]*(\r\n|\n)/u;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*(?:\r\n|\n|$)/gmu;

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
  CLOSING_FENCE.lastIndex = yamlStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return { frontMatter: undefined, body: text, bodyStart: 0, eol, unclosedFence: true };
  const end = closing.index + closing[0].length;
  return {
    frontMatter: { yaml: text.slice(yamlStart, closing.index), yamlStart, end },
    body: text.slice(end),
    bodyStart: end,
    eol,
    unclosedFence: false,
  };
}
