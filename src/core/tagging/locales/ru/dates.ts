import { DASH, DAY, longestFirst, monthOf, YEAR } from '../../dates/monthLookup';
import { relativeParser } from '../../dates/relative';
import { anchored, matchesAt, triggerPositions } from '../../dates/scan';
import type { DateLocale, DateMatch } from '../../dates/types';
import { RU_MONTH, RU_MONTH_STEMS, RU_RELATIVE_DAYS, RU_RELATIVE_YEARS, RU_YEAR_WORD, RU_YEARS_WORD } from './constants';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
/** 8 декабря, 12–14 марта 2024 года */
const DAY_MONTH = new RegExp(String.raw`${B}(${DAY})(?:${DASH}(${DAY}))?\s+(${RU_MONTH})(?:\s+(${YEAR})(?:\s*${RU_YEAR_WORD})?)?${E}`, 'giu');
/** (в) декабре 2023 года */
const MONTH_YEAR = new RegExp(String.raw`${B}(${RU_MONTH})\s+(${YEAR})(?:\s*${RU_YEAR_WORD})?${E}`, 'giu');
/** 2013 году, 2019–2021 годах */
const YEAR_ONLY = new RegExp(String.raw`${B}(${YEAR})(?:${DASH}(${YEAR})\s*${RU_YEARS_WORD}|\s*${RU_YEAR_WORD})${E}`, 'giu');

/** «накануне 8 декабря», «накануне выборов»: "on the eve of", a preposition, not "the day before". */
function isPrepositionalEve(text: string, match: DateMatch): boolean {
  return /^накануне$/iu.test(text.slice(match.start, match.end))
    && /^\s+(?:\d|\p{L}+(?:а|я|ов|ев|ей|ий|ии|ого|его|ых|их)(?![\p{L}]))/u.test(text.slice(match.end, match.end + 40));
}

/** в феврале, в мае: a month of the reference year */
const MONTH_ONLY = new RegExp(String.raw`(?<=(?:^|[\s(])[вВ]о?\s+)((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)е|марте|августе|мае)${E}`, 'gu');

/**
 * Where a date can begin: a digit or a month word. A plain alternation of literals without look-arounds or
 * Unicode mode lets the engine scan at full speed; the anchored patterns check word boundaries.
 */
// eslint-disable-next-line no-restricted-syntax -- the u flag would slow this one full-text scan several times over
const TRIGGER = /\d+|январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр/gi;
const ANCHORED = { DAY_MONTH: anchored(DAY_MONTH), MONTH_ONLY: anchored(MONTH_ONLY), MONTH_YEAR: anchored(MONTH_YEAR), YEAR_ONLY: anchored(YEAR_ONLY) };
const RELATIVE = relativeParser('ru', RU_RELATIVE_DAYS, RU_RELATIVE_YEARS, false);

const monthNumber = (word: string | undefined): number | undefined => (word === undefined ? undefined : monthOf(word, RU_MONTH_STEMS, 'ru'));

export const ruDates: DateLocale = {
  parse(text) {
    const matches: DateMatch[] = [];
    const positions = triggerPositions(text, TRIGGER);
    for (const m of matchesAt(text, ANCHORED.DAY_MONTH, positions)) {
      const month = monthNumber(m[3]);
      if (month === undefined) continue;
      matches.push({ start: m.index, end: m.index + m[0].length, day: Number(m[1]), month, precision: 'day',
        ...(m[2] ? { endDay: Number(m[2]) } : {}), ...(m[4] ? { year: Number(m[4]) } : {}) });
    }
    for (const m of matchesAt(text, ANCHORED.MONTH_YEAR, positions)) {
      const month = monthNumber(m[1]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, month, year: Number(m[2]), precision: 'month' });
    }
    for (const m of matchesAt(text, ANCHORED.MONTH_ONLY, positions)) {
      const month = monthNumber(m[1]);
      if (month !== undefined) matches.push({ start: m.index, end: m.index + m[0].length, month, precision: 'month' });
    }
    for (const m of matchesAt(text, ANCHORED.YEAR_ONLY, positions)) {
      matches.push({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), precision: 'year', ...(m[2] ? { endYear: Number(m[2]) } : {}) });
    }
    matches.push(...RELATIVE(text).filter((match) => !isPrepositionalEve(text, match)));
    return longestFirst(matches);
  },
};
