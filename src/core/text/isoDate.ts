export type DatePrecision = 'day' | 'month' | 'year';

export type IsoDateCheck =
  | { ok: true; precision: DatePrecision }
  | { ok: false; reason: string };

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Checks an ISO 8601 calendar date of year, month or day precision, or an interval of two such
 * dates of one precision (`2024-03-12/2024-03-14`), and says what is wrong.
 */
export function checkIsoDate(value: string): IsoDateCheck {
  const slash = value.indexOf('/');
  if (slash !== -1) {
    const from = checkSingleDate(value.slice(0, slash));
    const to = checkSingleDate(value.slice(slash + 1));
    if (!from.ok) return from;
    if (!to.ok) return to;
    if (from.precision !== to.precision) return { ok: false, reason: 'both ends of an interval need the same precision' };
    if (value.slice(slash + 1) < value.slice(0, slash)) return { ok: false, reason: 'the interval ends before it starts' };
    return from;
  }
  return checkSingleDate(value);
}

function checkSingleDate(value: string): IsoDateCheck {
  const match = SHAPE.exec(value);
  if (!match) return { ok: false, reason: 'expected YYYY, YYYY-MM or YYYY-MM-DD' };
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (monthText === undefined) return { ok: true, precision: 'year' };
  const month = Number(monthText);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${month}` };
  if (dayText === undefined) return { ok: true, precision: 'month' };
  const day = Number(dayText);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return { ok: false, reason: `day ${day}; ${yearText}-${monthText} has ${last} days` };
  return { ok: true, precision: 'day' };
}

export function isoDate(year: number, month?: number, day?: number): string {
  const parts = [String(year).padStart(4, '0')];
  if (month !== undefined) parts.push(String(month).padStart(2, '0'));
  if (month !== undefined && day !== undefined) parts.push(String(day).padStart(2, '0'));
  return parts.join('-');
}
