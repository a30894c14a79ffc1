import { checkIsoDate, isoDate } from '../../text/isoDate';
import type { Span } from '../types';
import type { DateMatch } from './types';

function addDays(reference: string, days: number): string | undefined {
  const [year, month, day] = reference.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Turns a locale's match into a DATE span with an ISO value. A missing year comes from the
 * reference date (marked inferred); relative expressions are resolved against it (marked
 * relative); without a reference date they keep no value rather than a guess.
 */
export function toDateSpan(text: string, match: DateMatch, referenceDate: string | undefined): Span | undefined {
  const span: Span = { start: match.start, end: match.end, kind: 'DATE', text: text.slice(match.start, match.end), precision: match.precision };
  const reference = referenceDate !== undefined && checkIsoDate(referenceDate).ok ? referenceDate : undefined;
  const referenceYear = reference !== undefined ? Number(reference.slice(0, 4)) : undefined;
  if (match.relativeDays !== undefined || match.relativeYears !== undefined) {
    span.relative = true;
    const day = match.relativeDays !== undefined && reference !== undefined && reference.length === 10 ? addDays(reference, match.relativeDays) : undefined;
    if (day !== undefined) span.value = day;
    if (match.relativeYears !== undefined && referenceYear !== undefined) span.value = isoDate(referenceYear + match.relativeYears, match.month);
    return span;
  }
  let year = match.year;
  if (year === undefined) {
    if (referenceYear === undefined) return span;
    year = referenceYear;
    span.inferred = true;
  }
  let value = match.precision === 'year' ? isoDate(year) : match.precision === 'month' ? isoDate(year, match.month) : isoDate(year, match.month, match.day);
  if (match.endDay !== undefined) value += `/${isoDate(year, match.month, match.endDay)}`;
  if (match.endYear !== undefined) value += `/${isoDate(match.endYear)}`;
  if (!checkIsoDate(value).ok) return undefined;
  span.value = value;
  return span;
}
