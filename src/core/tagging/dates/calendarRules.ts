import { type Found, type Reader } from './grammar';
import { numberAt } from './numbers';
import { meaningOf } from './tokens';

/** After a month word, Azerbaijani and Kazakh may say «month» (may ayında, мамыр айында). */
function afterMonthWord(reader: Reader, i: number): number {
  if (!reader.resources.unitWordAfterName) return i;
  const unit = meaningOf(reader.token(i), 'unit');
  return unit?.unit === 'M' ? i + 1 : i;
}

/** 29 мамырда, 15 марта 2024 года, 12–14 noyabr, он екінші наурызда; and with the year first: 2024 жылғы 29 мамырда. */
export function dayMonthYear(reader: Reader, i: number): Found | undefined {
  const before = reader.year(i, true);
  const start = before ? before.next : i;
  if (before?.endYear !== undefined) return undefined;
  const day = reader.day(start);
  if (!day) return undefined;
  const month = reader.month(day.next);
  if (month === undefined) return undefined;
  let next = afterMonthWord(reader, day.next + 1);
  let year = before?.year;
  if (year === undefined) {
    const after = reader.year(next, false);
    if (after && after.endYear === undefined) { year = after.year; next = after.next; }
  }
  return { next, match: { kind: 'DATE', precision: 'day', month, day: day.day, ...(day.endDay !== undefined ? { endDay: day.endDay } : {}), ...(year !== undefined ? { year } : {}) } };
}

/** 1994 жылдың тамызында, 2024-cü il noyabrın 12-də, мамырдың 5-і, декабре 2023 года, may ayında. */
export function yearMonthDay(reader: Reader, i: number): Found | undefined {
  const year = reader.year(i, true);
  const monthAt = year ? year.next : i;
  if (year?.endYear !== undefined) return undefined;
  const month = reader.month(monthAt);
  if (month === undefined) return undefined;
  const monthToken = reader.token(monthAt);
  const next = afterMonthWord(reader, monthAt + 1);
  const dayToken = reader.token(next);
  if (dayToken?.num !== undefined && dayToken.suffix !== undefined && dayToken.num >= 1 && dayToken.num <= 31 && reader.resources.daySuffix.test(dayToken.suffix) && !dayToken.glued) {
    return { next: next + 1, match: { kind: 'DATE', precision: 'day', month, day: dayToken.num, ...(year ? { year: year.year } : {}) } };
  }
  if (year) return { next, match: { kind: 'DATE', precision: 'month', month, year: year.year } };
  const after = reader.year(next, false);
  if (after && after.endYear === undefined) return { next: after.next, match: { kind: 'DATE', precision: 'month', month, year: after.year } };
  const ownMonthWord = next > monthAt + 1;
  if (!ownMonthWord && !reader.resources.loneMonth(monthToken?.text ?? '', reader.token(monthAt - 1)?.lower)) return undefined;
  return { next, match: { kind: 'DATE', precision: 'month', month } };
}

/** 2026 жылы, в 2003-м, 2003-те, 2019–2021 годах, екі мың жиырмасыншы жылы, двухтысячного года. */
export function yearOnly(reader: Reader, i: number): Found | undefined {
  const year = reader.year(i, true);
  if (!year) return undefined;
  if (year.plural && year.endYear === undefined && year.year % 10 === 0) return undefined;
  return { next: year.next, match: { kind: 'DATE', precision: 'year', year: year.year, ...(year.endYear !== undefined ? { endYear: year.endYear } : {}) } };
}

const DECADE_SUFFIX = /^(?:е|х|ые|ых|ие|их)$/u;

/** 1990-жылдары, 90-х годов, 1990-cı illərdə, тоқсаныншы жылдары, девяностых годов: `199`. */
export function decade(reader: Reader, i: number): Found | undefined {
  const read = numberAt(reader.tokens, i);
  if (!read || read.value % 10 !== 0 || read.value < 10 || (read.value >= 100 && read.value < 1000) || read.value > 2090) return undefined;
  let next = read.next;
  let marked = false;
  const suffix = read.digits ? read.token.suffix : undefined;
  const suffixUnit = read.digits ? read.token.suffixMeanings.find((meaning) => meaning.type === 'unit') : undefined;
  if (suffixUnit?.type === 'unit') {
    if (suffixUnit.unit !== 'Y' || !suffixUnit.plural) return undefined;
    marked = true;
  } else if (suffix !== undefined && !DECADE_SUFFIX.test(suffix) && !reader.resources.yearSuffix.test(suffix)) return undefined;
  else if (suffix !== undefined && DECADE_SUFFIX.test(suffix)) marked = true;
  const word = meaningOf(reader.token(next), 'unit');
  // 10 годам is ten years; a decade needs four digits, a suffix (90-х) or an ordinal (девяностых).
  const plainCount = read.value < 1000 && suffix === undefined && !read.ordinal;
  if (word?.unit === 'Y' && word.plural && suffixUnit === undefined && !plainCount) { marked = true; next++; }
  if (!marked) return undefined;
  // 90-х годов прошлого века: the century is part of the expression.
  if (meaningOf(reader.token(next), 'shift') && meaningOf(reader.token(next + 1), 'unit')?.unit === 'CE') next += 2;
  const value = read.value >= 1000 ? Math.floor(read.value / 10) : (read.value === 0 ? 200 : 190 + read.value / 10);
  return { next, match: { kind: 'DATE', precision: 'decade', decade: value } };
}

/** XIX век, 20-ci əsrin, ХХІ ғасырда, двадцать первого века: `18`, `19`, `20`. */
export function century(reader: Reader, i: number): Found | undefined {
  const token = reader.token(i);
  let value = token?.roman;
  let next = i + 1;
  let glued = false;
  if (value === undefined) {
    const read = numberAt(reader.tokens, i);
    if (!read) return undefined;
    const suffixUnit = read.digits ? read.token.suffixMeanings.find((meaning) => meaning.type === 'unit') : undefined;
    // 20-ғасырда: the century word glued to its number.
    if (suffixUnit?.type === 'unit' && suffixUnit.unit === 'CE') glued = true;
    else if (read.digits && read.token.suffixMeanings.length > 0) return undefined;
    value = read.value;
    next = read.next;
  }
  const word = glued ? { unit: 'CE' } : meaningOf(reader.token(next), 'unit');
  if (word?.unit !== 'CE' || value < 1 || value > 21) return undefined;
  return { next: glued ? next : next + 1, match: { kind: 'DATE', precision: 'century', century: value - 1 } };
}
