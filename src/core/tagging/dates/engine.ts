import { century, dayMonthYear, decade, yearMonthDay, yearOnly } from './calendarRules';
import { type Found, longest, Reader } from './grammar';
import { Lexicon } from './lexicon';
import { duration, holiday, recurrence, season, timeOfDay } from './periodRules';
import { agoOrLater, deicticDay, monthOfShiftedYear, shifted, unitEdge, weekday } from './relativeRules';
import type { TemporalResources } from './resources';
import { meaningOf, tokenize, type TimeToken } from './tokens';
import type { TemporalMatch } from './types';

const RULES: readonly ((reader: Reader, i: number) => Found | undefined)[] = [
  dayMonthYear, yearMonthDay, decade, century, yearOnly, season, holiday,
  deicticDay, shifted, monthOfShiftedYear, weekday, agoOrLater, unitEdge, timeOfDay, recurrence, duration,
];

function mayStart(token: TimeToken): boolean {
  if (token.glued && token.meanings.length === 0) return false;
  return token.meanings.length > 0 || token.num !== undefined || token.clock !== undefined || token.roman !== undefined;
}

/** Words before the expression that set its mod (в начале, около, до, после); Russian leaves them outside the span. */
function modBefore(tokens: readonly TimeToken[], i: number): TemporalMatch['mod'] {
  for (const back of [1, 2]) {
    const mod = meaningOf(tokens[i - back], 'mod');
    if (mod?.before) return mod.mod;
    if (back === 1 && !meaningOf(tokens[i - 1], 'preposition')) break;
  }
  return undefined;
}

/**
 * Joins a match to the one before it when the text between makes them one expression: a hyphen
 * (күндіз-түні, бүгін-ертең), or «X бен Y аралығында», «с X по Y» (a range). Returns the joined match.
 */
function joinRange(matches: TemporalMatch[], match: TemporalMatch, connector: TimeToken | undefined, following: TimeToken | undefined, text: string): TemporalMatch | undefined {
  const previous = matches.at(-1);
  if (!previous) return undefined;
  const between = text.slice(previous.end, match.start);
  if (/^[-‑]$/u.test(between)) {
    previous.end = match.end;
    return previous;
  }
  if (connector === undefined || text.slice(previous.end, connector.start).trim() !== '' || text.slice(connector.end, match.start).trim() !== '') return undefined;
  const isAnd = meaningOf(connector, 'and') !== undefined && meaningOf(following, 'between') !== undefined && previous.kind === 'DATE' && match.kind === 'DATE';
  const isUntil = meaningOf(connector, 'mod')?.mod === 'BEFORE' && previous.mod === 'ON_OR_AFTER';
  if (!isAnd && !isUntil) return undefined;
  previous.end = match.end;
  previous.rangeEnd = match;
  delete previous.mod;
  return previous;
}

/** One language's temporal parser: its lexicon compiled once, the shared rules over its tokens. */
export function createTemporalParser(resources: TemporalResources): (text: string) => TemporalMatch[] {
  const lexicon = new Lexicon(resources.lexicon);
  return (text) => {
    const tokens = tokenize(text, lexicon, resources.locale);
    const reader = new Reader(tokens, resources);
    const matches: TemporalMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const token = tokens[i] as TimeToken;
      const found = mayStart(token) ? longest(reader, i, RULES) : undefined;
      if (!found) { i++; continue; }
      let next = found.next;
      if (meaningOf(tokens[next], 'blocker')) { i = next + 1; continue; }
      const match: TemporalMatch = { ...found.match, start: token.start, end: (tokens[next - 1] as TimeToken).end };
      const before = modBefore(tokens, i);
      if (before) match.mod = before;
      for (let after = meaningOf(tokens[next], 'mod'); after && !after.before; after = meaningOf(tokens[next], 'mod')) {
        match.mod = after.mod;
        if (!resources.postpositions || !after.inSpan) break;
        next++;
        match.end = (tokens[next - 1] as TimeToken).end;
      }
      const joined = joinRange(matches, match, tokens[i - 1], tokens[next], text);
      if (joined) {
        if (meaningOf(tokens[next], 'between') && resources.postpositions) { next++; joined.end = (tokens[next - 1] as TimeToken).end; }
        i = next;
        continue;
      }
      matches.push(match);
      i = next;
    }
    return matches;
  };
}
