import { foldedNameKey } from './caseFold';
import { placeKeyAcrossSpellings } from './personKey';

const LOCAL_KEYED = /^local:(LOC|ORG|EVENT):([^#]+)$/u;

/**
 * The id a corpus-local id names today. Until 2026-12-01 a place the knowledge base lacks was
 * keyed with its vowels (`local:LOC:otradno`); since then by its consonants across the three
 * languages (`local:LOC:otrdn`, `placeCrossKey`). Until 2026-12-02 an organisation or event was
 * keyed by its name's skeleton as written, one id per case form (`local:ORG:ishki_istar_ministrlikinin`);
 * since then with its case endings folded (`local:ORG:ishki_istar_ministrlik`, `foldedNameKey`).
 * Today's ids are their own current form, so an id that is not can only have been written before,
 * and its mentions now carry the current one. Other ids, and ids the curator made by a split
 * (`…#2`), are returned as they are.
 */
export function currentEntityId(id: string): string {
  const found = LOCAL_KEYED.exec(id);
  const kind = found?.[1];
  const key = found?.[2];
  if (kind === undefined || key === undefined || key === '_') return id;
  const spaced = key.replace(/_/gu, ' ');
  const current = kind === 'LOC' ? placeKeyAcrossSpellings(spaced) : foldedNameKey(spaced);
  return `local:${kind}:${current.replace(/ /gu, '_')}`;
}

/** What kind of id an id read anew is, and since when `currentEntityId` reads it so, for messages. */
export function idFormOf(id: string): { what: string; since: string } {
  const kind = LOCAL_KEYED.exec(id)?.[1];
  if (kind === 'ORG') return { what: 'an organisation id', since: '2026-12-02' };
  if (kind === 'EVENT') return { what: 'an event id', since: '2026-12-02' };
  return { what: 'a place id', since: '2026-12-01' };
}
