import type { LexiconEntry } from './dateGrammar';

/**
 * Lexicon entries of a language's number words: each stem as a cardinal (exactly, or with
 * `cardinalEndings`) and as an ordinal (with `ordinalEndings`, which may carry case suffixes).
 */
export function numberEntries(stems: readonly (readonly [string, number])[], cardinalEndings: string, ordinalEndings: string): LexiconEntry[] {
  return stems.flatMap(([stem, value]): LexiconEntry[] => [
    [`${stem}${cardinalEndings}`, { type: 'number', value }],
    [`${stem}${ordinalEndings}`, { type: 'number', value, ordinal: true }],
  ]);
}
