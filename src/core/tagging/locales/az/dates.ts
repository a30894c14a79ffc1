import { DASH, DAY, longestFirst, monthOf, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import { anchored, matchesAt, triggerPositions } from '../../dates/scan';
import type { DateLocale, DateMatch } from '../../dates/types';
import { AZ_MONTH, AZ_MONTH_STEMS, AZ_ORDINAL, AZ_RELATIVE_DAYS, AZ_RELATIVE_YEARS, AZ_YEAR_WORD } from './constants';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** 12 noyabrda, 12-14 noyabr 2024-cü il */
const DAY_MONTH = new RegExp(String.raw`${B}(${DAY})(?:${DASH}(${DAY}))?\s+(${AZ_MONTH})(?:\s+(${YEAR})${AZ_ORDINAL}?(?:\s+${AZ_YEAR_WORD})?)?${E}`, 'giu');
/** 2024-cü il 12 noyabr, 2024-cü ilin 12 noyabrında */
const YEAR_DAY_MONTH = new RegExp(String.raw`${B}(${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+(${DAY})\s+(${AZ_MONTH})${E}`, 'giu');
/** 2024-cü ilin may ayında */
const YEAR_MONTH = new RegExp(String.raw`${B}(${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+(${AZ_MONTH})(?:\s+ay\p{L}*)?${E}`, 'giu');
/** 2024-cü ildə, 2019-2021-ci illərdə */
const YEAR_ONLY = new RegExp(String.raw`${B}(${YEAR})(?:${DASH}(${YEAR}))?${AZ_ORDINAL}?\s+${AZ_YEAR_WORD}${E}`, 'giu');

/** yanvarın 5-i, noyabrın 12-də, 2024-cü il noyabrın 12-də: the month's day as an ordinal or in the locative */
const DAY_SUFFIX = String.raw`-?(?:[iıuü]|s[iıuü]|[iıuü]nc[iıuü]|d[aə]|[iıuü]nd[aə]|nd[aə])\p{L}*`;
const MONTH_DAY = new RegExp(String.raw`${B}(?:(${YEAR})${AZ_ORDINAL}?\s+il(?:in)?\s+)?(${AZ_MONTH})\s+(${DAY})${DAY_SUFFIX}${E}`, 'giu');
/** cari ilin may ayında, bu ilin martında */
const RELATIVE_MONTH = new RegExp(String.raw`${B}(cari|bu|keçən|ötən|gələn)\s+ilin\s+(${AZ_MONTH})(?:\s+ay\p{L}*)?${E}`, 'giu');
/** may ayında: a month of the reference year */
const MONTH_ONLY = new RegExp(String.raw`${B}(${AZ_MONTH})\s+ay\p{L}*${E}`, 'giu');
const RELATIVE_YEAR_OFFSET: Readonly<Record<string, number>> = { cari: 0, bu: 0, keçən: -1, ötən: -1, gələn: 1 };

/**
 * Where a date can begin: a digit, a month word or a relative word. A plain alternation of literals without look-arounds or
 * Unicode mode lets the engine scan at full speed; the anchored patterns check word boundaries.
 */
// eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
const TRIGGER = /\d+|yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|cari|bu|keçən|ötən|gələn/gi;
const ANCHORED = { DAY_MONTH: anchored(DAY_MONTH), MONTH_DAY: anchored(MONTH_DAY), MONTH_ONLY: anchored(MONTH_ONLY), RELATIVE_MONTH: anchored(RELATIVE_MONTH), YEAR_DAY_MONTH: anchored(YEAR_DAY_MONTH), YEAR_MONTH: anchored(YEAR_MONTH), YEAR_ONLY: anchored(YEAR_ONLY) };
const RELATIVE = relativeParser('az', AZ_RELATIVE_DAYS, AZ_RELATIVE_YEARS, true);

const monthNumber = (word: string | undefined): number | undefined => (word === undefined ? undefined : monthOf(word, AZ_MONTH_STEMS, 'az'));

export const azDates: DateLocale = {
  parse(text) {
    const matches: DateMatch[] = [];
    const positions = triggerPositions(text, TRIGGER);
    for (const m of matchesAt(text, ANCHORED.DAY_MONTH, positions)) {
      const month = monthNumber(m[3]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month, precision: 'day', ...(m[2] ? { endDay: Number(m[2]) } : {}), ...(m[4] ? { year: Number(m[4]) } : {}) });
    }
    for (const m of matchesAt(text, ANCHORED.YEAR_DAY_MONTH, positions)) {
      const month = monthNumber(m[3]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), day: Number(m[2]), month, precision: 'day' });
    }
    for (const m of matchesAt(text, ANCHORED.MONTH_DAY, positions)) {
      const month = monthNumber(m[2]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, day: Number(m[3]), month, precision: 'day', ...(m[1] ? { year: Number(m[1]) } : {}) });
    }
    for (const m of matchesAt(text, ANCHORED.RELATIVE_MONTH, positions)) {
      const month = monthNumber(m[2]);
      const offset = RELATIVE_YEAR_OFFSET[(m[1] ?? '').toLocaleLowerCase('az')];
      if (month !== undefined && offset !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, month, precision: 'month', relativeYears: offset });
    }
    for (const m of matchesAt(text, ANCHORED.MONTH_ONLY, positions)) {
      const month = monthNumber(m[1]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, month, precision: 'month' });
    }
    for (const m of matchesAt(text, ANCHORED.YEAR_MONTH, positions)) {
      const month = monthNumber(m[2]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month, precision: 'month' });
    }
    for (const m of matchesAt(text, ANCHORED.YEAR_ONLY, positions)) {
      matches.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), precision: 'year', ...(m[2] ? { endYear: Number(m[2]) } : {}) });
    }
    matches.push(...RELATIVE(text));
    return longestFirst(matches);
  },
};
