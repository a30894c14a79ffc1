import { B, createDateLocale, E } from '../../dates/localeParser';
import { DASH, DAY, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import { KK_MONTH, KK_MONTH_STEMS, KK_RELATIVE_DAYS, KK_RELATIVE_YEARS, KK_YEAR_WORD } from './constants';

const MONTH_WORD = String.raw`(?<month>${KK_MONTH})`;

export const kkDates = createDateLocale({
  locale: 'kk',
  monthStems: KK_MONTH_STEMS,
  // A plain alternation of literals (no look-arounds, no Unicode mode) scans at full speed; the
  // anchored patterns check the word boundaries.
  // eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
  trigger: /\d+|қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан/gi,
  patterns: [
    // 2024 жылғы 29 мамырда
    { precision: 'day', regex: new RegExp(String.raw`${B}(?<year>${YEAR})\s+(?:жылғы|жылдың|жылы|ж\.)\s+(?<day>${DAY})(?:${DASH}(?<endDay>${DAY}))?\s+${MONTH_WORD}${E}`, 'giu') },
    // 29 мамырда, 12–14 наурыз 2024 жылы
    { precision: 'day', regex: new RegExp(String.raw`${B}(?<day>${DAY})(?:${DASH}(?<endDay>${DAY}))?\s+${MONTH_WORD}(?:\s+(?<year>${YEAR})\s+${KK_YEAR_WORD})?${E}`, 'giu') },
    // мамырдың 5-і: the month's day as an ordinal possessive
    { precision: 'day', regex: new RegExp(String.raw`${B}${MONTH_WORD}\s+(?<day>${DAY})-?(?:і|ы|сі|сы|нші|ншы)\p{L}*${E}`, 'giu') },
    // ақпанда: a month of the reference year (lower case, in the locative, so Қазанда, the city, is not one)
    { precision: 'month', regex: new RegExp(String.raw`${B}(?<month>(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)(?:ында|інде|да|де|та|те))${E}`, 'gu') },
    // 1994 жылдың тамызында
    { precision: 'month', regex: new RegExp(String.raw`${B}(?<year>${YEAR})\s+(?:жылғы|жылдың)\s+${MONTH_WORD}${E}`, 'giu') },
    // 2026 жылы, 2019-2021 жылдары, 2024 ж.
    { precision: 'year', regex: new RegExp(String.raw`${B}(?<year>${YEAR})(?:${DASH}(?<endYear>${YEAR}))?\s*${KK_YEAR_WORD}${E}`, 'giu') },
  ],
  relative: relativeParser('kk', KK_RELATIVE_DAYS, KK_RELATIVE_YEARS, false),
});
