import type { GazetteerEntry, NameLanguage } from '../tagging/gazetteer/gazetteer';
import { BUILTIN_LANGUAGE_PACKS } from '../languages/registry';
import generated from './knowledge.json';
import { nameSkeleton } from './transliterate';

import type { EntityKind } from '../kinds';

export type { EntityKind } from '../kinds';

/**
 * One entity of the knowledge base. `id` is stable and language-independent: its Wikidata id
 * where known, else `iso:XX` (a CLDR territory) or `kb:<slug>` (a hand-listed entity).
 */
export interface KnowledgeEntity {
  id: string;
  kind: EntityKind;
  names: Partial<Record<NameLanguage, string>>;
  aliases?: Partial<Record<NameLanguage, string[]>>;
  wikidata?: string;
  iso?: string;
  sources: string[];
  /** The country a body or a place of the region belongs to (the country's id here); a body's `contextAliases` need the article to name it. */
  country?: string;
  /**
   * Names that denote the entity only where the article names its country (`country`) or the
   * entity itself: each country's interior ministry is `МВД`, `Ішкі істер министрлігі`, `Daxili
   * İşlər Nazirliyi`. Linking reads them; the gazetteer does not, so they never tag a span.
   */
  contextAliases?: Partial<Record<NameLanguage, string[]>>;
}

interface KnowledgeFile {
  cldr: string;
  /** A digest of the entities and the ambiguous names, which caches of tagged articles keep to. */
  stamp: string;
  ambiguous: Partial<Record<NameLanguage, string[]>>;
  entities: KnowledgeEntity[];
}

/** A name of an entity, as the skeletons of its words; `contextual` for one of its `contextAliases`. */
export interface SkeletonForm { words: string[]; lang: NameLanguage; form: string; entity: KnowledgeEntity; contextual: boolean }

/** The languages of the knowledge base's names (knowledge.json), those of the built-in packs and English. */
export const NAME_LANGUAGES: readonly NameLanguage[] = [...BUILTIN_LANGUAGE_PACKS.map((pack) => pack.code), 'en'];

/** Every name and alias of an entity with its language. */
export function formsOf(entity: KnowledgeEntity): { lang: NameLanguage; form: string }[] {
  return NAME_LANGUAGES.flatMap((lang) => [entity.names[lang], ...(entity.aliases?.[lang] ?? [])]
    .filter((form): form is string => form !== undefined)
    .map((form) => ({ lang, form })));
}

/**
 * The knowledge base as a plain lookup: entities by id and Wikidata id, by their preferred name
 * in a language, and by the transliteration skeleton of every name (see transliterate.ts).
 */
export class KnowledgeBase {
  readonly entities: readonly KnowledgeEntity[];
  readonly cldrVersion: string;
  private readonly ambiguous: Partial<Record<NameLanguage, string[]>>;
  private readonly byId = new Map<string, KnowledgeEntity>();
  private readonly byPreferred = new Map<string, KnowledgeEntity[]>();
  private bySkeletonStart: Map<string, SkeletonForm[]> | undefined;

  constructor(file: KnowledgeFile) {
    this.entities = file.entities;
    this.cldrVersion = file.cldr;
    this.ambiguous = file.ambiguous;
    for (const entity of file.entities) {
      this.byId.set(entity.id, entity);
      if (entity.wikidata) this.byId.set(entity.wikidata, entity);
      for (const lang of NAME_LANGUAGES) {
        const name = entity.names[lang];
        if (name !== undefined) this.push(this.byPreferred, preferredKey(entity.kind, name), entity);
      }
    }
  }

  /** The skeleton index, built when first needed: most lookups go by preferred name. */
  private skeletonIndex(): Map<string, SkeletonForm[]> {
    if (this.bySkeletonStart) return this.bySkeletonStart;
    const index = new Map<string, SkeletonForm[]>();
    const contextualFormsOf = (entity: KnowledgeEntity): { lang: NameLanguage; form: string }[] =>
      NAME_LANGUAGES.flatMap((lang) => (entity.contextAliases?.[lang] ?? []).map((form) => ({ lang, form })));
    for (const entity of this.entities) {
      for (const [forms, contextual] of [[formsOf(entity), false], [contextualFormsOf(entity), true]] as const) {
        for (const { lang, form } of forms) {
          const words = nameSkeleton(form, lang).split(' ').filter((word) => word !== '');
          const first = words[0];
          if (first === undefined || this.isAmbiguous(form)) continue;
          const list = index.get(first) ?? [];
          if (!list.some((other) => other.entity === entity && other.words.join(' ') === words.join(' '))) list.push({ words, lang, form, entity, contextual });
          index.set(first, list);
        }
      }
    }
    this.bySkeletonStart = index;
    return index;
  }

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key);
    if (list) {
      if (!list.includes(value)) list.push(value);
    } else map.set(key, [value]);
  }

  /**
   * A common word of a language that is also a name (ru Того, az Mali): never matched as a name,
   * in any language's texts, since the tagger looks for every language's names in each text.
   */
  isAmbiguous(form: string): boolean {
    return NAME_LANGUAGES.some((lang) => this.ambiguous[lang]?.includes(form) === true);
  }

  /** The entity of an id or a Wikidata id. */
  entity(id: string): KnowledgeEntity | undefined {
    return this.byId.get(id);
  }

  /** The entities whose preferred name in some language is `name` (what the gazetteer gives as canonical). */
  byPreferredName(kind: EntityKind, name: string): readonly KnowledgeEntity[] {
    return this.byPreferred.get(preferredKey(kind, name)) ?? [];
  }

  /** Names whose first word has the skeleton `first`. */
  formsStartingWith(first: string): readonly SkeletonForm[] {
    return this.skeletonIndex().get(first) ?? [];
  }

  /**
   * The entities as gazetteer entries, so that the tagger finds their names in text. A name that
   * is a common word of a language (ru Того) is left out there; the entity is still found by its
   * other names.
   */
  gazetteerEntries(which: (entity: KnowledgeEntity) => boolean = () => true): GazetteerEntry[] {
    return this.entities.filter(which).map((entity) => {
      const names: Partial<Record<NameLanguage, string>> = {};
      const aliases: Partial<Record<NameLanguage, string[]>> = {};
      for (const lang of NAME_LANGUAGES) {
        const name = entity.names[lang];
        if (name !== undefined && !this.isAmbiguous(name)) names[lang] = name;
        const list = (entity.aliases?.[lang] ?? []).filter((form) => !this.isAmbiguous(form));
        if (list.length > 0) aliases[lang] = list;
      }
      return { kind: entity.kind, names, aliases, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}) };
    });
  }
}

function preferredKey(kind: EntityKind, name: string): string {
  return `${kind}\u0000${name}`;
}

/** The shipped knowledge base's digest (knowledge.json's `stamp`), read without building it. */
export const KNOWLEDGE_STAMP: string = (generated as KnowledgeFile).stamp;

let shipped: KnowledgeBase | undefined;

/** The knowledge base shipped with the extension (src/core/knowledge/knowledge.json), built once. */
export function knowledgeBase(): KnowledgeBase {
  shipped ??= new KnowledgeBase(generated as KnowledgeFile);
  return shipped;
}
