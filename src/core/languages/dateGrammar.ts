// The vocabulary a language's date grammar is written in. The engine that reads it is tagging/dates/.

/** TIMEX3 `mod`: what the text says about the value (около → APPROX, в начале → START…). */
export type TemporalMod = 'APPROX' | 'START' | 'MID' | 'END' | 'BEFORE' | 'AFTER' | 'ON_OR_AFTER' | 'MORE_THAN' | 'LESS_THAN';

/** Granularities of durations and relative expressions, as TIMEX3 writes them in `P…`. */
export type TemporalUnit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'DE' | 'CE';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/**
 * What a word means to the temporal grammar. Each language lists its words with these meanings
 * (its resources, as HeidelTime keeps them); one engine (grammar.ts) reads every language.
 */
export type WordMeaning =
  | { type: 'number'; value: number; ordinal?: boolean }
  /** A unit of time; `plural` marks the forms that make a decade of a year (жылдары, годов, illər). */
  | { type: 'unit'; unit: TemporalUnit; plural?: boolean; genitive?: boolean }
  | { type: 'yearAbbreviation' }
  | { type: 'month'; month: number }
  | { type: 'weekday'; weekday: number }
  | { type: 'season'; season: Season }
  | { type: 'dayPart'; part: DayPart }
  /** кеше, вчера, dünən: a day counted from the anchor. */
  | { type: 'deicticDay'; offset: number; alone?: boolean }
  /** биыл, былтыр: a year counted from the anchor. */
  | { type: 'deicticYear'; offset: number; alone?: boolean }
  /** өткен, прошлый, keçən (−1); осы, этот, bu (0); келесі, следующий, gələn (+1): the next unit word is shifted. */
  | { type: 'shift'; offset: number }
  /** соңғы, последние, son: the last N units, a duration. */
  | { type: 'last' }
  /** бұрын, назад, əvvəl after a count of units: that long before the anchor. */
  | { type: 'ago' }
  /** кейін, спустя, sonra after a count of units; через before it. */
  | { type: 'later'; before?: boolean }
  /** сайын after a unit; каждый, hər before it. */
  | { type: 'every'; before?: boolean }
  /** ежегодно, күнделікті: a recurrence in one word. */
  | { type: 'setWord'; value: string }
  /** в начале (ru, before), басында (kk, after): a TIMEX3 mod; `inSpan` when annotators include the word. */
  | { type: 'mod'; mod: TemporalMod; before?: boolean; inSpan?: boolean }
  /** бойы, ішінде: words of a duration that the span includes. */
  | { type: 'durationWord' }
  /** сағат, saat: the clock word before an hour. */
  | { type: 'clockWord' }
  /** бірнеше, несколько: an unstated count. */
  | { type: 'several' }
  /** Новый год, Наурыз мейрамы: a day of the year; `needs` is a pattern the next word must match. */
  | { type: 'holiday'; month: number; day: number; needs?: string; then?: string }
  /** аралығында, arasında after «X бен Y»: the two make one range. */
  | { type: 'between' }
  /** бен, мен, ilə, və: joins the two ends of a range. */
  | { type: 'and' }
  /** A preposition kept inside relative phrases (в этом году, на прошлой неделе). */
  | { type: 'preposition' }
  /** Words that end an expression as not temporal (летию: an anniversary). */
  | { type: 'blocker' };

/** A word form as a regular expression over the whole lower-cased word, with its meaning. */
export type LexiconEntry = readonly [pattern: string, meaning: WordMeaning];

/** A language's date grammar, as its pack gives it (languages/<code>/dates.ts). */
export interface TemporalGrammar {
  lexicon: readonly LexiconEntry[];
  /** Suffixes after a year's digits that make it a year on its own: 2003-те, 2003-м, 2003-cü. */
  yearSuffix: RegExp;
  /** Suffixes after a day's digits with the month before it: мамырдың 5-і, yanvarın 5-i. */
  daySuffix: RegExp;
  /** Month words that stand alone only in these forms (kk: not the city Қазан; az: not may alone). */
  loneMonth: (word: string, previous: string | undefined) => boolean;
  /** Postpositions (kk, az) are inside the span as KazNERD draws it; Russian prepositions are outside. */
  postpositions: boolean;
  /** Whether «күні», «айында», «günü», «ayında» after a week day or month are inside the span. */
  unitWordAfterName: boolean;
  /** Whether a part of the day joins the day before it into one TIME (вчера вечером) or stands apart (бүгін | таңертең). */
  joinDayPart: boolean;
}
