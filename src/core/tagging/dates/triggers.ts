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
const byLength = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : 1);

/**
 * One scan for the places an expression can be: digits, and the words (or first letters) of every
 * anchoring word of the lexicon; roman numerals come before a century word, which is one. A plain alternation of literals, without Unicode mode, lets
 * the engine scan at full speed; word boundaries are checked on the characters around each hit.
 */
export function triggerPattern(entries: readonly LexiconEntry[], alternativesOf: (pattern: string) => string[], locale: string): RegExp {
  const whole = new Set<string>();
  const starts = new Set<string>();
  for (const [patterns, meaning] of entries) {
    if (!ANCHORING.has(meaning.type) || (meaning.type === 'holiday' && meaning.needs !== undefined)) continue;
    for (const pattern of alternativesOf(patterns)) {
      for (const { literal, whole: isWhole } of literalStarts(pattern)) {
        const target = isWhole ? whole : starts;
        target.add(literal);
        // The i flag folds case, except Azerbaijani's dotted İ, which needs its own form.
        if (literal.startsWith('i') && locale === 'az') target.add(`İ${literal.slice(1)}`);
      }
    }
  }
  const letters = 'a-zа-яёәғқңөұүһіçəğıöşü';
  const words = [...whole].sort(byLength).map(escape).join('|');
  const prefixes = [...starts].sort(byLength).map(escape).join('|');
  return new RegExp(`\\d+|(?:${words})(?![${letters}])${prefixes === '' ? '' : `|${prefixes}`}`, 'gi');
}
