import type { TemporalKind, TemporalMod, TemporalPrecision } from './dates/timex';

export type LanguageCode = 'kk' | 'ru' | 'az';
export type ScriptCode = 'Cyrl' | 'Latn';
export type SpanKind = 'PER' | 'ORG' | 'LOC' | 'EVENT' | 'DATE';

/** A tagged span; offsets are UTF-16 code units into the text given to the tagger. */
export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  text: string;
  canonical?: string;
  wikidata?: string;
  /** DATE: the TIMEX3 value (ISO 8601 dates and times, `199` a decade, `P3Y` a duration…). */
  value?: string;
  precision?: TemporalPrecision;
  relative?: boolean;
  inferred?: boolean;
  /** DATE spans: which TIMEX3 type the expression is (DATE, TIME, DURATION or SET). */
  timex?: TemporalKind;
  mod?: TemporalMod;
  /** A range (`2019–2021`, `с 12 по 14 марта`): its first and last values. */
  begin?: string;
  finish?: string;
  /** The anchor a relative or partial expression was resolved against. */
  anchor?: string;
  /** Why a calendar-impossible expression (`31 февраля`) has no value. */
  invalid?: string;
}

export interface TagOptions {
  lang?: LanguageCode;
  /** ISO date the relative expressions of the text are resolved against (the publication date). */
  referenceDate?: string;
}

export interface TagResult {
  /** `und` when the text is not (recognisably) Kazakh, Russian or Azerbaijani. */
  lang: LanguageCode | 'und';
  script: ScriptCode | 'Zyyy';
  spans: Span[];
}

export type Tagger = (text: string, options?: TagOptions) => TagResult;
