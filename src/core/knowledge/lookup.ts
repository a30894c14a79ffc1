import type { NameLanguage } from '../tagging/gazetteer/gazetteer';
import type { LinkReason } from '../tagging/types';
import { type EntityKind, type KnowledgeBase, type KnowledgeEntity, formsOf, knowledgeBase } from './knowledgeBase';
import { mentionSkeletons, skeletonMatches, tooWeakForSkeleton } from './mentionKeys';
import { nameSkeleton } from './transliterate';

/**
 * The knowledge base as a plain lookup of one name out of context (for features, imports and
 * tests): the entity of `kind` that the name is, written as one of its names, inflected (kk, ru,
 * az) or transliterated; undefined when no entity or more than one fits.
 */
export function lookupName(name: string, kind: EntityKind, lang: NameLanguage, kb: KnowledgeBase = knowledgeBase()): { entity: KnowledgeEntity; reason: LinkReason } | undefined {
  const lower = name.normalize('NFC').toLocaleLowerCase(lang);
  const exact = kb.entities.filter((entity) => entity.kind === kind && formsOf(entity).some(({ form }) => form.normalize('NFC').toLocaleLowerCase(lang) === lower));
  if (exact.length === 1 && exact[0]) return { entity: exact[0], reason: 'exact' };
  if (exact.length > 1 || tooWeakForSkeleton(name)) return undefined;
  const words = lang === 'en'
    ? nameSkeleton(name, 'en').split(' ').map((word) => new Set([word]))
    : mentionSkeletons(name, lang);
  const entities = [...new Set(skeletonMatches(kb, words).filter((form) => !form.contextual && form.entity.kind === kind).map((form) => form.entity))];
  return entities.length === 1 && entities[0] ? { entity: entities[0], reason: 'transliteration' } : undefined;
}
