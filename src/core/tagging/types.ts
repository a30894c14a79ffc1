import type { SpanKind } from '../kinds';
import type { LanguageCode } from '../languages/registry';
import type { ScriptCode } from '../languages/pack';
import type { TemporalKind, TemporalMod, TemporalPrecision } from './dates/timex';

export type { SpanKind } from '../kinds';
export type { LanguageCode } from '../languages/registry';
export type { ScriptCode } from '../languages/pack';

/** What proposed a span. */
export type SpanSource = 'model' | 'rule' | 'gazetteer' | 'curator' | 'memory';

/**
 * How a mention was linked: one of the entity's names as written (`exact`), an inflected form
 * of one (`inflection`), a spelling of it in another script or language (`transliteration`), a
 * surname after the full name earlier in the article (`surname-in-context`), a name shared by
 * several entities of which one is named elsewhere in the article (`context`), a body's name
 * alone that several countries' bodies share, settled by a country beside it or by the article's
 * own place (`country-in-context`: `МВД` after `В Казахстане`), an id a
 * workspace gazetteer gives (`gazetteer`), a name the knowledge base lacks, one entity of the
 * corpus's own (`local`), or a curator's merge or split in .corpus/entities.yaml (`curator`).
 */
export type LinkReason = 'exact' | 'inflection' | 'transliteration' | 'surname-in-context' | 'context' | 'country-in-context' | 'gazetteer' | 'local' | 'curator';

/** A tagged span; offsets are UTF-16 code units into the text given to the tagger. */
export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  text: string;
  canonical?: string;
  wikidata?: string;
  /** The entity the span names: a Wikidata id, a knowledge-base id (`iso:…`, `kb:…`) or a corpus-local one (`local:…`). */
  entityId?: string;
  /** Why the span was linked to `entityId`. */
  linkReason?: LinkReason;
  /** What proposed the span: the trained model, a rule (date grammar, name shape), a gazetteer, a curator's decision, or the curator's memory (a name the curator kept elsewhere, proposed again). */
  source?: SpanSource;
  /** How sure the proposing source is, from 0 to 1 (the model's probability; rules and gazetteers give none). */
  confidence?: number;
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
  /** The article's id, for the curator's entity decisions that name articles (.corpus/entities.yaml). */
  article?: string;
  /** Ranges of the text whose spans a tagger leaves out (an article's boilerplate); UTF-16 offsets into the text. */
  exclude?: readonly { start: number; end: number }[];
}

export interface TagResult {
  /** `und` when the text is not (recognisably) in a registered language. */
  lang: LanguageCode | 'und';
  script: ScriptCode | 'Zyyy';
  spans: Span[];
}

export type Tagger = (text: string, options?: TagOptions) => TagResult;
