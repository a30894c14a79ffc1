import type { DayPart, Season, TemporalKind, TemporalMod, TemporalPrecision, TemporalUnit } from './timex';

/**
 * What the grammar read in an expression, before the anchor resolves it. Offsets are UTF-16 code
 * units into the tagged text.
 */
export interface TemporalMatch {
  start: number;
  end: number;
  kind: TemporalKind;
  precision: TemporalPrecision;
  year?: number;
  month?: number;
  day?: number;
  /** For ranges (12–14 марта, 2019-2021 жылдары, с 12 по 14 марта): the last day, month or year. */
  endDay?: number;
  endMonth?: number;
  endYear?: number;
  /** `199` for the 1990s; `18` for the XIX century. */
  decade?: number;
  century?: number;
  season?: Season;
  weekday?: number;
  /** Counted from the anchor: `unit` steps of `offset` (кеше: D −1; в прошлом году: Y −1). */
  shift?: { unit: TemporalUnit; offset: number };
  hour?: number;
  minute?: number;
  dayPart?: DayPart;
  duration?: { count?: number; endCount?: number; unit: TemporalUnit | Season };
  /** «X бен Y аралығында», «с 12 марта по 14 апреля»: the range's last end, read by the same rules. */
  rangeEnd?: TemporalMatch;
  setValue?: string;
  mod?: TemporalMod;
  /** бірнеше жыл бұрын, несколько лет назад: some time before or after the anchor. */
  reference?: 'PAST_REF' | 'FUTURE_REF';
}
