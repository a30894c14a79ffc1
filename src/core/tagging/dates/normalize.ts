import type { Span } from '../types';
import { addDays, type Day, dayValue, durationValue, formatDay, isoWeek, parseDay, validDay, weekdayOf } from './timex';
import type { TemporalMatch } from './types';

interface Anchor { value: string; year?: number; month?: number; day?: Day }

/** The anchor (the publication date) in its parts; undefined when it is not a date. */
export function anchorOf(reference: string | undefined): Anchor | undefined {
  if (reference === undefined) return undefined;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(reference);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] !== undefined ? Number(match[2]) : undefined;
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  const day = parseDay(reference);
  if (match[3] !== undefined && !day) return undefined;
  return { value: reference, year, ...(month !== undefined ? { month } : {}), ...(day ? { day } : {}) };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function shiftedValue(match: TemporalMatch, anchor: Anchor): string | undefined {
  const shift = match.shift;
  if (!shift) return undefined;
  if (match.weekday !== undefined) {
    if (!anchor.day) return undefined;
    const back = (weekdayOf(anchor.day) - match.weekday + 7) % 7;
    const sameWeek = addDays(anchor.day, match.weekday - weekdayOf(anchor.day));
    return formatDay(shift.offset === 0 ? addDays(anchor.day, -back) : addDays(sameWeek, 7 * shift.offset));
  }
  if (match.month !== undefined && match.day !== undefined && shift.unit === 'Y') {
    if (!anchor.day) return undefined;
    const anchorDay = anchor.day;
    const candidates = [-1, 0, 1].map((offset) => ({ year: anchorDay.year + offset, month: match.month ?? 1, day: match.day ?? 1 }));
    const distance = (day: Day): number => Math.abs(Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(anchorDay.year, anchorDay.month - 1, anchorDay.day));
    return formatDay(candidates.reduce((best, day) => (distance(day) < distance(best) ? day : best)));
  }
  switch (shift.unit) {
    case 'Y': return anchor.year !== undefined ? `${pad(anchor.year + shift.offset, 4)}${match.month !== undefined ? `-${pad(match.month)}` : ''}` : undefined;
    case 'M': {
      if (anchor.month === undefined || anchor.year === undefined) return undefined;
      const index = anchor.year * 12 + anchor.month - 1 + shift.offset;
      return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
    }
    case 'W': return anchor.day ? isoWeek(addDays(anchor.day, 7 * shift.offset)) : undefined;
    case 'D': return anchor.day ? formatDay(addDays(anchor.day, shift.offset)) : undefined;
    case 'H': case 'MIN': return anchor.day ? formatDay(anchor.day) : undefined;
    case 'DE': return anchor.year !== undefined ? String(Math.floor(anchor.year / 10) + shift.offset) : undefined;
    case 'CE': return anchor.year !== undefined ? pad(Math.floor(anchor.year / 100) + shift.offset) : undefined;
  }
}

type Resolution = Pick<Span, 'value' | 'relative' | 'inferred' | 'begin' | 'finish' | 'anchor' | 'invalid'>;

function calendarValue(match: TemporalMatch, anchor: Anchor | undefined): Resolution {
  const resolution: Resolution = {};
  let year = match.year;
  if (year === undefined) {
    if (anchor?.year === undefined) return resolution;
    year = anchor.year;
    resolution.inferred = true;
    resolution.anchor = anchor.value;
  }
  if (match.precision === 'season') return { ...resolution, value: `${pad(year, 4)}-${match.season ?? ''}` };
  if (match.precision === 'year') {
    if (match.endYear !== undefined) return { ...resolution, begin: pad(year, 4), finish: pad(match.endYear, 4), value: `${pad(year, 4)}/${pad(match.endYear, 4)}` };
    return { ...resolution, value: pad(year, 4) };
  }
  const month = match.month ?? 1;
  if (match.precision === 'month') return { ...resolution, value: `${pad(year, 4)}-${pad(month)}` };
  const day = match.day ?? 1;
  if (!validDay(year, month, day)) return { invalid: `${pad(year, 4)}-${pad(month)} has no day ${day}` };
  if (match.endDay !== undefined) {
    if (!validDay(year, month, match.endDay)) return { invalid: `${pad(year, 4)}-${pad(month)} has no day ${match.endDay}` };
    const begin = dayValue(year, month, day);
    const finish = dayValue(year, month, match.endDay);
    return { ...resolution, begin, finish, value: `${begin}/${finish}` };
  }
  return { ...resolution, value: dayValue(year, month, day) };
}

function timeValue(match: TemporalMatch, anchor: Anchor | undefined): Resolution {
  const clock = match.hour !== undefined ? `${pad(match.hour)}:${pad(match.minute ?? 0)}` : (match.dayPart ?? '');
  if (match.shift) {
    const day = anchor ? shiftedValue(match, anchor) : undefined;
    return day === undefined ? { relative: true } : { value: `${day}T${clock}`, relative: true, anchor: anchor?.value ?? '' };
  }
  if (anchor?.day) return { value: `${formatDay(anchor.day)}T${clock}`, inferred: true, anchor: anchor.value };
  return { value: `XXXX-XX-XXT${clock}` };
}

/** The TIMEX3 value of a match, resolved against the anchor where it needs one (never guessed without). */
export function resolveMatch(match: TemporalMatch, anchor: Anchor | undefined): Resolution {
  switch (match.kind) {
    case 'TIME': return timeValue(match, anchor);
    case 'SET': return match.setValue !== undefined ? { value: match.setValue } : {};
    case 'DURATION': {
      const unitDuration = match.duration;
      if (!unitDuration) return {};
      const value = durationValue(unitDuration.count, unitDuration.unit);
      if (unitDuration.endCount === undefined) return { value };
      return { value, begin: value, finish: durationValue(unitDuration.endCount, unitDuration.unit) };
    }
    case 'DATE': {
      if (match.reference !== undefined) return { value: match.reference, relative: true };
      if (match.decade !== undefined) return { value: String(match.decade) };
      if (match.century !== undefined) return { value: pad(match.century) };
      if (match.shift) {
        const value = anchor ? shiftedValue(match, anchor) : undefined;
        return value === undefined ? { relative: true } : { value, relative: true, anchor: anchor?.value ?? '' };
      }
      return calendarValue(match, anchor);
    }
  }
}
