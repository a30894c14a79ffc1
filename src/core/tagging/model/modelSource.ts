import { sharedNameCues } from '../entities/cues';
import { languagePack } from '../../languages/registry';
import { isPatronymic, personBaseName } from '../entities/personName';
import { isJoiner, isWord, sentenceStarts, type Token, tokenizeAll } from '../../text/tokenize';
import { classAt, CYRILLIC, isAt, LATIN, LETTER, unitsAt, UPPER } from '../../text/characters';
import { tagWithGazetteer } from '../entities/gazetteerTagger';
import { territoryGazetteer } from '../gazetteer/gazetteer';
import type { LanguageCode, Span } from '../types';
import { type BeginMargins, decodeNames, type Scorer } from './entityModel';
import { dictionaryCodeOf, sequenceFeatures, type SequenceFeatures } from './features';
import { type EntityKind, MODEL_KINDS, spansFromLabels } from './labels';
import { WordMemo } from '../wordMemo';
import { isGivenNameCode, readingOfCode } from './lexicon';
import { ruleNamesForModel, shapeRuleNames, type ShapeRuleNames } from '../entities/shapeRuleNames';
import { MAX_FUNCTION_WORD_LETTERS } from '../entities/headInitialPhrases';

/**
 * How sure the model must be to begin a name, chosen on the development split (a capitalised
 * word at a sentence's start is weaker evidence than one inside it).
 */
export const BEGIN_MARGINS: BeginMargins = { inSentence: 1, sentenceStart: 3 };

/** Marks the tokens a list's spans cover: firstCode + kind × 2 for a span's first token, + 1 for the others. */
export function listCodes(tokens: readonly Token[], spans: readonly Span[], firstCode = 1): Uint8Array {
  const codes = new Uint8Array(tokens.length);
  const sorted = [...spans].filter((span) => span.kind !== 'DATE').sort((a, b) => a.start - b.start);
  let t = 0;
  for (const span of sorted) {
    const kind = MODEL_KINDS.indexOf(span.kind as (typeof MODEL_KINDS)[number]);
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    for (let k = t; k < tokens.length && (tokens[k]?.start ?? Infinity) < span.end; k++) codes[k] = firstCode + kind * 2 + (k === t ? 0 : 1);
  }
  return codes;
}

/**
 * The model's view of a text: every token (punctuation too, since quotes and dashes mark names:
 * ОФ «Хартия…»), and their features, with sentence starts, gazetteer and world-knowledge
 * membership, and what the shape rules propose. What the caller knows of the text already
 * (`given`: its tokens, the shape rules' names for `gazetteerSpans`, the sentence starts) is not
 * worked out again. `gazetteerSpans` are in text order.
 */
export function textFeatures(text: string, lang: LanguageCode, gazetteerSpans: readonly Span[], given: Partial<TextTokens> = {}): { tokens: readonly Token[]; features: SequenceFeatures } {
  const tokens = given.all ?? tokenizeAll(text);
  const words = given.words ?? tokens.filter(isWord);
  const starts = given.starts ?? sentenceStarts(text, tokens);
  const world = tagWithGazetteer(text, words, lang, territoryGazetteer());
  // The shape rules' names given are used only when they were found beside these gazetteer names.
  const found = given.rules?.listed === gazetteerSpans ? given.rules : shapeRuleNames(text, words, lang, gazetteerSpans);
  const rules = listCodes(tokens, ruleNamesForModel(found), FIRST_RULE_CODE);
  return { tokens, features: sequenceFeatures(tokens, starts, lang, listCodes(tokens, gazetteerSpans), listCodes(tokens, world), rules) };
}

/** Rule codes begin past the gazetteer's, so that the list-and-shape features of the two lists stay apart. */
const FIRST_RULE_CODE = 17;

/**
 * A capitalised adjective right before a lower-case word qualifies a common noun, where the
 * language's pack says so (`adjectiveBeforeNoun`: Russian Общественного фонда, Большого театра):
 * it is not a name alone. The dictionary's reading of the
 * word (`reading`, asked last: most words are ruled out before) saves the proper words that end like adjectives (Крым, Китая, Россией).
 */
export function qualifiesNoun(word: string, next: string | undefined, lang: LanguageCode, reading: () => 'common' | 'proper' | undefined): boolean {
  const adjective = languagePack(lang).names.adjectiveBeforeNoun;
  return adjective !== false && adjective.test(word) && next !== undefined && /^\p{Ll}/u.test(next) && reading() !== 'proper';
}

function isAdjectiveBeforeNoun(tokens: readonly Token[], features: SequenceFeatures, index: number, lang: LanguageCode): boolean {
  return qualifiesNoun((tokens[index] as Token).text, tokens[index + 1]?.text, lang, () => readingOfCode(dictionaryCodeOf(features.words[index])));
}

/** A one-word name the rules say is never a name (СМИ, НПО, CTRL), word by word. */
const notAName = new WordMemo((word, lang) => sharedNameCues().notNames.has(word.toLocaleUpperCase(lang)));
/** A person's name in its base form, as the language's pack gives it, name by name. */
const baseNames = new WordMemo((name, lang) => personBaseName(name.split(/\s+/u), lang), 50_000);

/** Words after which a person's name belongs to the organisation named after them (театр имени Станиславского). */
const NAMED_AFTER: ReadonlySet<string> = new Set(['им', 'имени']);

/** Whether the dictionary knows a word as a given name (or patronymic) and not as a common word. */
function isGivenName(features: SequenceFeatures, index: number): boolean {
  return isGivenNameCode(dictionaryCodeOf(features.words[index]));
}

/** Whether a given name the dictionary knows begins a person at token `k` (followed by a capitalised word, not a patronymic). */
function beginsPerson(tokens: readonly Token[], features: SequenceFeatures, k: number, lang: LanguageCode): boolean {
  const next = tokens[k + 1];
  return next !== undefined && isWord(next) && isAt(next.text, 0, UPPER) && isGivenName(features, k) && !isPatronymic(next.text, lang);
}

/** Whether a person's name ends at token `k`: a capitalised word with a surname's ending, neither it nor the next a patronymic. */
function endsPerson(tokens: readonly Token[], k: number, lang: LanguageCode): boolean {
  const word = (tokens[k] as Token).text;
  return isAt(word, 0, UPPER) && sharedNameCues().surname.test(word.toLocaleLowerCase(lang)) && !isPatronymic(word, lang) && !isPatronymic(tokens[k + 1]?.text ?? '', lang);
}

/** Whether the person begins after `имени` (театр имени Станиславского): the name is then part of the organisation. */
function namedAfter(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  return NAMED_AFTER.has(before.toLowerCase()) || (before === '.' && NAMED_AFTER.has((tokens[k - 2]?.text ?? '').toLowerCase()));
}

/**
 * Where the model's names run on into a person's, or a person's into other words. Inside a name
 * of another kind (not at its start, and not after `имени`), a given name the dictionary knows
 * that is followed by a capitalised word begins a person: the name ends before it (Большого
 * театра | Алексей Ратманский). A person ends at a surname inside it, the words after are not
 * its (Қасым-Жомарт Тоқаев | Арыстың; not at a patronymic: Нұрсұлтан Әбішұлы Назарбаев). The last
 * word of a person of three words or more (no patronymic before it) that reads as a common
 * adjective before a lower-case word is not part of it (Роман Коноплев | Русской службе; Юрию
 * Долгорукому keeps its surname). No name of the training part's annotation breaks these.
 */
export function separatePersons(spans: [number, number, EntityKind][], tokens: readonly Token[], features: SequenceFeatures, lang: LanguageCode): [number, number, EntityKind][] {
  return spans.flatMap((span): [number, number, EntityKind][] => {
    const [first, end, kind] = span;
    if (kind !== 'PER') {
      for (let k = first + 1; k + 1 < end; k++) if (beginsPerson(tokens, features, k, lang) && !namedAfter(tokens, k)) return [[first, k, kind], [k, end, 'PER']];
      return [span];
    }
    for (let k = first + 1; k < end - 1; k++) if (endsPerson(tokens, k, lang)) return [[first, k + 1, kind]];
    const reading = readingOfCode(dictionaryCodeOf(features.words[end - 1]));
    const trailingAdjective = end - first > 2 && reading === 'common' && !isPatronymic(tokens[end - 2]?.text ?? '', lang)
      && qualifiesNoun((tokens[end - 1] as Token).text, tokens[end]?.text, lang, () => reading);
    return [[first, trailingAdjective ? end - 1 : end, kind]];
  });
}

/**
 * The script of a word's stem (what comes before a hyphen or an apostrophe), as far as names go:
 * `Air-дің` is Latin, `A320` Latin, `2017-нің` none. (The model's own script feature,
 * `features.ts`, says whether a word has Cyrillic at all.)
 */
function stemScript(word: string): 'Cyrl' | 'Latn' | undefined {
  // The script of the stem's first letter (see wordStem), read without making the stem.
  for (let i = 0; i < word.length && !isJoiner(word.charCodeAt(i)); i += unitsAt(word, i)) {
    const found = classAt(word, i);
    if ((found & LETTER) !== 0) return (found & CYRILLIC) !== 0 ? 'Cyrl' : (found & LATIN) !== 0 ? 'Latn' : undefined;
  }
  return undefined;
}

/**
 * A name of the model's ends where its words change script: `Amnesty International | Болот
 * Темировқа`, `Эйрбас | A320`, `Regnum | Минченко` (three names of the training part's 5,133 mix
 * scripts so). A word's script is its stem's (`Human Rights Watch-тың`, `Expo 2017-нің` are one
 * name each); digits and signs have none, and the name gives back the signs (not the digits)
 * right before the cut (`Amnesty International | –`).
 * The words from there on are left to the other sources (the name shapes find `Болот Темировқа`).
 */
export function endAtScriptChange(spans: [number, number, EntityKind][], tokens: readonly Token[]): [number, number, EntityKind][] {
  return spans.map((span): [number, number, EntityKind] => {
    const [first, end, kind] = span;
    let script = stemScript((tokens[first] as Token).text);
    for (let k = first + 1; k < end; k++) {
      const next = stemScript((tokens[k] as Token).text);
      if (next === undefined) continue;
      if (script !== undefined && next !== script) {
        let stop = k;
        while (stop - 1 > first && !isWord(tokens[stop - 1] as Token)) stop--;
        return [first, stop, kind];
      }
      script = next;
    }
    return span;
  });
}

/** Whether a word is lower-case and a function word: of two letters or fewer (в, по, и, да), or one of the language's non-nouns (при, для) or connectors (və). */
const isFunctionWord = new WordMemo((word, lang) => {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  const { headInitialOrganisations, headFinalOrganisations } = languagePack(lang).names;
  return word.length <= MAX_FUNCTION_WORD_LETTERS || (headInitialOrganisations !== false && headInitialOrganisations.notNouns.includes(word))
    || (headFinalOrganisations !== false && headFinalOrganisations.connectors.includes(word));
});

/**
 * A name of the model's never ends in a function word: `Госдумы | по обороне`. No name of the
 * training part's annotation (5,133) does; the model, which lets organisations run on into
 * lower-case words (Комитет по обороне), may stop one word too late. The punctuation before the
 * cut is given back too; a word joined to the one before (`Lenta.ru`) is no function word.
 */
export function endBeforeFunctionWords(text: string, spans: [number, number, EntityKind][], tokens: readonly Token[], lang: LanguageCode): [number, number, EntityKind][] {
  // A word after a space: `ru` in `Lenta.ru` is part of a word.
  const isLoneFunctionWord = (k: number): boolean => {
    const word = tokens[k] as Token;
    return k > 0 && isWord(word) && /\s/u.test(text.slice((tokens[k - 1] as Token).end, word.start)) && isFunctionWord.get(word.text, lang);
  };
  return spans.flatMap((span): [number, number, EntityKind][] => {
    const [first, end, kind] = span;
    let stop = end;
    while (stop > first + 1 && isLoneFunctionWord(stop - 1)) {
      stop--;
      while (stop > first && !isWord(tokens[stop - 1] as Token)) stop--;
    }
    return stop === end ? [span] : stop > first ? [[first, stop, kind]] : [];
  });
}

/** A span is as sure as its least sure token (rounded, so output stays stable across platforms). */
function spanConfidence(confidences: Float64Array, first: number, end: number): number {
  let least = 1;
  for (let i = first; i < end; i++) least = Math.min(least, confidences[i] ?? 0);
  return Math.round(least * 1000) / 1000;
}

/**
 * What the tagger already knows of a text: its tokens, words, shape rules' names (read only when
 * found beside the same gazetteer names, `rules.listed`; else found again) and the tokens'
 * sentence starts (sentenceStarts of `all`).
 */
export interface TextTokens { all: readonly Token[]; words: readonly Token[]; rules?: ShapeRuleNames; starts?: Uint8Array }

/**
 * Names the model finds in `text` (UTF-16 offsets), given the gazetteer's names as features. The
 * rules' list of words that are never names (СМИ, НПО, CTRL) overrides it.
 */
export function tagWithModel(text: string, lang: LanguageCode, scorer: Scorer, gazetteerSpans: readonly Span[], margins = BEGIN_MARGINS, given?: TextTokens): Span[] {
  const { tokens, features } = textFeatures(text, lang, gazetteerSpans, given);
  const confidences = new Float64Array(tokens.length);
  const labels = decodeNames(scorer, features, margins, confidences);
  const floor = Math.max(scorer.nameFloor ?? 0, scorer.confidenceFloors?.[lang] ?? 0);
  return endBeforeFunctionWords(text, endAtScriptChange(separatePersons(spansFromLabels(labels), tokens, features, lang), tokens), tokens, lang).filter(([first, end]) => spanConfidence(confidences, first, end) >= floor).filter(([first, end]) => end - first > 1
    || (!notAName.get((tokens[first] as Token).text, lang) && !isAdjectiveBeforeNoun(tokens, features, first, lang))).map(([first, end, kind]) => {
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const spanText = text.slice(start, stop);
    const canonical = kind === 'PER' ? baseNames.get(spanText, lang) : spanText;
    return { start, end: stop, kind, text: spanText, canonical, confidence: spanConfidence(confidences, first, end) };
  });
}
