import type { LanguageCode } from '../tagging/types';
import { type KnowledgeBase, type KnowledgeEntity, formsOf } from './knowledgeBase';
import { personNameKey } from './personKey';

/** The knowledge base's people by the person key of each of their full names, built once per knowledge base. */
const INDEX = new WeakMap<KnowledgeBase, Map<string, Set<KnowledgeEntity>>>();

function personIndex(kb: KnowledgeBase): Map<string, Set<KnowledgeEntity>> {
  let index = INDEX.get(kb);
  if (index) return index;
  index = new Map();
  for (const entity of kb.entities) {
    if (entity.kind !== 'PER') continue;
    for (const { lang, form } of formsOf(entity)) {
      if (kb.isAmbiguous(form)) continue;
      const key = personNameKey(form, lang);
      if (!key.includes(' ')) continue;
      const found = index.get(key) ?? new Set<KnowledgeEntity>();
      found.add(entity);
      index.set(key, found);
    }
  }
  INDEX.set(kb, index);
  return index;
}

/**
 * The person of the knowledge base whose full name (given name and surname) has the mention's
 * person key, when that is one person: a spelling the skeleton does not reach, because the
 * languages write the name's vowels differently (Antonio Quterreşlə for Antoniu Quterreş,
 * Гутерриш). Only for a name of two words or more, so that a surname alone never links this way.
 */
export function byPersonKey(name: string, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity | undefined {
  const key = personNameKey(name, lang);
  if (!key.includes(' ') || key.replace(/[ -]/gu, '').length < 5) return undefined;
  const found = personIndex(kb).get(key);
  if (found?.size !== 1) return undefined;
  const [entity] = found;
  return entity;
}
