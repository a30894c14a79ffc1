import { placeKeyAcrossSpellings } from './personKey';

const LOCAL_PLACE = /^local:LOC:([^#]+)$/u;

/**
 * The id a corpus-local place id names today. Until 2026-12-01 a place the knowledge base lacks
 * was keyed with its vowels (`local:LOC:otradno`); since then by its consonants across the three
 * languages (`local:LOC:otrdn`, `placeCrossKey`). Today's ids are their own current form, so an
 * id that is not can only have been written before, and its mentions now carry the current one.
 * Other ids, and ids the curator made by a split (`…#2`), are returned as they are: an
 * organisation's or event's id of the form before its case endings were folded (2026-12-02) cannot
 * be read anew from the id alone (the fold follows the name's language, which the id does not
 * record), so a decision naming one is warned about as naming an id no mention has.
 */
export function currentEntityId(id: string): string {
  const key = LOCAL_PLACE.exec(id)?.[1];
  if (key === undefined || key === '_') return id;
  const current = placeKeyAcrossSpellings(key.replace(/_/gu, ' ')).replace(/ /gu, '_');
  return `local:LOC:${current}`;
}

/** The date from which `currentEntityId` reads a place id anew, for messages. */
export const PLACE_ID_FORM_SINCE = '2026-12-01';
