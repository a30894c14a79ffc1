import { candidateKeys, nameKey } from '../morphology';
import { WordMemo } from '../wordMemo';
import { tokenizeWords } from '../../text/tokenize';
import type { EntityKind } from '../../kinds';
import type { LanguageCode } from '../types';
import { knowledgeBase, type KnowledgeEntity } from '../../knowledge/knowledgeBase';
import { languagePacks, type NameLanguage, nameLanguages, registryGeneration } from '../../languages/registry';

export type { NameLanguage } from '../../languages/registry';

/** One entity of a gazetteer: its kind, canonical name per language, other forms, Wikidata id. */
export interface GazetteerEntry {
  kind: EntityKind;
  names: Partial<Record<NameLanguage, string>>;
  aliases?: Partial<Record<NameLanguage, string[]>>;
  wikidata?: string;
}

interface Alias {
  keys: string[];
  entry: GazetteerEntry;
}

/** Most words begin no name: one empty list for all of them. */
const NO_ALIASES: readonly Alias[] = Object.freeze([]);
const NO_ALIAS_LISTS: readonly (readonly Alias[])[] = Object.freeze([]);

/** The name an entity goes by in a text of `lang`: its name in that language, else in English. */
export function canonicalName(entry: GazetteerEntry, lang: LanguageCode | 'und'): string {
  return (lang !== 'und' ? entry.names[lang] : undefined) ?? entry.names.en ?? Object.values(entry.names)[0] ?? '';
}

/** Names indexed by the key of their first word, for matching inflected text word by word. */
export class Gazetteer {
  private readonly byFirstKey = new Map<string, Alias[]>();
  readonly entries: readonly GazetteerEntry[];

  constructor(entries: readonly GazetteerEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const lang of nameLanguages()) {
        const forms = [entry.names[lang], ...(entry.aliases?.[lang] ?? [])].filter((form): form is string => form !== undefined);
        for (const form of forms) this.addAlias(form, lang, entry);
      }
    }
    for (const aliases of this.byFirstKey.values()) aliases.sort((a, b) => b.keys.length - a.keys.length);
  }

  private addAlias(form: string, lang: NameLanguage, entry: GazetteerEntry): void {
    const keys = tokenizeWords(form).map((token) => nameKey(token.text, lang));
    const first = keys[0];
    if (first === undefined) return;
    const list = this.byFirstKey.get(first) ?? [];
    if (!list.some((alias) => alias.entry === entry && alias.keys.join(' ') === keys.join(' '))) list.push({ keys, entry });
    this.byFirstKey.set(first, list);
  }

  aliasesStartingWith(key: string): readonly Alias[] {
    return this.byFirstKey.get(key) ?? NO_ALIASES;
  }

  /**
   * The names that may start at a word: aliasesStartingWith of each of its candidate keys, in
   * their order, the empty ones left out. Worked out once per word: news repeats its words.
   */
  aliasListsOf(word: string, lang: LanguageCode): readonly (readonly Alias[])[] {
    return this.byWord.get(word, lang);
  }

  private readonly byWord = new WordMemo<readonly (readonly Alias[])[]>((word, lang) => {
    const lists = candidateKeys(word, lang).map((key) => this.aliasesStartingWith(key)).filter((list) => list.length > 0);
    return lists.length === 0 ? NO_ALIAS_LISTS : lists;
  });

  /** A gazetteer with `extra` entries merged over this one (a workspace gazetteer over the shipped one). */
  withEntries(extra: readonly GazetteerEntry[]): Gazetteer {
    return extra.length === 0 ? this : new Gazetteer([...extra, ...this.entries]);
  }

}

/** A shipped gazetteer, built once per state of the language registry (a pack registered later changes what it holds). */
function perGeneration(build: () => Gazetteer): () => Gazetteer {
  let built: { gazetteer: Gazetteer; generation: number } | undefined;
  return () => {
    if (built?.generation !== registryGeneration()) built = { gazetteer: build(), generation: registryGeneration() };
    return built.gazetteer;
  };
}

/** The gazetteer of the knowledge base's entities that `of` chooses. */
const entitiesWhere = (of: (entity: KnowledgeEntity) => boolean) => (): Gazetteer => new Gazetteer(knowledgeBase().gazetteerEntries(of));

/** An entity the knowledge base knows from one source alone. */
const onlyFrom = (source: string) => (entity: KnowledgeEntity): boolean => entity.sources.length === 1 && entity.sources[0] === source;

/** A place the knowledge base knows only as the exemplar city of a CLDR time zone, or only from `sources/towns.json` or `sources/regions.json`. */
const isCityOrTownAlone = (entity: KnowledgeEntity): boolean => onlyFrom('cldr-cities')(entity) || onlyFrom('towns')(entity) || onlyFrom('regions')(entity);

/** A body or person the knowledge base knows only from `sources/newsmakers.json`. */
const isNewsmaker = onlyFrom('newsmakers');

/**
 * The gazetteer shipped with the extension: the entities of the knowledge base
 * (src/core/knowledge/knowledge.json, which takes in src/core/tagging/gazetteer/gazetteer.json)
 * and those the language packs add, but for the cities known only from CLDR's time zones, the
 * towns and the newsmakers (see cityGazetteer and newsmakerGazetteer), which the entity model does not read.
 */
export const defaultGazetteer: () => Gazetteer = perGeneration(() => new Gazetteer([
  ...knowledgeBase().gazetteerEntries((entity) => !isCityOrTownAlone(entity) && !isNewsmaker(entity)),
  ...languagePacks().flatMap((pack) => pack.gazetteer),
]));

/**
 * The large cities of CLDR's time zones that no other source lists (`Мадрид`, `Владивосток`), and
 * the region's towns of `sources/towns.json` (`Quba`, `Кентау`) and its regions and seas of
 * `sources/regions.json` (`Қарақалпақстан`, `Каспийское море`). The
 * tagger names them where nothing else names the words, or where they take in what other sources
 * named there (sources.ts, `citySource`), and the entity model does not read them: a city's name
 * is also a surname or part of a longer name.
 */
export const cityGazetteer: () => Gazetteer = perGeneration(entitiesWhere(isCityOrTownAlone));

let regionNames: ReadonlySet<string> | undefined;

/** Whether a listed place's canonical name (in any language) is one of `sources/regions.json`'s, which the city source treats apart from towns (see sources.ts). */
export function isListedRegionName(canonical: string): boolean {
  regionNames ??= new Set(knowledgeBase().entities.filter(onlyFrom('regions')).flatMap((entity) => Object.values(entity.names)));
  return regionNames.has(canonical);
}

/**
 * The bodies and persons that news of the region keeps naming, from `sources/newsmakers.json`
 * (`Нұрсұлтан Назарбаев`, `Госдума`, `ФСБ`, `Facebook`). The tagger names them beside the
 * gazetteer's names (sources.ts, `newsmakerSource`), but the entity model does not read them as
 * features: they came after its training, and a model retrained to read them is another model.
 */
export const newsmakerGazetteer: () => Gazetteer = perGeneration(entitiesWhere(isNewsmaker));

/**
 * Country, region and territory names in kk, ru, az and en: the knowledge base's CLDR territories
 * (generated from `cldr-localenames-full`). The entity model sees membership as a feature (world
 * knowledge); it does not tag a name only because it is listed.
 */
export const territoryGazetteer: () => Gazetteer = perGeneration(entitiesWhere((entity) => entity.kind === 'LOC' && entity.sources.includes('cldr')));
