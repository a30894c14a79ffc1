import { B, createDateLocale, E } from '../../dates/localeParser';
import { DASH, DAY, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import type { DateMatch } from '../../dates/types';
import { RU_MONTH, RU_MONTH_STEMS, RU_RELATIVE_DAYS, RU_RELATIVE_YEARS, RU_YEAR_WORD, RU_YEARS_WORD } from './constants';

const MONTH_WORD = String.raw`(?<month>${RU_MONTH})`;
const relative = relativeParser('ru', RU_RELATIVE_DAYS, RU_RELATIVE_YEARS, false);

/** «накануне 8 декабря», «накануне выборов»: "on the eve of", a preposition, not "the day before". */
function isPrepositionalEve(text: string, match: DateMatch): boolean {
  return /^накануне$/iu.test(text.slice(match.start, match.end))
    && /^\s+(?:\d|\p{L}+(?:а|я|ов|ев|ей|ий|ии|ого|его|ых|их)(?![\p{L}]))/u.test(text.slice(match.end, match.end + 40));
}

export const ruDates = createDateLocale({
  locale: 'ru',
  monthStems: RU_MONTH_STEMS,
  // A plain alternation of literals (no look-arounds, no Unicode mode) scans at full speed; the
  // anchored patterns check the word boundaries.
  // eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
  trigger: /\d+|январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр/gi,
  patterns: [
    // 8 декабря, 12–14 марта 2024 года
    { precision: 'day', regex: new RegExp(String.raw`${B}(?<day>${DAY})(?:${DASH}(?<endDay>${DAY}))?\s+${MONTH_WORD}(?:\s+(?<year>${YEAR})(?:\s*${RU_YEAR_WORD})?)?${E}`, 'giu') },
    // (в) декабре 2023 года
    { precision: 'month', regex: new RegExp(String.raw`${B}${MONTH_WORD}\s+(?<year>${YEAR})(?:\s*${RU_YEAR_WORD})?${E}`, 'giu') },
    // в феврале: a month of the reference year
    { precision: 'month', regex: new RegExp(String.raw`(?<=(?:^|[\s(])[вВ]о?\s+)(?<month>(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)е|марте|августе|мае)${E}`, 'gu') },
    // 2013 году, 2019–2021 годах
    { precision: 'year', regex: new RegExp(String.raw`${B}(?<year>${YEAR})(?:${DASH}(?<endYear>${YEAR})\s*${RU_YEARS_WORD}|\s*${RU_YEAR_WORD})${E}`, 'giu') },
  ],
  relative: (text) => relative(text).filter((match) => !isPrepositionalEve(text, match)),
});
