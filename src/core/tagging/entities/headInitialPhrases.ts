import { isAt, isInlineSpace, LOWER, UPPER } from '../../text/characters';
import type { Token } from '../../text/tokenize';
import { languagePack } from '../../languages/registry';
import type { LanguageCode, Span } from '../types';
import { isHeadWord, startsSentence } from './unknownNames';

/** Most lower-case adjectives between the first word and the head (Федеральной миграционной службы has one). */
const MAX_ADJECTIVES = 3;

/** A lower-case word this short after a head is a preposition or a conjunction (при, и), not the noun it governs. */
const MAX_FUNCTION_WORD_LETTERS = 3;

/** A phrase right before a quoted name is its descriptor (Общественного фонда «Хартия за права человека»), which is not tagged. */
const BEFORE_QUOTED_NAME = /^\s*[«“„"]/u;

const capitalisedWord = /^\p{Lu}[\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)?$/u;
const lowerCaseWord = /^[\p{Ll}\p{M}]+(?:-[\p{Ll}\p{M}]+)?$/u;

/**
 * Organisation names that begin with their head noun or with adjectives before it, with only the
 * first word capitalised (see HeadInitialOrganisations): a capitalised adjective, the lower-case
 * adjectives after it and a head (Верховный суд, Федеральной миграционной службы), or a
 * capitalised head, the lower-case adjectives in the genitive after it and a noun in the genitive
 * (Министерство юстиции, Комитет национальной безопасности, Министерство иностранных дел; after
 * such adjectives the noun may have any ending). The first word must not begin a sentence, where
 * its capital says nothing (Районный суд, Центр города), and a phrase before a quoted name is its
 * descriptor. Linear in the words.
 */
export function findHeadInitialOrganisations(text: string, words: readonly Token[], lang: LanguageCode): Span[] {
  const headInitial = languagePack(lang).names.headInitialOrganisations;
  if (headInitial === false) return [];
  const { adjective, genitiveAdjective, genitiveNoun, notNouns } = headInitial;
  const isGenitiveNoun = (word: string): boolean => word.length > MAX_FUNCTION_WORD_LETTERS && genitiveNoun.test(word) && !notNouns.includes(word);
  const lowerAt = (k: number): string | undefined => {
    const word = words[k];
    if (word === undefined || !isInlineSpace(text, (words[k - 1] as Token).end, word.start) || !isAt(word.text, 0, LOWER) || !lowerCaseWord.test(word.text)) return undefined;
    return word.text;
  };
  const spans: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i] as Token;
    if (!isAt(first.text, 0, UPPER) || !capitalisedWord.test(first.text) || startsSentence(text, first)) continue;
    const firstLower = first.text.toLocaleLowerCase(lang);
    let end = -1;
    if (isHeadWord(first.text, lang)) {
      let k = i + 1;
      while (k - i <= MAX_ADJECTIVES && genitiveAdjective.test(lowerAt(k) ?? '') && lowerAt(k + 1) !== undefined) k++;
      const noun = lowerAt(k);
      if (noun !== undefined && (k > i + 1 || isGenitiveNoun(noun)) && !genitiveAdjective.test(noun)) end = k;
    } else if (adjective.test(firstLower)) {
      let k = i + 1;
      while (k - i <= MAX_ADJECTIVES && adjective.test(lowerAt(k) ?? '') && !isHeadWord(lowerAt(k) ?? '', lang)) k++;
      const head = lowerAt(k);
      if (head !== undefined && isHeadWord(head, lang)) end = k;
    }
    if (end === -1) continue;
    const last = words[end] as Token;
    if (BEFORE_QUOTED_NAME.test(text.slice(last.end, last.end + 3))) continue;
    const name = text.slice(first.start, last.end);
    spans.push({ start: first.start, end: last.end, kind: 'ORG', text: name, canonical: name });
    i = end;
  }
  return spans;
}
