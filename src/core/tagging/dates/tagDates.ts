import { azDates } from '../locales/az/dates';
import { kkDates } from '../locales/kk/dates';
import { ruDates } from '../locales/ru/dates';
import type { LanguageCode, Span } from '../types';
import { longestFirst } from '../overlaps';
import { parseNumericDates } from './numeric';
import { toDateSpan } from './resolve';
import type { DateLocale } from './types';

const LOCALES: Record<LanguageCode, DateLocale> = { kk: kkDates, ru: ruDates, az: azDates };

/** Every date expression of the text as DATE spans with ISO values, in text order. */
export function tagDates(text: string, lang: LanguageCode | 'und', referenceDate: string | undefined): Span[] {
  const matches = [...parseNumericDates(text), ...(lang === 'und' ? [] : LOCALES[lang].parse(text))];
  return longestFirst(matches).flatMap((match) => toDateSpan(text, match, referenceDate) ?? []);
}
