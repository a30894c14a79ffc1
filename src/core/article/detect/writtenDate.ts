import { languageCodes } from '../../languages/registry';
import { tagDates } from '../../tagging/dates/tagDates';

export interface WrittenDate { value: string; start: number; end: number }

/** The first calendar day written out in full (29 мая 2024, 2024 жылғы 29 мамыр, 29.05.2024) in a short text, in any of the languages. */
export function firstFullDate(text: string): WrittenDate | undefined {
  let best: WrittenDate | undefined;
  for (const lang of languageCodes()) {
    const span = tagDates(text, lang, undefined).find((candidate) => candidate.timex === 'DATE' && candidate.precision === 'day' && candidate.value !== undefined
      && !candidate.relative && !candidate.inferred && !candidate.value.includes('/'));
    if (span?.value !== undefined && (!best || span.start < best.start)) best = { value: span.value, start: span.start, end: span.end };
  }
  return best;
}

const PLACE = /^(\p{Lu}[\p{L}-]+(?:[ -]\p{Lu}[\p{L}-]+)?),\s+/u;
const AFTER_DATE = /^\s*(?:[—–-]|\.|,|\(|$)/u;

/** «Астана, 29 мая 2024 — …»: a place, a comma and a full date opening a paragraph. Offsets are into `text`. */
export function placeDateline(text: string): WrittenDate | undefined {
  const place = PLACE.exec(text);
  if (!place) return undefined;
  const head = text.slice(place[0].length, place[0].length + 60);
  const date = firstFullDate(head);
  if (!date || date.start !== 0 || !AFTER_DATE.test(head.slice(date.end))) return undefined;
  return { value: date.value, start: place[0].length + date.start, end: place[0].length + date.end };
}
