import { candidateKeys } from '../morphology';
import { isAt, LOWER, SPACE, unitsAt, UPPER } from '../../text/characters';
import type { Token } from '../../text/tokenize';
import { personBaseName } from '../entities/personName';
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
 * Дональд Трамп), or a one-word name tagged elsewhere in it, gets the same kind. Spans and tokens
 * in text order; linear in their number.
 */
export function tagRepeatedNames(tokens: readonly Token[], spans: readonly Span[], lang: LanguageCode): Span[] {
  const kindByKey = new Map<string, { kind: Span['kind']; canonical: string | undefined }>();
  for (const span of spans) {
    if (span.kind === 'DATE') continue;
    // The span's last word (after its last white space) and whether it has more than one.
    const lastSpace = lastSpaceIn(span.text);
    const last = span.text.slice(lastSpace + 1);
    const oneWord = lastSpace === -1;
    if (span.kind === 'PER' && !oneWord && isCapitalised(last)) {
      for (const key of candidateKeys(last, lang)) if (key.length >= MIN_SURNAME && !kindByKey.has(key)) kindByKey.set(key, { kind: 'PER', canonical: undefined });
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
    for (let k = 0; k < keys.length && known === undefined; k++) known = kindByKey.get(keys[k] as string);
    if (known === undefined) continue;
    const canonical = known.kind === 'PER' ? personBaseName([token.text], lang) : known.canonical ?? token.text;
    added.push({ start: token.start, end: token.end, kind: known.kind, text: token.text, canonical });
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}
