import type { Found, Reader } from './grammar';
import { meaningOf } from './tokens';

/** A preposition that Russian keeps inside relative phrases (в этом году, на прошлой неделе). */
function afterPreposition(reader: Reader, i: number): number {
  return meaningOf(reader.token(i), 'preposition') ? i + 1 : i;
}

/** кеше, бүгін, вчера, позавчера, dünən; and a part of the day after it (вчера вечером, кеше түнде). */
export function deicticDay(reader: Reader, i: number): Found | undefined {
  const word = meaningOf(reader.token(i), 'deicticDay');
  if (!word) return undefined;
  // «накануне выборов» is a preposition (on the eve of); alone, накануне is the day before.
  const following = reader.token(i + 1);
  if (word.alone && following !== undefined && (following.meanings.length > 0 || /^\p{L}/u.test(following.text) || following.num !== undefined)) return undefined;
  const part = reader.resources.joinDayPart ? meaningOf(reader.token(i + 1), 'dayPart') : undefined;
  // бүгінгі күні, бүгінгі таңда: the day word belongs to the expression.
  if (meaningOf(reader.token(i + 1), 'unit')?.unit === 'D' && reader.token(i + 1)?.num === undefined) return { next: i + 2, match: { kind: 'DATE', precision: 'day', shift: { unit: 'D', offset: word.offset } } };
  if (part) return { next: i + 2, match: { kind: 'TIME', precision: 'time', shift: { unit: 'D', offset: word.offset }, dayPart: part.part } };
  return { next: i + 1, match: { kind: 'DATE', precision: 'day', shift: { unit: 'D', offset: word.offset } } };
}

/**
 * A shifted unit, week day or month: в прошлом году, на прошлой неделе, в прошлую среду, өткен
 * аптада, keçən ay, ötən həftə, bu gün, биыл, былтыр, биылғы маусымда, cari ilin may ayında.
 */
export function shifted(reader: Reader, i: number): Found | undefined {
  const at = afterPreposition(reader, i);
  const year = meaningOf(reader.token(at), 'deicticYear');
  let next: number;
  let match: Found['match'];
  if (year?.alone) return { next: at + 1, match: { kind: 'DATE', precision: 'year', shift: { unit: 'Y', offset: year.offset } } };
  if (year) {
    next = meaningOf(reader.token(at + 1), 'unit')?.unit === 'Y' ? at + 2 : at + 1;
    match = { kind: 'DATE', precision: 'year', shift: { unit: 'Y', offset: year.offset } };
  } else {
    const shift = meaningOf(reader.token(at), 'shift');
    if (!shift) return undefined;
    const target = reader.token(at + 1);
    const unit = meaningOf(target, 'unit');
    const weekday = meaningOf(target, 'weekday');
    if (weekday) {
      const dayWord = reader.resources.unitWordAfterName && meaningOf(reader.token(at + 2), 'unit')?.unit === 'D' ? 1 : 0;
      return { next: at + 2 + dayWord, match: { kind: 'DATE', precision: 'day', weekday: weekday.weekday, shift: { unit: 'W', offset: shift.offset } } };
    }
    const seasonWord = meaningOf(target, 'season');
    if (seasonWord) return { next: at + 2, match: { kind: 'DATE', precision: 'season', season: seasonWord.season, shift: { unit: 'Y', offset: shift.offset } } };
    if (!unit || unit.unit === 'H' || unit.unit === 'MIN') return undefined;
    next = at + 2;
    const precision = unit.unit === 'Y' ? 'year' : unit.unit === 'M' ? 'month' : unit.unit === 'W' ? 'week' : unit.unit === 'D' ? 'day' : unit.unit === 'DE' ? 'decade' : 'century';
    match = { kind: 'DATE', precision, shift: { unit: unit.unit, offset: shift.offset } };
  }
  if (match.shift?.unit === 'Y') {
    const seasonWord = meaningOf(reader.token(next), 'season');
    if (seasonWord) return { next: next + 1, match: { ...match, precision: 'season', season: seasonWord.season } };
    const month = reader.month(next);
    if (month !== undefined) {
      next = next + 1;
      if (meaningOf(reader.token(next), 'unit')?.unit === 'M') next++;
      match = { ...match, precision: 'month', month };
    }
  }
  return { next, match };
}

/** в мае этого года, мамырдың басында…: a month followed by a shifted year. */
export function monthOfShiftedYear(reader: Reader, i: number): Found | undefined {
  const month = reader.month(i);
  if (month === undefined) return undefined;
  const year = shifted(reader, i + 1);
  if (!year || year.match.precision !== 'year') return undefined;
  return { next: year.next, match: { ...year.match, precision: 'month', month } };
}

/** сәрсенбіде, в среду, çərşənbə günü: the week day nearest before the anchor. */
export function weekday(reader: Reader, i: number): Found | undefined {
  const word = meaningOf(reader.token(i), 'weekday');
  if (!word) return undefined;
  const dayWord = reader.resources.unitWordAfterName && meaningOf(reader.token(i + 1), 'unit')?.unit === 'D' ? 1 : 0;
  return { next: i + 1 + dayWord, match: { kind: 'DATE', precision: 'day', weekday: word.weekday, shift: { unit: 'W', offset: 0 } } };
}

/** 2 жыл бұрын, 3 года назад, iki il əvvəl, год назад, 2 жылдан кейін, через 2 года. */
export function agoOrLater(reader: Reader, i: number): Found | undefined {
  const through = meaningOf(reader.token(i), 'later');
  const start = through?.before ? i + 1 : i;
  const count = reader.count(start);
  const unitAt = count ? count.next : start;
  const unit = meaningOf(reader.token(unitAt), 'unit');
  if (!unit) return undefined;
  const several = count !== undefined && count.count === undefined;
  const amount = count?.count ?? 1;
  if (through?.before) {
    if (several) return { next: unitAt + 1, match: { kind: 'DATE', precision: precisionOf(unit.unit), reference: 'FUTURE_REF' } };
    return { next: unitAt + 1, match: { kind: 'DATE', precision: precisionOf(unit.unit), shift: { unit: unit.unit, offset: amount } } };
  }
  let next = unitAt + 1;
  let direction = 0;
  while (meaningOf(reader.token(next), 'ago')) { direction = -1; next++; }
  const later = meaningOf(reader.token(next), 'later');
  if (direction === 0 && later && !later.before) { direction = 1; next++; }
  if (direction === 0) return undefined;
  if (several) return { next, match: { kind: 'DATE', precision: precisionOf(unit.unit), reference: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
  return { next, match: { kind: 'DATE', precision: precisionOf(unit.unit), shift: { unit: unit.unit, offset: direction * amount } } };
}

export function precisionOf(unit: string): Found['match']['precision'] {
  switch (unit) {
    case 'Y': return 'year';
    case 'M': return 'month';
    case 'W': return 'week';
    case 'DE': return 'decade';
    case 'CE': return 'century';
    case 'H': case 'MIN': return 'time';
    default: return 'day';
  }
}

/** жыл басынан, жыл соңына дейін, жылдың аяғына дейін: the start or end of the current unit. */
export function unitEdge(reader: Reader, i: number): Found | undefined {
  const unit = meaningOf(reader.token(i), 'unit');
  const edge = meaningOf(reader.token(i + 1), 'mod');
  if (!unit || !edge?.inSpan || !['START', 'END', 'MID'].includes(edge.mod) || !['Y', 'M', 'W'].includes(unit.unit)) return undefined;
  return { next: i + 2, match: { kind: 'DATE', precision: precisionOf(unit.unit), shift: { unit: unit.unit, offset: 0 }, mod: edge.mod } };
}
