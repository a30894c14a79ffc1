import { numberAt } from './numbers';
import type { TemporalResources } from './resources';
import { meaningOf, type TimeToken } from './tokens';
import type { TemporalMatch } from './types';

/** A rule's reading: the match without offsets, and the token index after it. */
export interface Found { next: number; match: Omit<TemporalMatch, 'start' | 'end'> }

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

/** The tokens and the language's resources, with the readings every rule shares. */
export class Reader {
  constructor(readonly tokens: readonly TimeToken[], readonly resources: TemporalResources) {}

  token(i: number): TimeToken | undefined {
    return this.tokens[i];
  }

  /** A year (1000–2100) in digits or words, with the year word or suffix that marks it, and a range. */
  year(i: number, requireMark: boolean): { year: number; endYear?: number; next: number; plural: boolean; marked: boolean } | undefined {
    const read = numberAt(this.tokens, i);
    if (!read || read.value < MIN_YEAR || read.value > MAX_YEAR || (read.digits && read.token.digitCount !== 4)) return undefined;
    let next = read.next;
    let endYear: number | undefined;
    let last = read;
    if (read.digits && read.token.suffix === undefined && this.tokens[next]?.dash) {
      const end = numberAt(this.tokens, next + 1);
      if (end?.digits && end.token.digitCount === 4 && end.value > read.value && end.value <= MAX_YEAR) {
        endYear = end.value;
        next = end.next;
        last = end;
      }
    }
    const suffix = last.digits ? last.token.suffix : undefined;
    let marked = false;
    let plural = false;
    if (suffix !== undefined) {
      const unit = last.token.suffixMeanings.find((meaning) => meaning.type === 'unit');
      if (unit?.type === 'unit' && unit.unit === 'Y') { marked = true; plural = unit.plural === true; }
      else if (this.resources.yearSuffix.test(suffix)) marked = true;
      else return undefined;
    }
    const word = meaningOf(this.tokens[next], 'unit');
    if (word?.unit === 'Y' && !(marked && suffix !== undefined && last.token.suffixMeanings.length > 0)) {
      marked = true;
      plural = word.plural === true;
      next++;
    } else if (meaningOf(this.tokens[next], 'yearAbbreviation')) {
      marked = true;
      next++;
      if (this.tokens[next]?.dot && this.tokens[next]?.start === this.tokens[next - 1]?.end) next++;
    }
    if (!marked && (requireMark || !read.digits)) return undefined;
    if (endYear !== undefined && !marked) return undefined;
    return { year: read.value, ...(endYear !== undefined ? { endYear } : {}), next, plural, marked };
  }

  /** A day of the month (1–31) in digits or an ordinal in words, and a range of days (12–14, с 12 по 14). */
  day(i: number): { day: number; endDay?: number; next: number } | undefined {
    const read = numberAt(this.tokens, i);
    if (!read || read.value < 1 || read.value > 31 || (read.digits && (read.token.digitCount ?? 3) > 2)) return undefined;
    if (!read.digits && !read.ordinal) return undefined;
    if (read.digits && read.token.suffix !== undefined && !this.resources.daySuffix.test(read.token.suffix)) return undefined;
    const joiner = this.tokens[read.next];
    const byWord = joiner !== undefined && meaningOf(joiner, 'mod')?.mod === 'BEFORE' && joiner.lower.length <= 2;
    if (joiner?.dash || byWord) {
      const end = numberAt(this.tokens, read.next + 1);
      if (end?.digits && end.value > read.value && end.value <= 31 && end.token.suffix === undefined) return { day: read.value, endDay: end.value, next: end.next };
    }
    return { day: read.value, next: read.next };
  }

  month(i: number): number | undefined {
    return meaningOf(this.tokens[i], 'month')?.month;
  }

  /** A count of units: digits, words, or «several» (бірнеше, несколько, bir neçə), and a range (4–5). */
  count(i: number): { count?: number; endCount?: number; next: number } | undefined {
    if (meaningOf(this.tokens[i], 'several')) {
      const next = meaningOf(this.tokens[i + 1], 'several') ? i + 2 : i + 1;
      return { next };
    }
    const read = numberAt(this.tokens, i);
    if (read?.value === 1 && meaningOf(this.tokens[read.next], 'several')) return { next: read.next + 1 };
    if (!read || read.ordinal || (read.digits && read.token.suffix !== undefined && read.token.suffixMeanings.length === 0)) return undefined;
    if (read.digits && (read.token.digitCount ?? 9) > 4) return undefined;
    if (this.tokens[read.next]?.dash) {
      const end = numberAt(this.tokens, read.next + 1);
      if (end && end.value > read.value && !end.ordinal) return { count: read.value, endCount: end.value, next: end.next };
    }
    return { count: read.value, next: read.next };
  }
}

/** The longest reading at `i` among `rules` (the first on ties). */
export function longest(reader: Reader, i: number, rules: readonly ((reader: Reader, i: number) => Found | undefined)[]): Found | undefined {
  let best: Found | undefined;
  for (const rule of rules) {
    const found = rule(reader, i);
    if (found && (!best || found.next > best.next)) best = found;
  }
  return best;
}
