import { compareCodePoints } from '../text/compare';
import { namePattern, type NamePattern, sameWord } from '../tagging/inflectedNames';
import { startsUpper, tokenizeWords, type Token } from '../text/tokenize';
import type { LanguageCode } from '../tagging/types';

export { namePattern, type NamePattern } from '../tagging/inflectedNames';

/** What may stand between the words of one name: spaces and no-break spaces, never a line break or punctuation. */
const WORD_GAP = /^[ \t\u00a0]+$/u;

/**
 * Where a name stands in a text in any of its inflected forms: runs of words that each are a
 * form of the name's word at that place (`Эльвирой Азимовой`, `Эльвиры Азимовой` for
 * `Эльвира Азимова`; `Шалқарда`, `Шалқардың` for `Шалқар`), starting with a capital letter.
 * Offsets are UTF-16 code units into `text`; the forms come in text order.
 */
export function findInflectedForms(text: string, pattern: NamePattern, lang: LanguageCode, tokens: readonly Token[] = tokenizeWords(text)): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  const length = pattern.words.length;
  if (length === 0) return found;
  for (let i = 0; i + length <= tokens.length; i++) {
    const first = tokens[i];
    if (!first || !startsUpper(first.text)) continue;
    let matches = true;
    for (let k = 0; k < length && matches; k++) {
      const token = tokens[i + k];
      const word = pattern.words[k];
      const previous = tokens[i + k - 1];
      matches = token !== undefined && word !== undefined && (k === 0 || (previous !== undefined && WORD_GAP.test(text.slice(previous.end, token.start)))) && sameWord(word, token.text, lang);
    }
    if (!matches) continue;
    const last = tokens[i + length - 1];
    if (!last) continue;
    found.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end) });
    i += length - 1;
  }
  return found;
}

/**
 * The distinct forms of a name across texts (one per article, say), sorted by code point: what a
 * workspace gazetteer needs to find the name everywhere it is written.
 */
export function inflectedFormsAcross(texts: Iterable<string>, form: string, lang: LanguageCode): string[] {
  const pattern = namePattern(form, lang);
  const forms = new Set<string>();
  for (const text of texts) for (const found of findInflectedForms(text, pattern, lang)) forms.add(found.text);
  return [...forms].sort(compareCodePoints);
}
