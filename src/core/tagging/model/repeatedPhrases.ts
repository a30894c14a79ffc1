import { candidateKeys } from '../morphology';
import { mergeInTextOrder } from '../overlaps';
import { isAt, isInlineSpace, UPPER } from '../../text/characters';
import { languagePack } from '../../languages/registry';
import type { Token } from '../../text/tokenize';
import type { LanguageCode, Span } from '../types';

/** The kinds whose names of several words are read again elsewhere in the text (persons have their own rules, see consistency.ts). */
const PHRASE_KINDS: ReadonlySet<Span['kind']> = new Set(['ORG', 'LOC', 'EVENT']);
/** Longer names are rare, and reading them again costs a check per word. */
const MAX_WORDS = 8;
/** The names tried at a word, at most: a text that names hundreds of bodies beginning with the same word stays linear. */
const MAX_PHRASES_PER_KEY = 32;

interface Phrase { kind: Span['kind']; canonical: string; words: readonly string[]; keys: readonly ReadonlySet<string>[] }

/** Begins with a capital letter (not a digit, unlike tokenize's startsUpper: a repeated name begins with a word). */
const capitalised = (word: string): boolean => isAt(word, 0, UPPER);
/** A name does not end in a preposition or a conjunction (a lower-case word of three letters or fewer): such a span is the tagger's slip, not to be repeated. */
const endsInParticle = (words: readonly string[]): boolean => /^\p{Ll}{1,3}$/u.test(words.at(-1) ?? '');

/** Whether `word` may be an inflected form of the phrase's word at `index`: the same initial case, a base form in common. */
function fits(word: string, phrase: Phrase, index: number, lang: LanguageCode): boolean {
  const wanted = phrase.words[index] as string;
  if (capitalised(word) !== capitalised(wanted)) return false;
  const keys = phrase.keys[index] as ReadonlySet<string>;
  const forms = candidateKeys(word, lang);
  for (let k = 0; k < forms.length; k++) if (keys.has(forms[k] as string)) return true;
  return false;
}

/**
 * One article, one reading of a name of several words: an organisation, place or event tagged once
 * is the same name, with its canonical form, where its words come again in any inflected form,
 * even where only a part of it was tagged as another kind (`Голос Америки` after `Голоса
 * Америки`, where `Америки` alone read as a place). The words must follow each other with only
 * white space between, each capitalised where the name's is; names of other kinds inside the
 * repeated one give way to it; nothing is taken where a name crosses its ends or a name of the
 * same kind is inside it. Spans in text order, not overlapping (as the pipeline's refiners get
 * them), and word tokens; linear in their number.
 */
export function tagRepeatedPhrases(text: string, tokens: readonly Token[], spans: readonly Span[], language: LanguageCode): Span[] {
  // Where every word of a name is capitalised (Azerbaijani), a lower-case last word is not the name's (Assosiasiyası | çərçivəsində).
  const headFinal = languagePack(language).names.headFinalOrganisations;
  const capitalisesEveryWord = headFinal !== false && headFinal.everyWordCapitalised;
  const byFirstKey = new Map<string, Phrase[]>();
  const seen = new Map<Span['kind'], Set<string>>();
  for (const span of spans) {
    // Most names are one word: those are ruled out before any key is made.
    if (!PHRASE_KINDS.has(span.kind) || !/\s/u.test(span.text)) continue;
    let texts = seen.get(span.kind);
    if (texts === undefined) seen.set(span.kind, texts = new Set<string>());
    if (texts.has(span.text)) continue;
    texts.add(span.text);
    const words = span.text.split(/\s+/u);
    if (words.length < 2 || words.length > MAX_WORDS || !capitalised(words[0] as string) || endsInParticle(words) || (capitalisesEveryWord && !capitalised(words.at(-1) as string))) continue;
    const phrase: Phrase = { kind: span.kind, canonical: span.canonical ?? span.text, words, keys: words.map((word) => new Set(candidateKeys(word, language))) };
    for (const key of phrase.keys[0] as ReadonlySet<string>) {
      const list = byFirstKey.get(key) ?? [];
      if (list.length < MAX_PHRASES_PER_KEY) list.push(phrase);
      byFirstKey.set(key, list);
    }
  }
  if (byFirstKey.size === 0) return [...spans];
  for (const list of byFirstKey.values()) list.sort((a, b) => b.words.length - a.words.length);
  const added: Span[] = [];
  const replaced = new Set<Span>();
  let s = 0;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (!capitalised(token.text)) continue;
    const best = longestPhraseAt(text, tokens, t, byFirstKey, language);
    if (best === undefined) continue;
    while (s < spans.length && (spans[s] as Span).end <= token.start) s++;
    // The spans overlapping the phrase are spans[s, after).
    let after = s;
    let stays = false;
    for (; after < spans.length && (spans[after] as Span).start < best.end; after++) {
      const span = spans[after] as Span;
      // A name of the same kind there already is the text's reading of those words (ҚХР … институтының where
      // one sentence's start ran into Форумға ҚХР … институтының): it stays.
      stays ||= span.start < token.start || span.end > best.end || span.kind === best.phrase.kind;
    }
    if (!stays) {
      for (let i = s; i < after; i++) replaced.add(spans[i] as Span);
      added.push({ start: token.start, end: best.end, kind: best.phrase.kind, text: text.slice(token.start, best.end), canonical: best.phrase.canonical });
    }
    t += best.words - 1;
  }
  if (added.length === 0) return [...spans];
  return mergeInTextOrder(spans.filter((span) => !replaced.has(span)), added);
}

const NO_PHRASES: readonly Phrase[] = [];

/**
 * The longest phrase whose words are those from the capitalised token `t` on, with only white
 * space between them (no line break). Each list of phrases is longest first.
 */
function longestPhraseAt(text: string, tokens: readonly Token[], t: number, byFirstKey: ReadonlyMap<string, readonly Phrase[]>, language: LanguageCode): { end: number; words: number; phrase: Phrase } | undefined {
  let best: { end: number; words: number; phrase: Phrase } | undefined;
  for (const key of candidateKeys((tokens[t] as Token).text, language)) {
    for (const phrase of byFirstKey.get(key) ?? NO_PHRASES) {
      const count = phrase.words.length;
      if ((best?.words ?? 0) >= count) break;
      if (t + count > tokens.length) continue;
      let matched = 1;
      while (matched < count) {
        const previous = tokens[t + matched - 1] as Token;
        const next = tokens[t + matched] as Token;
        if (!isInlineSpace(text, previous.end, next.start) || !fits(next.text, phrase, matched, language)) break;
        matched++;
      }
      if (matched === count) best = { end: (tokens[t + count - 1] as Token).end, words: count, phrase };
    }
  }
  return best;
}
