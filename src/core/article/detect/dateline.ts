import { checkIsoDate, type DatePrecision, isoDate } from '../../text/isoDate';
import type { Block } from '../blocks';

export interface Dateline {
  value: string;
  precision: DatePrecision;
  block: Block;
  /** Where the date was read: a dateline (a date alone or after a place) or the byline. */
  source: 'dateline' | 'byline';
}

const PREFIX = String.raw`(?:(?:опубликовано|дата публикации|жарияланған(?: күні)?|dərc (?:olunub|edilib|tarixi)|published)\s*:?\s*)?`;
const TIME = String.raw`(?:[,\s]+\d{1,2}:\d{2}(?::\d{2})?)?`;
const NUMERIC = new RegExp(String.raw`^${PREFIX}(\d{1,2})[./](\d{1,2})[./](\d{4})${TIME}$`, 'iu');
const ISO = new RegExp(String.raw`^${PREFIX}(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?$`, 'iu');

/** A block that is only a publication date ("27.02.2026", "2026-02-27", "Опубликовано: 27.02.2026 14:05"). */
export function datelineOf(block: Block): Dateline | undefined {
  if (block.firstLine !== block.lastLine) return undefined;
  let year: number;
  let month: number;
  let day: number;
  const numeric = NUMERIC.exec(block.text);
  const iso = numeric ? undefined : ISO.exec(block.text);
  if (numeric) [day, month, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const value = isoDate(year, month, day);
  const check = checkIsoDate(value);
  return check.ok ? { value, precision: check.precision, block, source: 'dateline' } : undefined;
}
