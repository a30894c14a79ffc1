import { languagePack, registryGeneration } from '../languages/registry';
import { classAt, NUMBER, unitsAt, UPPER } from '../text/characters';
import type { LanguageCode } from './types';

/** True for acronyms and codes (ООН, БҰҰ, AZƏRTAC, COP29, 24KZ): matched as written, never inflected. */
export function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  // Capitals and digits only, at least one capital: /^[\p{Lu}\p{N}]*\p{Lu}[\p{Lu}\p{N}]*$/u, read from the table of classes.
  let capital = false;
  for (let i = 0; i < word.length; i += unitsAt(word, i)) {
    const found = classAt(word, i);
    if ((found & (UPPER | NUMBER)) === 0) return false;
    if ((found & UPPER) !== 0) capital = true;
  }
  return capital;
}

/** How a name's word is keyed: acronyms as written, other words lower-cased by the language's rules. */
export function nameKey(word: string, lang: LanguageCode | 'en'): string {
  const normal = word.normalize('NFC').replace(/[’'ʼ]/gu, '');
  return isAcronym(normal) ? normal : normal.toLocaleLowerCase(lang === 'en' ? 'en' : lang);
}

/**
 * The keys a text word may stand for: itself and, through the language's morphology, the base
 * forms it may inflect from. A suffix after a hyphen (AZƏRTAC-a, СПЧ-ның, COP29-un) is cut off.
 */
export function candidateKeys(word: string, lang: LanguageCode): string[] {
  if (cacheGeneration !== registryGeneration()) {
    CANDIDATE_CACHE.clear();
    cacheGeneration = registryGeneration();
  }
  let cache = CANDIDATE_CACHE.get(lang);
  if (cache === undefined) CANDIDATE_CACHE.set(lang, cache = new Map<string, string[]>());
  const cached = cache.get(word);
  if (cached) return cached;
  const computed = computeCandidateKeys(word, lang);
  if (cache.size >= CANDIDATE_CACHE_LIMIT) cache.clear();
  cache.set(word, computed);
  return computed;
}

/** News repeats its words: base forms are computed once per word and language (a language's cache is emptied when full). */
const CANDIDATE_CACHE = new Map<LanguageCode, Map<string, string[]>>();
const CANDIDATE_CACHE_LIMIT = 100_000;
let cacheGeneration = registryGeneration();

function computeCandidateKeys(word: string, lang: LanguageCode): string[] {
  const hyphen = word.search(/[-‑][\p{Ll}]{1,6}$/u);
  if (hyphen > 0 && isAcronym(word.slice(0, hyphen))) return [word.slice(0, hyphen)];
  const key = nameKey(word, lang);
  if (isAcronym(key)) return [key];
  return languagePack(lang).morphology.baseForms(key);
}
