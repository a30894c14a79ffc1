import type { NameLanguage } from '../languages/registry';
import type { LanguageCode } from '../tagging/types';
import type { KnowledgeBase, KnowledgeEntity } from './knowledgeBase';
import { entitiesByKey, onlyEntity } from './keyIndex';
import { placeCrossKey } from './personKey';

/** A place's cross-language key as written (no case suffix taken off: the knowledge base has base forms). */
const placeKey = (form: string, lang: NameLanguage): string => placeCrossKey(form, lang, false);

/** Fewer letters than this in a key leave too many places one consonant apart (Колумбия and Коломбо are `klmb`). */
const LEAST_KEY_LETTERS = 5;

/**
 * The place of the knowledge base whose name has the mention's cross-language key, when that is
 * one place: a spelling the skeleton does not reach because the languages write the name's vowels
 * differently (Нахичеванға for Нахчыван, Нахичевань, Naxçıvan). The mention is keyed both as
 * written and with its case suffix taken off; a key of fewer than five letters never links.
 */
export function byPlaceKey(name: string, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity | undefined {
  const index = entitiesByKey(kb, 'LOC', placeKey);
  const found = new Set<KnowledgeEntity>();
  for (const key of new Set([placeCrossKey(name, lang), placeCrossKey(name, lang, false)])) {
    if (key.replace(/[ -]/gu, '').length < LEAST_KEY_LETTERS) continue;
    for (const entity of index.get(key) ?? []) found.add(entity);
  }
  return onlyEntity(found);
}
