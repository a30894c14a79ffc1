import { isAt, isInlineSpace, LOWER, UPPER } from '../../text/characters';
import type { Token } from '../../text/tokenize';
import { languagePack } from '../../languages/registry';
import type { LanguageCode, Span } from '../types';
import { lexiconCode, namesSomething } from '../model/lexicon';
import { isHeadWord } from './unknownNames';
import { WordMemo } from '../wordMemo';

/** Most lower-case adjectives between the first word and the head (Федеральной миграционной службы has one). */
const MAX_ADJECTIVES = 3;

/** A lower-case word this short is a preposition or a conjunction (в, и), not a noun. */
export const MAX_FUNCTION_WORD_LETTERS = 2;

const capitalisedWord = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-‑]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const lowerCaseWord = /^[\p{Ll}\p{M}]+(?:[-‑][\p{Ll}\p{M}]+)*$/u;

/** A capitalised word that may be the adjective a phrase begins with: an adjective's ending, and not a name or place the dictionary knows (Россией), word by word. */
const adjectiveFirst = new WordMemo((word, lang) => {
  const headInitial = languagePack(lang).names.headInitialOrganisations;
  if (headInitial === false || !capitalisedWord.test(word)) return false;
  const lower = word.toLocaleLowerCase(lang);
  return headInitial.adjective.test(lower) && !namesSomething(lexiconCode(lower, lang));
});

/**
 * Organisation names that begin with their head noun or with adjectives before it, with only the
 * first word capitalised (see HeadInitialOrganisations): a capitalised adjective, the lower-case
 * adjectives after it and a head (Верховный суд, Федеральной миграционной службы,
 * Северо-Казахстанский областной суд), or a capitalised head, the lower-case adjectives in the
 * genitive after it and a noun (Министерство иностранных дел, Комитет национальной безопасности;
 * with no adjective the noun must end as a genitive does: Министерства юстиции, Союз писателей).
 * A word the pack says is no noun (a preposition, a conjunction, an adverb, a verb in the past:
 * Совета при, Комиссия была, Суд фактически) ends nothing; a plural head heads nothing
 * (Российским судам); a word the dictionary knows as a name or place is no adjective (Россией
 * союз). The first word must not begin a sentence (`beginsSentence`, as the entity model reads
 * the text), where its capital says nothing (Районный суд отказал). A phrase before a quoted
 * name is found: it is the name's descriptor, which the descriptors refiner leaves out
 * (descriptors.ts). Linear in the words.
 */
export function findHeadInitialOrganisations(text: string, words: readonly Token[], lang: LanguageCode, beginsSentence: (token: Token) => boolean): Span[] {
  const { headInitialOrganisations: headInitial } = languagePack(lang).names;
  if (headInitial === false) return [];
  const { adjective, genitiveAdjective, genitiveNoun, notNouns, notNounEnding } = headInitial;
  /** The lower-case word at k (never the first: a phrase's words follow its capitalised first), if it follows the word before it on the same line. */
  const lowerAt = (k: number): string | undefined => {
    const word = words[k];
    if (word === undefined || !isAt(word.text, 0, LOWER) || !lowerCaseWord.test(word.text) || !isInlineSpace(text, (words[k - 1] as Token).end, word.start)) return undefined;
    return word.text;
  };
  const isNoun = (word: string | undefined): word is string => word !== undefined && word.length > MAX_FUNCTION_WORD_LETTERS && !notNouns.includes(word) && !notNounEnding.test(word);
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as Token;
    if (!isAt(first.text, 0, UPPER)) continue;
    let end = -1;
    if (isHeadWord(first.text, lang) && capitalisedWord.test(first.text)) {
      // Each word is read once: the word at k and the one after it move along together.
      let k = i + 1;
      let current = lowerAt(k);
      let following = lowerAt(k + 1);
      while (k - i <= MAX_ADJECTIVES && genitiveAdjective.test(current ?? '') && isNoun(following)) {
        k++;
        current = following;
        following = lowerAt(k + 1);
      }
      if (isNoun(current) && (k > i + 1 || genitiveNoun.test(current))) end = k;
    } else if (adjectiveFirst.get(first.text, lang)) {
      let k = i + 1;
      let current = lowerAt(k);
      while (k - i <= MAX_ADJECTIVES && adjective.test(current ?? '') && !isHeadWord(current, lang)) current = lowerAt(++k);
      if (isHeadWord(current, lang)) end = k;
    }
    // Asked last: most capitalised words begin no phrase.
    if (end === -1 || beginsSentence(first)) continue;
    const last = words[end] as Token;
    const name = text.slice(first.start, last.end);
    spans.push({ start: first.start, end: last.end, kind: 'ORG', text: name, canonical: name });
    i = end;
  }
  return spans;
}
