// When two words are forms of one name (the rule of Tag Selection's proposals and of the curator's memory).
import { candidateKeys } from './morphology';
import { tokenizeWords } from '../text/tokenize';
import type { LanguageCode } from './types';

/**
 * Two words are forms of one another when they share a base form (the morphology's candidate
 * keys) that keeps most of each: at least this share of the longer word's letters, and three
 * letters. So `Шалқарда` and `Шалқарға` meet in `шалқар`, `Павлодарской` and `Павлодарская` in
 * `павлодарска`, but a stem cut to a syllable or two joins nothing.
 */
const MIN_SHARED_SHARE = 0.6;
const MIN_SHARED_LETTERS = 3;

/** One name's words, each with the base forms it may stand for. */
export interface NamePattern { words: { text: string; keys: ReadonlySet<string> }[] }

export function namePattern(form: string, lang: LanguageCode): NamePattern {
  return { words: tokenizeWords(form.normalize('NFC')).map((token) => ({ text: token.text, keys: new Set(candidateKeys(token.text, lang)) })) };
}

/** Whether a base form can join `word` to another word at all (it keeps most of `word`): the keys worth indexing a word by. */
export function mayJoin(key: string, word: string): boolean {
  return key.length >= MIN_SHARED_LETTERS && key.length >= MIN_SHARED_SHARE * word.length;
}

/** Whether `word` is a form of the pattern's word: a shared base form that keeps most of both. */
export function sameWord(pattern: { text: string; keys: ReadonlySet<string> }, word: string, lang: LanguageCode): boolean {
  const longer = pattern.text.length >= word.length ? pattern.text : word;
  return candidateKeys(word, lang).some((key) => pattern.keys.has(key) && mayJoin(key, longer));
}
