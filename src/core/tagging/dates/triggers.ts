import { hasDottedCapitalI } from './lowerCase';
import type { LexiconEntry, WordMeaning } from './resources';

/**
 * Meanings every expression contains one of. Words that only lead into one (прошлом, каждый, two in
 * words, сағат) come at most BEFORE characters ahead of such a word, inside the region it opens.
 */
const ANCHORING = new Set<WordMeaning['type']>(['unit', 'month', 'weekday', 'season', 'dayPart', 'deicticDay', 'deicticYear', 'setWord', 'holiday']);
const SIMPLE_GROUP = /^(\p{L}+)\(\?:([\p{L}|]+)\)(\?)?$/u;
const WHOLE_WORD = /^\p{L}+$/u;

/** The words a pattern is (`ма(?:й|я|е)` → май, мая, мае), or else the literal start of the words it matches (`жыл${CASE}` → жыл). */
function literalStarts(pattern: string): { literal: string; whole: boolean }[] {
  if (WHOLE_WORD.test(pattern)) return [{ literal: pattern, whole: true }];
  const group = SIMPLE_GROUP.exec(pattern);
  if (group?.[1] !== undefined && group[2] !== undefined) {
    const stem = group[1];
    return [...(group[3] === '?' ? [stem] : []), ...group[2].split('|').map((ending) => stem + ending)].map((literal) => ({ literal, whole: true }));
  }
  const start = /^\p{L}+/u.exec(pattern)?.[0];
  return start === undefined ? [] : [{ literal: start, whole: false }];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

interface TrieNode { children: Map<string, TrieNode>; end: boolean }

/**
 * A set of words as one regular expression shaped like a trie (д(?:ек(?:абр…)|н(?:я|ей))): at each
 * character the engine follows one branch instead of trying every word in turn.
 */
function trieSource(words: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.children.get(character);
      if (!child) { child = { children: new Map(), end: false }; node.children.set(character, child); }
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([character, child]) => escape(character) + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] ?? '' : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}

/**
 * One scan for the places an expression can be: digits, and the words (or first letters) of every
 * anchoring word of the lexicon; roman numerals come before a century word, which is one. A plain alternation of literals, without Unicode mode, lets
 * the engine scan at full speed; word boundaries are checked on the characters around each hit.
 */
export function triggerPattern(entries: readonly LexiconEntry[], alternativesOf: (pattern: string) => string[], locale: string, letters: string): RegExp {
  const whole = new Set<string>();
  const starts = new Set<string>();
  for (const [patterns, meaning] of entries) {
    if (!ANCHORING.has(meaning.type) || (meaning.type === 'holiday' && meaning.needs !== undefined)) continue;
    for (const pattern of alternativesOf(patterns)) {
      for (const { literal, whole: isWhole } of literalStarts(pattern)) {
        const target = isWhole ? whole : starts;
        target.add(literal);
        // The i flag folds case, except Azerbaijani's dotted İ, which needs its own form.
        if (literal.startsWith('i') && hasDottedCapitalI(locale)) target.add(`İ${literal.slice(1)}`);
      }
    }
  }
  // A prefix of another trigger is enough: the longer one adds nothing to where a region starts.
  const prefixes = [...starts].filter((start) => ![...starts].some((other) => other !== start && start.startsWith(other)));
  const words = [...whole].filter((word) => !prefixes.some((prefix) => word.startsWith(prefix)));
  return new RegExp(`\\d+|${trieSource(words)}(?![${letters}])${prefixes.length === 0 ? '' : `|${trieSource(prefixes)}`}`, 'gi');
}
