import { DASH, DAY, longestFirst, monthOf, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import { anchored, matchesAt, triggerPositions } from '../../dates/scan';
import type { DateLocale, DateMatch } from '../../dates/types';
import { KK_MONTH, KK_MONTH_STEMS, KK_RELATIVE_DAYS, KK_RELATIVE_YEARS, KK_YEAR_WORD } from './constants';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** 2024 жылғы 29 мамырда */
const YEAR_DAY_MONTH = new RegExp(String.raw`${B}(${YEAR})\s+(?:жылғы|жылдың|жылы|ж\.)\s+(${DAY})(?:${DASH}(${DAY}))?\s+(${KK_MONTH})${E}`, 'giu');
/** 29 мамырда, 12–14 наурыз 2024 жылы */
const DAY_MONTH = new RegExp(String.raw`${B}(${DAY})(?:${DASH}(${DAY}))?\s+(${KK_MONTH})(?:\s+(${YEAR})\s+${KK_YEAR_WORD})?${E}`, 'giu');
/** 1994 жылдың тамызында */
const YEAR_MONTH = new RegExp(String.raw`${B}(${YEAR})\s+(?:жылғы|жылдың)\s+(${KK_MONTH})${E}`, 'giu');
/** 2026 жылы, 2019-2021 жылдары, 2024 ж. */
const YEAR_ONLY = new RegExp(String.raw`${B}(${YEAR})(?:${DASH}(${YEAR}))?\s*${KK_YEAR_WORD}(?![\p{L}\p{N}])`, 'giu');

/** мамырдың 5-і: the month's day as an ordinal possessive */
const MONTH_DAY = new RegExp(String.raw`${B}(${KK_MONTH})\s+(${DAY})-?(?:і|ы|сі|сы|нші|ншы)\p{L}*${E}`, 'giu');

/** ақпанда, желтоқсанда: a month of the reference year (lower case and in the locative, so Қазанда, the city, is not one) */
const MONTH_ONLY = new RegExp(String.raw`${B}((?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:ында|інде|да|де|та|те))${E}`, 'gu');

/**
 * Where a date can begin: a digit or a month word. A plain alternation of literals without look-arounds or
 * Unicode mode lets the engine scan at full speed; the anchored patterns check word boundaries.
 */
// eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
const TRIGGER = /\d+|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан/gi;
const ANCHORED = { DAY_MONTH: anchored(DAY_MONTH), MONTH_DAY: anchored(MONTH_DAY), MONTH_ONLY: anchored(MONTH_ONLY), YEAR_DAY_MONTH: anchored(YEAR_DAY_MONTH), YEAR_MONTH: anchored(YEAR_MONTH), YEAR_ONLY: anchored(YEAR_ONLY) };
const RELATIVE = relativeParser('kk', KK_RELATIVE_DAYS, KK_RELATIVE_YEARS, false);

const monthNumber = (word: string | undefined): number | undefined => (word === undefined ? undefined : monthOf(word, KK_MONTH_STEMS, 'kk'));

export const kkDates: DateLocale = {
  parse(text) {
    const matches: DateMatch[] = [];
    const positions = triggerPositions(text, TRIGGER);
    for (const m of matchesAt(text, ANCHORED.YEAR_DAY_MONTH, positions)) {
      const month = monthNumber(m[4]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), day: Number(m[2]), month, precision: 'day', ...(m[3] ? { endDay: Number(m[3]) } : {}) });
    }
    for (const m of matchesAt(text, ANCHORED.DAY_MONTH, positions)) {
      const month = monthNumber(m[3]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month, precision: 'day', ...(m[2] ? { endDay: Number(m[2]) } : {}), ...(m[4] ? { year: Number(m[4]) } : {}) });
    }
    for (const m of matchesAt(text, ANCHORED.MONTH_DAY, positions)) {
      const month = monthNumber(m[1]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, day: Number(m[2]), month, precision: 'day' });
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
