import type { DatePrecision } from '../text/isoDate';

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
  /** DATE: the ISO 8601 value. */
  value?: string;
  precision?: DatePrecision;
  relative?: boolean;
  inferred?: boolean;
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
