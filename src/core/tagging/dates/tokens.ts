import type { Lexicon } from './lexicon';
import type { WordMeaning } from './resources';
import { lowerCase } from './lowerCase';

/** A token of the temporal grammar. Offsets are UTF-16 code units into the tagged text. */
export interface TimeToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  // Every token has every field (undefined when it does not apply), so that all share one shape
  // and the rules' property reads stay monomorphic.
  /** Digits: their value (undefined past 9 digits, which nothing temporal has). */
  num: number | undefined;
  digitCount: number | undefined;
  /** Letters glued to digits (2003-те, 90-х, 12-də), lower-cased. */
  suffix: string | undefined;
  clock: { hour: number; minute: number } | undefined;
  roman: number | undefined;
  dash: boolean;
  dot: boolean;
  /** A letter or digit touches it on the left (COP29): never the start of an expression. */
  glued: boolean;
  capitalised: boolean;
  meanings: readonly WordMeaning[];
  suffixMeanings: readonly WordMeaning[];
}

const TOKEN = /(\d{1,2}):(\d{2})(?:[-‑]?(\p{L}+))?|(\d+)(?:[-‑]?(\p{L}+))?|(\p{L}+)|([–—‑-])|(\.)|(\S)/gu;
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(text: string): number | undefined {
  if (text === '' || !ROMAN.test(text)) return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

const NONE: readonly WordMeaning[] = [];

function isWordCharacter(code: number): boolean {
  // ASCII and Cyrillic letters and digits cover the texts here; anything else goes to the Unicode test.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0x400 && code <= 0x4ff)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** The tokens of text[from, to) (offsets into the whole text; `to` should fall between words). */
export function tokenize(text: string, lexicon: Lexicon, locale: string, from = 0, to = text.length): TimeToken[] {
  const tokens: TimeToken[] = [];
  const pattern = TOKEN;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const glued = start > 0 && isWordCharacter(text.charCodeAt(start - 1));
    const lower = m[6] !== undefined || m[5] !== undefined || m[3] !== undefined ? lexicon.lower(raw, locale) : raw;
    const token: TimeToken = {
      start, end: start + raw.length, text: raw, lower, num: undefined, digitCount: undefined, suffix: undefined, clock: undefined, roman: undefined,
      dash: false, dot: false, glued, capitalised: raw !== lower && raw[0] !== lower[0], meanings: NONE, suffixMeanings: NONE,
    };
    if (m[1] !== undefined) {
      token.clock = { hour: Number(m[1]), minute: Number(m[2]) };
      if (m[3] !== undefined) token.suffix = lowerCase(m[3], locale);
    } else if (m[4] !== undefined) {
      token.digitCount = m[4].length;
      if (m[4].length <= 9) token.num = Number(m[4]);
      if (m[5] !== undefined) {
        token.suffix = lowerCase(m[5], locale);
        token.suffixMeanings = lexicon.meanings(token.suffix);
      }
    } else if (m[6] !== undefined) {
      token.meanings = lexicon.meanings(lower);
      if (/^[IVX]+$/u.test(raw)) {
        const roman = romanValue(raw);
        if (roman !== undefined && roman > 0) token.roman = roman;
      }
    } else if (m[7] !== undefined) token.dash = true;
    else if (m[8] !== undefined) token.dot = true;
    tokens.push(token);
  }
  return tokens;
}

export function meaningOf<T extends WordMeaning['type']>(token: TimeToken | undefined, type: T): Extract<WordMeaning, { type: T }> | undefined {
  return token?.meanings.find((meaning) => meaning.type === type) as Extract<WordMeaning, { type: T }> | undefined;
}
