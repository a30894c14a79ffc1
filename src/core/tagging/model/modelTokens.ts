/** A token the model labels: a word (letters, marks, digits, inner hyphens) or one other visible character. */
export interface ModelToken {
  start: number;
  end: number;
  text: string;
}

export interface TokenSequence {
  tokens: ModelToken[];
  /** 2 where a line starts (the first token, after a line break), 1 after . ! ? … (not after an initial: Э. Азимова), else 0. */
  sentenceStart: Uint8Array;
}

const SPACE = /\s/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
export const LINE_START = 2;

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Each visible character between `from` and `to` (no words there) as a token of its own. */
function pushMarks(text: string, from: number, to: number, tokens: ModelToken[]): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) continue;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const mark = text.slice(i, i + width);
    if (!SPACE.test(mark)) tokens.push({ start: i, end: i + width, text: mark });
    i += width - 1;
  }
}

/**
 * The words of `words` (the tagger's tokens: letters, marks, digits, inner hyphens) and every
 * other visible character between them, in text order; UTF-16 offsets. Punctuation is kept
 * because quotes and dashes mark names (ОФ «Хартия…»).
 */
export function modelTokens(text: string, words: readonly ModelToken[]): TokenSequence {
  const tokens: ModelToken[] = [];
  let end = 0;
  for (const word of words) {
    pushMarks(text, end, word.start, tokens);
    tokens.push(word);
    end = word.end;
  }
  pushMarks(text, end, text.length, tokens);
  const sentenceStart = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const previous = tokens[i - 1];
    const token = tokens[i] as ModelToken;
    if (previous === undefined || hasLineBreak(text, previous.end, token.start)) sentenceStart[i] = LINE_START;
    else if (SENTENCE_END.has(previous.text) && !(previous.text === '.' && /^\p{Lu}$/u.test(tokens[i - 2]?.text ?? ''))) sentenceStart[i] = 1;
  }
  return { tokens, sentenceStart };
}
