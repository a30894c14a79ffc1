import type { DatePrecision } from '../../text/isoDate';

/** A date a locale parser found, before it becomes a span. Offsets are into the tagged text. */
export interface DateMatch {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** For ranges (12–14 марта, 2019-2021 жылдары): the last day or year. */
  endDay?: number;
  endYear?: number;
  precision: DatePrecision;
  /** Relative to the reference date: days (−1 = yesterday) or years (0 = this year). */
  relativeDays?: number;
  relativeYears?: number;
}

/** One locale's date grammar: month stems and the parsers over them. */
export interface DateLocale {
  parse(text: string): DateMatch[];
}
