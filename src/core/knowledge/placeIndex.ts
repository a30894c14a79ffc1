import type { LanguageCode } from '../tagging/types';
import { type KnowledgeBase, type KnowledgeEntity, formsOf } from './knowledgeBase';
import { placeCrossKey } from './personKey';

/** The knowledge base's places by the cross-language key of each of their names, built once per knowledge base. */
const INDEX = new WeakMap<KnowledgeBase, Map<string, Set<KnowledgeEntity>>>();

function placeIndex(kb: KnowledgeBase): Map<string, Set<KnowledgeEntity>> {
  let index = INDEX.get(kb);
  if (index) return index;
  index = new Map();
  for (const entity of kb.entities) {
    if (entity.kind !== 'LOC') continue;
    for (const { lang, form } of formsOf(entity)) {
      if (kb.isAmbiguous(form)) continue;
      const key = placeCrossKey(form, lang, false);
      const found = index.get(key) ?? new Set<KnowledgeEntity>();
      found.add(entity);
      index.set(key, found);
    }
  }
  INDEX.set(kb, index);
  return index;
}

/** Fewer letters than this in a key leave too many places one consonant apart (Колумбия and Коломбо are `klmb`). */
const LEAST_KEY_LETTERS = 5;

/**
 * The place of the knowledge base whose name has the mention's cross-language key, when that is
 * one place: a spelling the skeleton does not reach because the languages write the name's vowels
 * differently (Нахичеванға for Нахчыван, Нахичевань, Naxçıvan). The mention is keyed both as
 * written and with its case suffix taken off; a key of fewer than five letters never links.
 */
export function byPlaceKey(name: string, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity | undefined {
  const index = placeIndex(kb);
  const found = new Set<KnowledgeEntity>();
  for (const key of new Set([placeCrossKey(name, lang), placeCrossKey(name, lang, false)])) {
    if (key.replace(/[ -]/gu, '').length < LEAST_KEY_LETTERS) continue;
    for (const entity of index.get(key) ?? []) found.add(entity);
  }
  if (found.size !== 1) return undefined;
  const [entity] = found;
  return entity;
}
