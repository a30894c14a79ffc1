import type { NameLanguage } from '../languages/registry';
import type { LanguageCode } from '../tagging/types';
import type { KnowledgeBase, KnowledgeEntity } from './knowledgeBase';
import { entitiesByKey, onlyEntity } from './keyIndex';
import { personNameKey } from './personKey';

/** A full name's person key (given name and surname); a name of one word is left out. */
const fullNameKey = (form: string, lang: NameLanguage): string | undefined => {
  const key = personNameKey(form, lang);
  return key.includes(' ') ? key : undefined;
};

/**
 * The person of the knowledge base whose full name (given name and surname) has the mention's
 * person key, when that is one person: a spelling the skeleton does not reach, because the
 * languages write the name's vowels differently (Antonyo Quterreşlə for Antoniu Quterreş,
 * Гутерриш). Only for a name of two words or more, so that a surname alone never links this way.
 */
export function byPersonKey(name: string, lang: LanguageCode, kb: KnowledgeBase): KnowledgeEntity | undefined {
  const key = personNameKey(name, lang);
  if (!key.includes(' ') || key.replace(/[ -]/gu, '').length < 5) return undefined;
  return onlyEntity(entitiesByKey(kb, 'PER', fullNameKey).get(key));
}
