import { B, createDateLocale, E } from '../../dates/localeParser';
import { DASH, DAY, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import { AZ_MONTH, AZ_MONTH_STEMS, AZ_ORDINAL, AZ_RELATIVE_DAYS, AZ_RELATIVE_YEARS, AZ_YEAR_WORD } from './constants';

const MONTH_WORD = String.raw`(?<month>${AZ_MONTH})`;
/** The day as an ordinal or in the locative: 5-i, 12-də, 12-sində. */
const DAY_SUFFIX = String.raw`-?(?:[iıuü]|s[iıuü]|[iıuü]nc[iıuü]|d[aə]|[iıuü]nd[aə]|nd[aə])\p{L}*`;

export const azDates = createDateLocale({
  locale: 'az',
  monthStems: AZ_MONTH_STEMS,
  // A plain alternation of literals (no look-arounds, no Unicode mode) scans at full speed; the
  // anchored patterns check the word boundaries.
  // eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
  trigger: /\d+|yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|cari|bu|keçən|ötən|gələn/gi,
  patterns: [
    // 12 noyabrda, 12-14 noyabr 2024-cü il
    { precision: 'day', regex: new RegExp(String.raw`${B}(?<day>${DAY})(?:${DASH}(?<endDay>${DAY}))?\s+${MONTH_WORD}(?:\s+(?<year>${YEAR})${AZ_ORDINAL}?(?:\s+${AZ_YEAR_WORD})?)?${E}`, 'giu') },
    // 2024-cü il 12 noyabr
    { precision: 'day', regex: new RegExp(String.raw`${B}(?<year>${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+(?<day>${DAY})\s+${MONTH_WORD}${E}`, 'giu') },
    // yanvarın 5-i, 2024-cü il noyabrın 12-də
    { precision: 'day', regex: new RegExp(String.raw`${B}(?:(?<year>${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+)?${MONTH_WORD}\s+(?<day>${DAY})${DAY_SUFFIX}${E}`, 'giu') },
    // cari ilin may ayında, bu ilin martında
    { precision: 'month', relativeYears: { cari: 0, bu: 0, keçən: -1, ötən: -1, gələn: 1 }, regex: new RegExp(String.raw`${B}(?<relative>cari|bu|keçən|ötən|gələn)\s+ilin\s+${MONTH_WORD}(?:\s+ay\p{L}*)?${E}`, 'giu') },
    // may ayında: a month of the reference year
    { precision: 'month', regex: new RegExp(String.raw`${B}${MONTH_WORD}\s+ay\p{L}*${E}`, 'giu') },
    // 2024-cü ilin may ayında
    { precision: 'month', regex: new RegExp(String.raw`${B}(?<year>${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+${MONTH_WORD}(?:\s+ay\p{L}*)?${E}`, 'giu') },
    // 2024-cü ildə, 2019-2021-ci illərdə
    { precision: 'year', regex: new RegExp(String.raw`${B}(?<year>${YEAR})(?:${DASH}(?<endYear>${YEAR}))?${AZ_ORDINAL}?\s+${AZ_YEAR_WORD}${E}`, 'giu') },
  ],
  relative: relativeParser('az', AZ_RELATIVE_DAYS, AZ_RELATIVE_YEARS, true),
});
