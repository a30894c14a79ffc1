/** A word of the text with its UTF-16 offsets. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

/** Letters, marks and digits, joined by inner hyphens (Касым-Жомарт, AZƏRTAC-a, РК-ЕС). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‑][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function startsUpper(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
