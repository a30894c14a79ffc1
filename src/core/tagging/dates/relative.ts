import type { DateMatch } from './types';

type Offsets = readonly (readonly [string, number])[];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Letters a suffix may have (Azerbaijani and Kazakh), without needing the regular expression's Unicode mode. */
const SUFFIX_LETTERS = '[a-zəçşğıöüâа-яёәғқңөұүһі]*';

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

function normal(phrase: string, locale: string): string {
  return phrase.toLocaleLowerCase(locale).replace(/\s+/gu, ' ');
}

/**
 * A locale's relative expressions (phrases with their offset in days or years from the reference
 * date) as one regular expression, so the text is scanned once. With `yearSuffixes`, a year
 * phrase also takes case suffixes (`cari ildə`).
 */
export function relativeParser(locale: string, days: Offsets, years: Offsets, yearSuffixes: boolean): (text: string) => DateMatch[] {
  const phrases = [...days.map(([phrase, offset]) => ({ phrase: normal(phrase, locale), offset, unit: 'day' as const })),
    ...years.map(([phrase, offset]) => ({ phrase: normal(phrase, locale), offset, unit: 'year' as const }))]
    .sort((a, b) => b.phrase.length - a.phrase.length);
  // A plain alternation of literals (no look-arounds, no Unicode mode) lets the engine scan fast;
  // word boundaries are checked on the characters around each match.
  const alternatives = phrases.map(({ phrase, unit }) => escape(phrase).replace(/ /gu, String.raw`\s+`) + (unit === 'year' && yearSuffixes ? SUFFIX_LETTERS : ''));
  const pattern = new RegExp(alternatives.join('|'), 'gi');
  return (text) => {
    const matches: DateMatch[] = [];
    for (const m of text.matchAll(pattern)) {
      if (isWordCharacter(text[m.index - 1]) || isWordCharacter(text[m.index + m[0].length])) continue;
      const found = normal(m[0], locale);
      const entry = phrases.find(({ phrase, unit }) => found === phrase || (unit === 'year' && yearSuffixes && found.startsWith(phrase)));
      if (!entry) continue;
      const end = m.index + m[0].length;
      matches.push(entry.unit === 'day'
        ? { start: m.index, end, precision: 'day', relativeDays: entry.offset }
        : { start: m.index, end, precision: 'year', relativeYears: entry.offset });
    }
    return matches;
  };
}
