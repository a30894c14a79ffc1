import { daysInMonth } from '../../text/isoDate';
import type { Season, TemporalUnit } from '../../languages/dateGrammar';

export type { DayPart, Season, TemporalMod, TemporalUnit } from '../../languages/dateGrammar';
/** TimeML's TIMEX3 types: a calendar date or period, a time of day, a length of time, a recurrence. */
export type TemporalKind = 'DATE' | 'TIME' | 'DURATION' | 'SET';


export type TemporalPrecision = 'century' | 'decade' | 'year' | 'season' | 'month' | 'week' | 'day' | 'time' | 'duration' | 'set';


const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

export function dayValue(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export { daysInMonth };

/** A calendar day as [year, month, day], or undefined when no such day exists (31 February). */
export function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export interface Day { year: number; month: number; day: number }

export function parseDay(value: string | undefined): Day | undefined {
  const match = value === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return validDay(day.year, day.month, day.day) ? day : undefined;
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  return ((new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week: `2024-W22`. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 4 - weekdayOf(day));
  const firstOfYear = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - firstOfYear) / 86_400_000 / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week)}`;
}

export function formatDay(day: Day): string {
  return dayValue(day.year, day.month, day.day);
}

/** `P3Y`, `P10D`, `PT2H`, `PXY` (an unstated count), decades `P3DE`, centuries `P2CE`. */
export function durationValue(count: number | undefined, unit: TemporalUnit | Season): string {
  const amount = count === undefined ? 'X' : String(count);
  if (unit === 'H') return `PT${amount}H`;
  if (unit === 'MIN') return `PT${amount}M`;
  return `P${amount}${unit}`;
}

const TIMEX_SHAPES: readonly RegExp[] = [
  /^\d{2,3}$/u,
  /^\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])$/u,
  /^\d{4}-(?:SP|SU|FA|WI)$/u,
  /^(?:XXXX-XX-XX|\d{4}-\d{2}-\d{2})T(?:(?:[01]\d|2[0-4]):[0-5]\d|MO|AF|EV|NI)$/u,
  /^P(?:\d+|X)(?:Y|M|W|D|DE|CE|SP|SU|FA|WI)$/u,
  /^PT(?:\d+|X)[HM]$/u,
  /^XXXX-WXX-[1-7]$/u,
  /^(?:PAST|FUTURE|PRESENT)_REF$/u,
];

/**
 * Whether a value is a TIMEX3 value this tagger writes: a calendar date or interval (checked by
 * `isCalendar`), a decade or century, a week, a season, a time, a duration or a recurrence.
 */
export function isTimexValue(value: string, isCalendar: (value: string) => boolean): boolean {
  if (isCalendar(value)) return true;
  const parts = value.split('/');
  if (parts.length === 2) return parts.every((part) => isCalendar(part) || TIMEX_SHAPES.some((shape) => shape.test(part)));
  if (/^\d{4}-\d{2}-\d{2}T/u.test(value) && !isCalendar(value.slice(0, 10))) return false;
  return TIMEX_SHAPES.some((shape) => shape.test(value));
}
