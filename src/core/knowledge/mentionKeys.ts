import { candidateKeys, isAcronym } from '../tagging/morphology';
import { tokenizeWords } from '../text/tokenize';
import type { LanguageCode } from '../tagging/types';
import { type KnowledgeBase, type KnowledgeEntity, type SkeletonForm, formsOf } from './knowledgeBase';
import { skeleton } from './transliterate';

/**
 * What a mention may stand for, word by word: the skeletons of the word and of every base form
 * the language's morphology gives for it (Касым-Жомарта → касым-жомарт; Тоқаевтың → тоқаев).
 */
export function mentionSkeletons(text: string, lang: LanguageCode): Set<string>[] {
  return tokenizeWords(text).map((token) => new Set(candidateKeys(token.text, lang).map((key) => skeleton(key, lang))));
}

/** True when the mention is written as one of the entity's names or aliases (case and apostrophes aside). */
export function isExactForm(text: string, entity: KnowledgeEntity, lang: LanguageCode): boolean {
  const cacheKey = `${lang}\u0000${entity.id}`;
  let keys = FORM_KEYS.get(cacheKey);
  if (!keys) {
    keys = new Set(formsOf(entity).map(({ form }) => keyOf(form, lang)));
    FORM_KEYS.set(cacheKey, keys);
  }
  return keys.has(keyOf(text, lang));
}

/** The keys of an entity's forms as a language writes them, computed once per entity and language. */
const FORM_KEYS = new Map<string, Set<string>>();

/** A name's words lower-cased by the language's rules, apostrophes dropped, one space between. */
function keyOf(text: string, lang: LanguageCode): string {
  return text.normalize('NFC').replace(/[’'ʼ]/gu, '').toLocaleLowerCase(lang).replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
}

/** True when a word is too short or too coded to be matched by its skeleton: acronyms match only as written. */
export function tooWeakForSkeleton(text: string): boolean {
  const words = tokenizeWords(text);
  return words.length === 0 || words.some((word) => isAcronym(word.text)) || words.reduce((sum, word) => sum + word.text.length, 0) < 4;
}

/** The knowledge base's names that the mention's words spell, whole name for whole mention. */
export function skeletonMatches(kb: KnowledgeBase, words: readonly Set<string>[]): SkeletonForm[] {
  const first = words[0];
  if (first === undefined) return [];
  const found: SkeletonForm[] = [];
  for (const start of first) {
    for (const form of kb.formsStartingWith(start)) {
      if (form.words.length !== words.length) continue;
      if (form.words.every((word, index) => words[index]?.has(word) === true) && !found.includes(form)) found.push(form);
    }
  }
  return found;
}
