import type { TemporalMatch } from './types';

const NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([./])(\d{1,2})\2((?:1[89]|20)\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;
const ISO = /(?<![\p{L}\p{N}./-])((?:1[89]|20)\d{2})-(\d{2})-(\d{2})(?![\p{L}\p{N}]|[./-]\d)/gu;

/** Numeric dates every locale writes: 27.02.2026, 27/02/2026, 2026-02-27 (an impossible one is kept and flagged). */
export function parseNumericDates(text: string): TemporalMatch[] {
  const matches: TemporalMatch[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (month >= 1 && month <= 12) matches.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE', year, month, day, precision: 'day' });
  }
  for (const m of text.matchAll(ISO)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12) matches.push({ start: m.index, end: m.index + m[0].length, kind: 'DATE', year, month, day, precision: 'day' });
  }
  return matches;
}
