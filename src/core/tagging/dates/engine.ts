import { century, dayMonthYear, decade, yearMonthDay, yearOnly } from './calendarRules';
import { type Found, longest, Reader } from './grammar';
import { alternatives, Lexicon } from './lexicon';
import { triggerPattern } from './triggers';
import { duration, holiday, recurrence, season, timeOfDay } from './periodRules';
import { agoOrLater, deicticDay, monthOfShiftedYear, shifted, unitEdge, weekday } from './relativeRules';
import type { TemporalResources, WordMeaning } from './resources';
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
  // с 12 марта по 14 апреля 2024 года: the year written once belongs to both ends.
  if (previous.year === undefined && match.year !== undefined && previous.month !== undefined) previous.year = match.year;
  previous.rangeEnd = match;
  delete previous.mod;
  return previous;
}

/** How many words before its anchoring word an expression may begin (в начале прошлого года, две тысячи двадцатом году). */
const WORDS_BEFORE = 6;
/** How far after its anchoring word an expression may go on (года, назад, бойы, лишения…). */
const AFTER = 16;
const STRETCH = 40;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;
}

/** What may follow a number written in digits inside an expression (года, марта, утра, г., назад, –). */
const AFTER_NUMBER = new Set<WordMeaning['type']>(['unit', 'month', 'dayPart', 'yearAbbreviation', 'ago', 'later', 'mod', 'durationWord', 'every']);

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Whether a number (ending at `end`) can be part of an expression by what follows it: a glued
 * suffix or separator (2003-м, 15:00, 27.02), or a next word that means something (года, марта).
 * Most numbers in news are counts (42 человека) and need no tokens at all.
 */
function numberLeadsOn(text: string, end: number, means: (word: string) => boolean): boolean {
  const following = text.charCodeAt(end);
  if (end >= text.length || !isSpace(following)) return true;
  let start = end;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  let stop = start;
  while (stop < text.length && stop < start + STRETCH && isWordCode(text.charCodeAt(stop))) stop++;
  if (stop === start) return true;
  return isDigit(text.charCodeAt(start)) || means(text.slice(start, stop));
}

/**
 * Where an expression anchored at `at` may begin: back over the words before it as long as each
 * means something to the grammar (a number, a preposition, прошлом, начале) or is a digit or dash.
 */
function startBefore(text: string, at: number, means: (word: string) => boolean): number {
  let from = at;
  for (let words = 0; words < WORDS_BEFORE; words++) {
    let end = from;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === from || end === 0) break;
    let start = end;
    while (start > 0 && start > end - STRETCH && !isSpace(text.charCodeAt(start - 1))) start--;
    const word = text.slice(start, end).replace(/[,.;:!?«»"()]+$/u, '');
    if (word === '' || !(/\d|^[–—-]$|^[IVXХ]+$/u.test(word) || means(word))) break;
    from = start;
  }
  return from;
}

/**
 * The stretches of text around the words every expression contains one of, merged, with their
 * ends at spaces so that no word is cut: only these are tokenised, not the whole text.
 */
function regionsAround(text: string, trigger: RegExp, means: (word: string) => boolean, followsNumber: (word: string) => boolean): [number, number][] {
  const regions: [number, number][] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(text); m !== null; m = trigger.exec(text)) {
    const at = m.index;
    if (at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
    const last = regions.at(-1);
    if (last && at + AFTER <= last[1]) continue;
    const from = last && at <= last[1] ? last[0] : startBefore(text, at, means);
    if (from === at && isDigit(text.charCodeAt(at)) && !numberLeadsOn(text, at + m[0].length, followsNumber)) continue;
    let to = Math.min(text.length, at + AFTER);
    for (const limit = to + STRETCH; to < text.length && to < limit && !isSpace(text.charCodeAt(to));) to++;
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else regions.push([from, to]);
  }
  return regions;
}

/** One language's temporal parser: its lexicon compiled once, the shared rules over the tokens near each trigger. */
export function createTemporalParser(resources: TemporalResources): (text: string) => TemporalMatch[] {
  const lexicon = new Lexicon(resources.lexicon);
  const trigger = triggerPattern(resources.lexicon, alternatives, resources.locale, resources.wordLetters);
  const means = (word: string): boolean => lexicon.meanings(lexicon.lower(word, resources.locale)).length > 0;
  const followsNumber = (word: string): boolean => lexicon.meanings(lexicon.lower(word, resources.locale)).some((meaning) => AFTER_NUMBER.has(meaning.type));
  return (text) => {
    const matches: TemporalMatch[] = [];
    for (const [from, to] of regionsAround(text, trigger, means, followsNumber)) parseRegion(tokenize(text, lexicon, resources.locale, from, to), resources, text, matches);
    return matches;
  };
}

function parseRegion(tokens: readonly TimeToken[], resources: TemporalResources, text: string, matches: TemporalMatch[]): void {
  const reader = new Reader(tokens, resources);
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
}
