import { languagePack, languagePacks, registryGeneration } from '../../languages/registry';
import type { LanguageCode } from '../types';

/** Acronyms that are not names in any language: keys, file formats, numerals, a disease. */
const NEUTRAL_NOT_NAMES = ['IT', 'CTRL', 'ENTER', 'PDF', 'URL', 'HTML', 'SMS', 'DNA', 'HIV', 'AIDS', 'GPS', 'USB', 'LLC', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'COVID', 'OK'];

/**
 * Cues every text is read with, whatever its language: news in one language quotes the titles,
 * surnames and acronyms of the others (a Russian title before a name in a Kazakh text).
 */
export interface SharedNameCues {
  /** Acronyms that are not names: media, NGOs, goals, treaties, keys, legal forms, units, numerals. */
  notNames: ReadonlySet<string>;
  /** Roles and titles that announce a person's name next to them. */
  personRole: RegExp;
  /** Surname endings of the region, in their base form (Азимова, Ашықбаев, Əliyeva, Tokayev, Алиев, Жанұзақұлы). */
  surname: RegExp;
}

let shared: { cues: SharedNameCues; generation: number } | undefined;

/** The name cues of every registered language together, rebuilt when the registry changes. */
export function sharedNameCues(): SharedNameCues {
  if (shared?.generation !== registryGeneration()) {
    const packs = languagePacks();
    const roles = packs.flatMap((pack) => pack.names.personRoles).join('|');
    const endings = packs.flatMap((pack) => pack.names.surnameEndings).join('|');
    shared = {
      generation: registryGeneration(),
      cues: {
        notNames: new Set([...packs.flatMap((pack) => pack.names.notNames), ...NEUTRAL_NOT_NAMES]),
        personRole: new RegExp(`(?:^|[\\s,(])(?:${roles})\\s*[:,]?\\s*$`, 'iu'),
        surname: new RegExp(`(?:${endings})$`, 'u'),
      },
    };
  }
  return shared.cues;
}

/** A language's organisation heads, and the first three letters of each: most words are ruled out without morphology. */
export interface OrganisationHeads { heads: ReadonlySet<string>; prefixes: ReadonlySet<string> }

const headsByPack = new WeakMap<object, OrganisationHeads>();

export function organisationHeads(lang: LanguageCode): OrganisationHeads {
  const names = languagePack(lang).names;
  let heads = headsByPack.get(names);
  if (!heads) {
    heads = { heads: new Set(names.organisationHeads), prefixes: new Set(names.organisationHeads.map((head) => head.slice(0, 3))) };
    headsByPack.set(names, heads);
  }
  return heads;
}
