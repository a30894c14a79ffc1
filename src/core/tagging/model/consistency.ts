import { candidateKeys } from '../morphology';
import { mergeInTextOrder } from '../overlaps';
import { isAt, isSpace, LOWER, SPACE, unitsAt, UPPER } from '../../text/characters';
import type { Token } from '../../text/tokenize';
import { personBaseName } from '../entities/personName';
import { dictionaryReading } from './lexicon';
import { qualifiesNoun } from './modelSource';
import type { LanguageCode, Span } from '../types';

const MIN_SURNAME = 3;

/** Where the last white space of a text is (-1: none); white space is a single UTF-16 unit. */
function lastSpaceIn(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (isAt(text, i, SPACE)) return i;
  return -1;
}

/** A capital then a small letter (/^\p{Lu}\p{Ll}/u): a name's word, not an acronym. */
function isCapitalised(word: string): boolean {
  return isAt(word, 0, UPPER) && isAt(word, unitsAt(word, 0), LOWER);
}

/**
 * One article, one reading of a name: a capitalised word that is not tagged but is, in some
 * inflected form, the surname of a person tagged by full name in the same text (Трамп after
 * Дональд Трамп), or a one-word name tagged elsewhere in it, gets the same kind; the surname with
 * that person's given name right before it, untagged, is the full name again. Spans and tokens in
 * text order; linear in their number.
 */
export function tagRepeatedNames(text: string, tokens: readonly Token[], spans: readonly Span[], lang: LanguageCode): Span[] {
  const kindByKey = new Map<string, { kind: Span['kind']; canonical: string | undefined }>();
  /** The forms of the first words of the persons tagged by full name (Андрей of Андрей Санников). */
  const givenKeys = new Set<string>();
  /** The canonical names of those persons, by the forms of their surnames. */
  const fullNames = new Map<string, string>();
  for (const span of spans) {
    if (span.kind === 'DATE') continue;
    // The span's last word (after its last white space) and whether it has more than one.
    const lastSpace = lastSpaceIn(span.text);
    const last = span.text.slice(lastSpace + 1);
    const oneWord = lastSpace === -1;
    if (span.kind === 'PER' && !oneWord && isCapitalised(last)) {
      for (const key of candidateKeys(last, lang)) {
        if (key.length < MIN_SURNAME || kindByKey.has(key)) continue;
        kindByKey.set(key, { kind: 'PER', canonical: undefined });
        if (span.canonical !== undefined) fullNames.set(key, span.canonical);
      }
      const first = span.text.slice(0, span.text.search(/\s/u));
      if (isCapitalised(first)) for (const key of candidateKeys(first, lang)) givenKeys.add(key);
    } else if (oneWord && isCapitalised(last)) {
      const key = candidateKeys(last, lang)[0];
      if (key !== undefined && key.length >= MIN_SURNAME && !kindByKey.has(key)) kindByKey.set(key, { kind: span.kind, canonical: span.canonical });
    }
  }
  if (kindByKey.size === 0) return [...spans];
  const added: Span[] = [];
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    while (s < spans.length && (spans[s]?.end ?? 0) <= token.start) s++;
    const next = spans[s];
    if (next && next.start < token.end) continue;
    if (!isCapitalised(token.text)) continue;
    let known: { kind: Span['kind']; canonical: string | undefined } | undefined;
    const keys = candidateKeys(token.text, lang);
    let surnameKey = '';
    for (let k = 0; k < keys.length && known === undefined; k++) {
      surnameKey = keys[k] as string;
      known = kindByKey.get(surnameKey);
    }
    if (known === undefined) continue;
    // A one-word name read as an adjective before its noun is not that name here (Большого | театра).
    const after = tokens[t + 1];
    if (known.kind !== 'PER' && qualifiesNoun(token.text, after && isSpace(text, token.end, after.start) ? after.text : undefined, lang, () => dictionaryReading(token.text, lang))) continue;
    // The full name again, its given name untagged before the surname (Андрею Санникову), is one person.
    const before = tokens[t - 1];
    const given = known.kind === 'PER' && before !== undefined && added.at(-1)?.end !== before.end && (s === 0 || (spans[s - 1]?.end ?? 0) <= before.start)
      && isCapitalised(before.text) && token.start - before.end === 1 && isAt(text, before.end, SPACE)
      && candidateKeys(before.text, lang).some((key) => givenKeys.has(key)) ? before : undefined;
    // Two persons' words side by side, each known from elsewhere in the text (Виктору Буту), are one person.
    const joined = added.at(-1);
    if (known.kind === 'PER' && joined?.kind === 'PER' && before !== undefined && joined.end === before.end && token.start - before.end === 1 && isAt(text, before.end, SPACE)) {
      const words = [...joined.text.split(/\s/u), token.text];
      added[added.length - 1] = { start: joined.start, end: token.end, kind: 'PER', text: text.slice(joined.start, token.end), canonical: personBaseName(words, lang) };
      continue;
    }
    const start = given?.start ?? token.start;
    const words = given ? [given.text, token.text] : [token.text];
    const canonical = known.kind !== 'PER' ? known.canonical ?? token.text : (given && fullNames.get(surnameKey)) || personBaseName(words, lang);
    added.push({ start, end: token.end, kind: known.kind, text: text.slice(start, token.end), canonical });
  }
  return added.length === 0 ? [...spans] : mergeInTextOrder(spans, added);
}
