import { sharedNameCues } from '../entities/cues';
import { personBaseName } from '../entities/personName';
import { isWord, sentenceStarts, type Token, tokenizeAll } from '../../text/tokenize';
import { tagWithGazetteer } from '../entities/gazetteerTagger';
import { territoryGazetteer } from '../gazetteer/gazetteer';
import type { LanguageCode, Span } from '../types';
import { type BeginMargins, decodeNames, type Scorer } from './entityModel';
import { sequenceFeatures, type SequenceFeatures } from './features';
import { MODEL_KINDS, spansFromLabels } from './labels';
import { WordMemo } from '../wordMemo';
import { readingOfCode } from './lexicon';

/**
 * How sure the model must be to begin a name, chosen on the development split (a capitalised
 * word at a sentence's start is weaker evidence than one inside it).
 */
export const BEGIN_MARGINS: BeginMargins = { inSentence: 1, sentenceStart: 3 };

/** Marks the tokens a list's spans cover: 1 + kind × 2 for a span's first token, + 1 for the others. */
export function listCodes(tokens: readonly Token[], spans: readonly Span[]): Uint8Array {
  const codes = new Uint8Array(tokens.length);
  const sorted = [...spans].filter((span) => span.kind !== 'DATE').sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    const kind = MODEL_KINDS.indexOf(span.kind as (typeof MODEL_KINDS)[number]);
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < span.end; k++) codes[k] = 1 + kind * 2 + (k === t ? 0 : 1);
  }
  return codes;
}

/**
 * The model's view of a text: every token (punctuation too, since quotes and dashes mark names:
 * ОФ «Хартия…»), and their features, with sentence starts and gazetteer and world-knowledge membership.
 */
export function textFeatures(
  text: string, lang: LanguageCode, gazetteerSpans: readonly Span[], tokens: readonly Token[] = tokenizeAll(text), words: readonly Token[] = tokens.filter(isWord),
): { tokens: readonly Token[]; features: SequenceFeatures } {
  const world = tagWithGazetteer(text, words, lang, territoryGazetteer());
  return { tokens, features: sequenceFeatures(tokens, sentenceStarts(text, tokens), lang, listCodes(tokens, gazetteerSpans), listCodes(tokens, world)) };
}

const RUSSIAN_ADJECTIVE = /(?:ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю)$/u;

/**
 * A capitalised Russian adjective right before a lower-case word qualifies a common noun
 * (Общественного фонда, Большого театра): it is not a name alone. The dictionary's reading of the
 * word (`reading`, asked last: most words are ruled out before) saves the proper words that end like adjectives (Крым, Китая, Россией).
 */
export function qualifiesNoun(word: string, next: string | undefined, lang: LanguageCode, reading: () => 'common' | 'proper' | undefined): boolean {
  return lang === 'ru' && RUSSIAN_ADJECTIVE.test(word) && next !== undefined && /^\p{Ll}/u.test(next) && reading() !== 'proper';
}

function isAdjectiveBeforeNoun(tokens: readonly Token[], features: SequenceFeatures, index: number, lang: LanguageCode): boolean {
  // Russian codes are the dictionary's own (see features.ts).
  return qualifiesNoun((tokens[index] as Token).text, tokens[index + 1]?.text, lang, () => readingOfCode(features.words[index]?.lexicon ?? -1));
}

/** A one-word name the rules say is never a name (СМИ, НПО, CTRL), word by word. */
const notAName = new WordMemo((word, lang) => sharedNameCues().notNames.has(word.toLocaleUpperCase(lang)));
/** A person's name in its base form, as the language's pack gives it, name by name. */
const baseNames = new WordMemo((name, lang) => personBaseName(name.split(/\s+/u), lang), 50_000);

/** A span is as sure as its least sure token (rounded, so output stays stable across platforms). */
function spanConfidence(confidences: Float64Array, first: number, end: number): number {
  let least = 1;
  for (let i = first; i < end; i++) least = Math.min(least, confidences[i] ?? 0);
  return Math.round(least * 1000) / 1000;
}

/** The tokens of a text as the tagger has them already: all of them, and its words. */
export interface TextTokens { all: readonly Token[]; words: readonly Token[] }

/**
 * Names the model finds in `text` (UTF-16 offsets), given the gazetteer's names as features. The
 * rules' list of words that are never names (СМИ, НПО, CTRL) overrides it.
 */
export function tagWithModel(text: string, lang: LanguageCode, scorer: Scorer, gazetteerSpans: readonly Span[], margins = BEGIN_MARGINS, given?: TextTokens): Span[] {
  const { tokens, features } = textFeatures(text, lang, gazetteerSpans, given?.all, given?.words);
  const confidences = new Float64Array(tokens.length);
  const labels = decodeNames(scorer, features, margins, confidences);
  const floor = Math.max(scorer.nameFloor ?? 0, scorer.confidenceFloors?.[lang] ?? 0);
  return spansFromLabels(labels).filter(([first, end]) => spanConfidence(confidences, first, end) >= floor).filter(([first, end]) => end - first > 1
    || (!notAName.get((tokens[first] as Token).text, lang) && !isAdjectiveBeforeNoun(tokens, features, first, lang))).map(([first, end, kind]) => {
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const spanText = text.slice(start, stop);
    const canonical = kind === 'PER' ? baseNames.get(spanText, lang) : spanText;
    return { start, end: stop, kind, text: spanText, canonical, confidence: spanConfidence(confidences, first, end) };
  });
}
