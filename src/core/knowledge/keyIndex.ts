import type { NameLanguage } from '../languages/registry';
import { type EntityKind, type KnowledgeBase, type KnowledgeEntity, formsOf } from './knowledgeBase';

/** How an index keys a name of the knowledge base; undefined leaves the name out. */
export type NameKey = (form: string, lang: NameLanguage) => string | undefined;

const INDEXES = new WeakMap<KnowledgeBase, Map<NameKey, Map<string, Set<KnowledgeEntity>>>>();

/**
 * The knowledge base's entities of `kind` by `keyOf` of each of their unambiguous names, built
 * once per knowledge base and key.
 */
export function entitiesByKey(kb: KnowledgeBase, kind: EntityKind, keyOf: NameKey): Map<string, Set<KnowledgeEntity>> {
  let indexes = INDEXES.get(kb);
  if (!indexes) INDEXES.set(kb, indexes = new Map<NameKey, Map<string, Set<KnowledgeEntity>>>());
  let index = indexes.get(keyOf);
  if (index) return index;
  index = new Map();
  for (const entity of kb.entities) {
    if (entity.kind !== kind) continue;
    for (const { lang, form } of formsOf(entity)) {
      if (kb.isAmbiguous(form)) continue;
      const key = keyOf(form, lang);
      if (key === undefined) continue;
      const found = index.get(key) ?? new Set<KnowledgeEntity>();
      found.add(entity);
      index.set(key, found);
    }
  }
  indexes.set(keyOf, index);
  return index;
}

/** The one entity of `found`, if there is exactly one. */
export function onlyEntity(found: ReadonlySet<KnowledgeEntity> | undefined): KnowledgeEntity | undefined {
  if (found?.size !== 1) return undefined;
  const [entity] = found;
  return entity;
}
