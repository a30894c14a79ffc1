import type { TemporalGrammar } from '../../languages/dateGrammar';

export type { LexiconEntry, TemporalGrammar, WordMeaning } from '../../languages/dateGrammar';

/** A date grammar ready for the engine: its language's code, and the letters of every registered language (where a word ends). */
export interface TemporalResources extends TemporalGrammar {
  locale: string;
  /** Lower-case letters as the body of a regular-expression character class (`a-zа-яё…`). */
  wordLetters: string;
}
