/** A token of the text: a word, a number or one punctuation mark; UTF-16 offsets into the text. */
export interface TextToken {
  start: number;
  end: number;
  text: string;
}

/** A sentence: its tokens, and its UTF-16 range from the first token's start to the last token's end. */
export interface Sentence {
  start: number;
  end: number;
  tokens: TextToken[];
}

// Words keep inner hyphens and apostrophes (Касым-Жомарт, Qur'an, 2024-cü); anything else that is
// not white space is a token of its own, one code point at a time (the `u` flag keeps surrogate
// pairs whole).
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‑'’][\p{L}\p{M}\p{N}]+)*|\S/gu;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSING = new Set(['»', '"', '”', '’', ')', ']', '“']);
const SENTENCE_START = /^[\p{Lu}\p{N}«"“„(\-—–•]/u;

/** Every token of the text, in order; the text between tokens is white space only. */
export function tokenizeAll(text: string): TextToken[] {
  const tokens: TextToken[] = [];
  for (const match of text.matchAll(TOKEN)) tokens.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return tokens;
}

/**
 * Sentences of the text: a line break always ends one, and so does a final stop (with any closing
 * quotes after it) followed by a word that starts a sentence. No token is dropped.
 */
export function splitSentences(text: string): Sentence[] {
  const tokens = tokenizeAll(text);
  const sentences: Sentence[] = [];
  let current: TextToken[] = [];
  const close = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) sentences.push({ start: first.start, end: last.end, tokens: current });
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TextToken;
    current.push(token);
    const next = tokens[i + 1];
    if (!next) break;
    const gap = text.slice(token.end, next.start);
    if (gap.includes('\n') || gap.includes('\r')) { close(); continue; }
    if (gap === '' || !SENTENCE_START.test(next.text)) continue;
    let j = current.length - 1;
    while (j > 0 && CLOSING.has(current[j]?.text ?? '')) j--;
    if (SENTENCE_END.has(current[j]?.text ?? '') && j > 0) close();
  }
  close();
  return sentences;
}
