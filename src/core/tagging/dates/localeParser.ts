import type { DatePrecision } from '../../text/isoDate';
import { longestFirst } from '../overlaps';
import { monthOf } from './monthLookup';
import { anchored, matchesAt, triggerPositions } from './scan';
import type { DateLocale, DateMatch } from './types';

/**
 * One date pattern of a locale. Its named groups say what it read: `year`, `day`, `endDay`,
 * `month` (a month word), `endYear`, and `relative` (a word looked up in `relativeYears`).
 */
export interface DatePattern {
  regex: RegExp;
  precision: DatePrecision;
  relativeYears?: Readonly<Record<string, number>>;
}

export interface DateLocaleSpec {
  locale: string;
  monthStems: readonly (readonly [string, number])[];
  /** Where a date can begin (a digit, a month word…): the patterns are tried only there. */
  trigger: RegExp;
  patterns: readonly DatePattern[];
  relative: (text: string) => DateMatch[];
}

function build(m: RegExpExecArray, pattern: DatePattern, spec: DateLocaleSpec): DateMatch | undefined {
  const groups = m.groups ?? {};
  const match: DateMatch = { start: m.index, end: m.index + m[0].length, precision: pattern.precision };
  if (groups.month !== undefined) {
    const month = monthOf(groups.month, spec.monthStems, spec.locale);
    if (month === undefined) return undefined;
    match.month = month;
  }
  if (groups.year !== undefined) match.year = Number(groups.year);
  if (groups.day !== undefined) match.day = Number(groups.day);
  if (groups.endDay !== undefined) match.endDay = Number(groups.endDay);
  if (groups.endYear !== undefined) match.endYear = Number(groups.endYear);
  if (groups.relative !== undefined) {
    const offset = pattern.relativeYears?.[groups.relative.toLocaleLowerCase(spec.locale)];
    if (offset === undefined) return undefined;
    match.relativeYears = offset;
  }
  return match;
}

/** A locale's date parser: one trigger scan, its patterns anchored at the triggers, its relative words. */
export function createDateLocale(spec: DateLocaleSpec): DateLocale {
  const patterns = spec.patterns.map((pattern) => ({ ...pattern, regex: anchored(pattern.regex) }));
  return {
    parse(text) {
      const positions = triggerPositions(text, spec.trigger);
      const matches: DateMatch[] = [];
      for (const pattern of patterns) {
        for (const m of matchesAt(text, pattern.regex, positions)) {
          const match = build(m, pattern, spec);
          if (match) matches.push(match);
        }
      }
      matches.push(...spec.relative(text));
      return longestFirst(matches);
    },
  };
}

/** Word boundaries that understand every script (`\b` only knows ASCII). */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;
