import { checkIsoDate, isoDate } from '../../text/isoDate';
import type { DateMatch } from './types';

const NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
const ISO = /(?<![\p{L}\p{N}./-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;

/** Numeric dates every locale writes: 27.02.2026, 27/02/2026, 2026-02-27. */
export function parseNumericDates(text: string): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (checkIsoDate(isoDate(year, month, day)).ok) matches.push({ start: m.index, end: m.index + m[0].length, year, month, day, precision: 'day' });
  }
  for (const m of text.matchAll(ISO)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (checkIsoDate(isoDate(year, month, day)).ok) matches.push({ start: m.index, end: m.index + m[0].length, year, month, day, precision: 'day' });
  }
  return matches;
}
