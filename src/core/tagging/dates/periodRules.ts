import type { Found, Reader } from './grammar';
import { numberAt } from './numbers';
import { meaningOf } from './tokens';
import { durationValue } from './timex';

/** 3 жыл, 10 лет, iki il, 5 күн бойы, соңғы 10 жылда, последние 5 лет, 4 – 5 айдың ішінде, бірнеше жыл. */
export function duration(reader: Reader, i: number): Found | undefined {
  const last = meaningOf(reader.token(i), 'last') || meaningOf(reader.token(i), 'shift') ? 1 : 0;
  const bare = meaningOf(reader.token(i + last), 'unit');
  // тәулік бойы, күні бойы (all day long); соңғы жылдары (in recent years).
  if (bare && !reader.token(i + last)?.num && (last === 1 || meaningOf(reader.token(i + 1), 'durationWord'))) {
    if (last === 1 && !meaningOf(reader.token(i), 'last')) return undefined;
    let next = i + last + 1;
    while (meaningOf(reader.token(next), 'durationWord')) next++;
    return { next, match: { kind: 'DURATION', precision: 'duration', duration: { ...(last === 0 ? { count: 1 } : {}), unit: bare.unit } } };
  }
  const count = reader.count(i + last);
  if (!count) return undefined;
  const countToken = reader.token(i + last);
  const glued = countToken?.suffixMeanings.find((meaning) => meaning.type === 'unit');
  let unit = glued?.type === 'unit' ? glued : undefined;
  let next = count.next;
  if (!unit) {
    unit = meaningOf(reader.token(next), 'unit');
    if (!unit) return undefined;
    next++;
  }
  // 2024 жыл is a year, and 9999 году nothing: no news counts a thousand years and more this way.
  if (unit.unit === 'Y' && (count.count ?? 0) >= 1000) return undefined;
  if (unit.unit === 'CE' && glued) return undefined;
  if (unit.unit === 'Y' && unit.plural && count.count !== undefined && !last && countToken?.suffix !== undefined) return undefined;
  while (meaningOf(reader.token(next), 'durationWord')) next++;
  return {
    next,
    match: {
      kind: 'DURATION', precision: 'duration',
      duration: { ...(count.count !== undefined ? { count: count.count } : {}), ...(count.endCount !== undefined ? { endCount: count.endCount } : {}), unit: unit.unit },
    },
  };
}

/** күн сайын, жыл сайын, каждый год, hər il, ежегодно, күнделікті, каждую среду, hər çərşənbə. */
export function recurrence(reader: Reader, i: number): Found | undefined {
  const word = meaningOf(reader.token(i), 'setWord');
  if (word) return { next: i + 1, match: { kind: 'SET', precision: 'set', setValue: word.value } };
  const every = meaningOf(reader.token(i), 'every');
  if (every?.before) {
    const count = numberAt(reader.tokens, i + 1);
    const at = count && !count.ordinal ? count.next : i + 1;
    const unit = meaningOf(reader.token(at), 'unit');
    if (unit) return { next: at + 1, match: { kind: 'SET', precision: 'set', setValue: durationValue(count?.value ?? 1, unit.unit) } };
    const day = meaningOf(reader.token(at), 'weekday');
    if (day) {
      const dayWord = meaningOf(reader.token(at + 1), 'unit')?.unit === 'D' ? 1 : 0;
      return { next: at + 1 + dayWord, match: { kind: 'SET', precision: 'set', setValue: `XXXX-WXX-${day.weekday}` } };
    }
    return undefined;
  }
  const unit = meaningOf(reader.token(i), 'unit');
  const after = meaningOf(reader.token(i + 1), 'every');
  if (unit && after && !after.before) return { next: i + 2, match: { kind: 'SET', precision: 'set', setValue: durationValue(1, unit.unit) } };
  return undefined;
}

/** сағат 15:00-де, 15:00, таңғы сағат 5-те, в 10 утра, в 10 часов, saat 10:00-da, түнде, утром. */
export function timeOfDay(reader: Reader, i: number): Found | undefined {
  let at = i;
  let dayPart = meaningOf(reader.token(at), 'dayPart')?.part;
  if (dayPart) at++;
  const clockWord = meaningOf(reader.token(at), 'clockWord') !== undefined;
  if (clockWord) at++;
  const token = reader.token(at);
  if (token?.clock && !token.glued && token.clock.hour <= 24 && token.clock.minute < 60) {
    return { next: at + 1, match: { kind: 'TIME', precision: 'time', hour: token.clock.hour, minute: token.clock.minute, ...(dayPart ? { dayPart } : {}) } };
  }
  const spelled = clockWord && token?.num === undefined ? numberAt(reader.tokens, at) : undefined;
  if (spelled && !spelled.ordinal && spelled.value <= 24) {
    return { next: spelled.next, match: { kind: 'TIME', precision: 'time', hour: spelled.value, minute: 0, ...(dayPart ? { dayPart } : {}) } };
  }
  const hour = token?.num !== undefined && !token.glued && (token.digitCount ?? 3) <= 2 && token.num <= 24 ? token.num : undefined;
  if (hour !== undefined) {
    const byPreposition = meaningOf(reader.token(at - 1), 'preposition') !== undefined;
    let next = at + 1;
    const hourWord = meaningOf(reader.token(next), 'unit')?.unit === 'H';
    if (hourWord) next++;
    const partAfter = meaningOf(reader.token(next), 'dayPart')?.part;
    if (partAfter) { dayPart = partAfter; next++; }
    // After the clock word any case ending is the hour's (сағат 8-ден, saat 10-dan).
    const suffixed = token?.suffix !== undefined && (clockWord || reader.resources.daySuffix.test(token.suffix));
    if ((clockWord && (suffixed || token?.suffix === undefined)) || (byPreposition && (hourWord || partAfter)) || (partAfter && hourWord)) {
      const evening = dayPart === 'EV' || dayPart === 'NI' || dayPart === 'AF';
      const value = evening && hour < 12 && dayPart !== 'NI' ? hour + 12 : hour;
      return { next, match: { kind: 'TIME', precision: 'time', hour: value, minute: 0, ...(dayPart ? { dayPart } : {}) } };
    }
    return undefined;
  }
  if (dayPart && !clockWord) return { next: i + 1, match: { kind: 'TIME', precision: 'time', dayPart } };
  return undefined;
}

/** көктемде, весной 2024 года, 2024 жылдың көктемінде, yazda, payızda. */
export function season(reader: Reader, i: number): Found | undefined {
  const year = reader.year(i, true);
  const at = year && year.endYear === undefined ? year.next : i;
  const word = meaningOf(reader.token(at), 'season');
  if (!word) return undefined;
  if (year && year.endYear === undefined) return { next: at + 1, match: { kind: 'DATE', precision: 'season', season: word.season, year: year.year } };
  const after = reader.year(at + 1, true);
  if (after && after.endYear === undefined) return { next: after.next, match: { kind: 'DATE', precision: 'season', season: word.season, year: after.year } };
  // қыс бойы: all winter long.
  if (meaningOf(reader.token(at + 1), 'durationWord')) return { next: at + 2, match: { kind: 'DURATION', precision: 'duration', duration: { count: 1, unit: word.season } } };
  return { next: at + 1, match: { kind: 'DATE', precision: 'season', season: word.season } };
}

/** Новый год, Жаңа жыл, Наурыз мейрамы, Novruz bayramı: a day of the year, nearest to the anchor. */
export function holiday(reader: Reader, i: number): Found | undefined {
  const token = reader.token(i);
  for (const meaning of token?.meanings ?? []) {
    if (meaning.type !== 'holiday') continue;
    const next = reader.token(i + 1);
    if (meaning.needs !== undefined && (next === undefined || !new RegExp(`^(?:${meaning.needs})$`, 'u').test(next.lower))) continue;
    let end = meaning.needs !== undefined ? i + 2 : i + 1;
    if (meaning.then !== undefined && new RegExp(`^(?:${meaning.then})$`, 'u').test(reader.token(end)?.lower ?? '')) end++;
    const year = reader.year(end, true);
    return { next: year ? year.next : end, match: { kind: 'DATE', precision: 'day', month: meaning.month, day: meaning.day, ...(year ? { year: year.year } : { shift: { unit: 'Y', offset: 0 } }) } };
  }
  return undefined;
}
