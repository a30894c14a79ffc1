import type { DateMatch } from './types';

type Offsets = readonly (readonly [string, number])[];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function phrasePattern(phrase: string, suffixed: boolean): RegExp {
  const words = escape(phrase).replace(/ /gu, String.raw`\s+`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${words}${suffixed ? String.raw`\p{L}*` : ''}(?![\p{L}\p{N}])`, 'giu');
}

/**
 * Relative expressions of a locale: phrases with their offset in days or in years from the
 * reference date. With `yearSuffixes`, a year phrase also takes case suffixes (`cari ildə`).
 */
export function parseRelative(text: string, days: Offsets, years: Offsets, yearSuffixes: boolean): DateMatch[] {
  const matches: DateMatch[] = [];
  for (const [phrase, offset] of days) {
    for (const m of text.matchAll(phrasePattern(phrase, false))) {
      matches.push({ start: m.index, end: m.index + m[0].length, precision: 'day', relativeDays: offset });
    }
  }
  for (const [phrase, offset] of years) {
    for (const m of text.matchAll(phrasePattern(phrase, yearSuffixes))) {
      matches.push({ start: m.index, end: m.index + m[0].length, precision: 'year', relativeYears: offset });
    }
  }
  return matches;
}
