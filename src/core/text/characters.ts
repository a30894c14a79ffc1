/**
 * Unicode classes of characters, each worked out once (with the `u`-flag regexes that define it)
 * and then read from a table: scanning a text tests its characters one by one, and a table
 * lookup costs far less than a regex test per character.
 */
export const LETTER = 1;
export const UPPER = 2;
export const LOWER = 4;
export const MARK = 8;
export const NUMBER = 16;
export const SPACE = 32;
export const CYRILLIC = 64;
export const LATIN = 128;
/** A letter, a mark or a number: what words are made of. */
export const WORD = LETTER | MARK | NUMBER;
const CLASSIFIED = 256;

const DEFINITIONS: readonly [number, RegExp][] = [
  [LETTER, /^\p{L}$/u], [UPPER, /^\p{Lu}$/u], [LOWER, /^\p{Ll}$/u], [MARK, /^\p{M}$/u], [NUMBER, /^\p{N}$/u], [SPACE, /^\s$/u],
  [CYRILLIC, /^\p{Script=Cyrillic}$/u], [LATIN, /^\p{Script=Latin}$/u],
];

const basic = new Uint16Array(0x10000);
const astral = new Map<number, number>();

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  let found = CLASSIFIED;
  for (const [flag, definition] of DEFINITIONS) if (definition.test(character)) found |= flag;
  return found;
}

/** The classes of a code point (a lone surrogate has none), as flags. */
export function codePointClass(codePoint: number): number {
  if (codePoint < 0x10000) {
    let found = basic[codePoint] as number;
    if (found === 0) basic[codePoint] = found = classify(codePoint);
    return found;
  }
  let found = astral.get(codePoint);
  if (found === undefined) astral.set(codePoint, found = classify(codePoint));
  return found;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** The classes of the code point at UTF-16 offset `index` (none outside the text). */
export function classAt(text: string, index: number): number {
  if (index < 0 || index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (isSurrogate(code)) return codePointClass(text.codePointAt(index) as number);
  // Outside the surrogates a code unit is a whole code point: read from the table, classified on first sight.
  const found = basic[code] as number;
  return found !== 0 ? found : codePointClass(code);
}

/** Whether the code point at `index` has any of the classes `flags`. */
export function isAt(text: string, index: number, flags: number): boolean {
  return (classAt(text, index) & flags) !== 0;
}

/** UTF-16 code units the code point at `index` takes (2 for a surrogate pair). */
export function unitsAt(text: string, index: number): number {
  return isSurrogate(text.charCodeAt(index)) && (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
}

/** The UTF-16 offset where the code point that ends right before `index` starts (a surrogate pair's high half). */
export function codePointStartBefore(text: string, index: number): number {
  if (index >= 2 && isSurrogate(text.charCodeAt(index - 1)) && (text.codePointAt(index - 2) as number) > 0xffff) return index - 2;
  return index - 1;
}

/** A small set of characters of the Basic Multilingual Plane, tested by their codes. */
export class CharacterSet {
  private readonly members: Uint8Array;

  constructor(characters: string) {
    const codes = Array.from(characters, (character) => {
      if (character.length !== 1) throw new Error(`CharacterSet: ${character} is outside the Basic Multilingual Plane`);
      return character.charCodeAt(0);
    });
    this.members = new Uint8Array(Math.max(0, ...codes) + 1);
    for (const code of codes) this.members[code] = 1;
  }

  has(code: number): boolean {
    return code < this.members.length && this.members[code] === 1;
  }

  /** Whether every character of text[from, to) is in the set (true when the range is empty). */
  covers(text: string, from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!this.has(text.charCodeAt(i))) return false;
    return true;
  }
}

/** Whether text[from, to) is one or more white-space characters (/^\s+$/u, without making the substring). */
export function isSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isAt(text, i, SPACE)) return false;
  return true;
}

/** Whether text[from, to) is one or more white-space characters with no line feed (/^[^\S\n]+$/u, without making the substring). */
export function isInlineSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a || !isAt(text, i, SPACE)) return false;
  return true;
}

/** The words of a text: its runs of characters other than white space (\s). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = (classAt(text, i) & SPACE) !== 0;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
