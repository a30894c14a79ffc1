import type { LexiconEntry, WordMeaning } from './resources';
import { lowerCase } from './lowerCase';

/** The top-level alternatives of a pattern (`кейін|соң` → both), each bucketed by its own letters. */
export function alternatives(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const character = pattern[i];
    if (character === '\\') i++;
    else if (character === '(') depth++;
    else if (character === ')') depth--;
    else if (character === '|' && depth === 0) { parts.push(pattern.slice(from, i)); from = i + 1; }
  }
  parts.push(pattern.slice(from));
  return parts;
}

interface Compiled { regex: RegExp; meaning: WordMeaning }

/**
 * A language's lexicon compiled for lookup: entries are bucketed by their first two letters (every
 * pattern starts with two literal letters), so a word is tested only against the few that can match.
 */
export class Lexicon {
  private readonly buckets = new Map<string, Compiled[]>();
  private readonly cache = new Map<string, readonly WordMeaning[]>();
  private readonly lowered = new Map<string, string>();

  constructor(entries: readonly LexiconEntry[]) {
    for (const [patterns, meaning] of entries) for (const pattern of alternatives(patterns)) {
      const key = pattern.slice(0, 2);
      if (!/^\p{L}{1,2}$/u.test(key) || (key.length === 1 && pattern.length > 1)) throw new Error(`lexicon pattern '${pattern}' must start with two letters`);
      const bucket = this.buckets.get(key) ?? [];
      bucket.push({ regex: new RegExp(`^(?:${pattern})$`, 'u'), meaning });
      this.buckets.set(key, bucket);
    }
  }

  /** A word lower-cased as `locale` has it, remembered: news repeats its words. */
  lower(word: string, locale: string): string {
    let lower = this.lowered.get(word);
    if (lower === undefined) {
      lower = lowerCase(word, locale);
      if (this.lowered.size > 50_000) this.lowered.clear();
      this.lowered.set(word, lower);
    }
    return lower;
  }

  /** Every meaning of a lower-cased word (empty for most words). */
  meanings(lowerWord: string): readonly WordMeaning[] {
    const cached = this.cache.get(lowerWord);
    if (cached) return cached;
    const bucket = this.buckets.get(lowerWord.slice(0, 2));
    const found = bucket ? bucket.filter(({ regex }) => regex.test(lowerWord)).map(({ meaning }) => meaning) : [];
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(lowerWord, found);
    return found;
  }
}
