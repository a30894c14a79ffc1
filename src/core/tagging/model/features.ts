import type { LanguageCode } from '../types';
import { hashString, mix } from './hash';
import type { Token } from '../../text/tokenize';
import { latinKey } from '../../text/transliterate';
import { lexiconCode } from './lexicon';

/**
 * Feature templates of the entity model, as hashed numbers. What a word says by itself (the word,
 * its lower case, prefixes and suffixes, shape, script, Turkic skeleton, what the language's
 * dictionary says of it) is computed once per distinct word; what its position says (neighbours
 * ±2, sentence start, gazetteer and world knowledge membership, the labels already given to the
 * previous words) is combined per token.
 */
export interface WordInfo {
  /** The word's own features. */
  own: number[];
  lower: number;
  skeleton: number;
  shape: number;
  suffix3: number;
  capitalised: boolean;
  /** What the language's spelling dictionary says of a capitalised word (see lexicon.ts); -1 for other words and languages without one. */
  lexicon: number;
  /** The word begins with a lower-case letter. */
  lowerInitial: boolean;
  /**
   * A lower-case word that can be inside a person's name: a particle of at most four letters
   * (бен, бин, ван, оглы) or one joined by a hyphen to a capitalised part (аль-Хадж, el-Masri).
   */
  personParticle: boolean;
  /** How the word's lower-case form is written in the text being read (shared by all its spellings). */
  form: FormCounts;
  /** Names begin with a capital letter or a digit (the decoder never starts a name elsewhere). */
  canBegin: boolean;
  /** Names end with a letter or a digit (read right to left, the decoder never starts a name elsewhere). */
  canEnd: boolean;
  /** Where what the word adds to a token's scores under fixed weights is kept (see wordScores.ts): the store, the offsets of its parts and places (-1 none yet), and which are summed (a bit each). */
  keptIn: number;
  partsAt: number;
  scoredParts: number;
  placesAt: number;
  scoredPlaces: number;
}

/**
 * Languages whose words are scored by weights of their own (see WEIGHT_REGIONS). Russian has its
 * own, learnt from Russian text alone; Kazakh and Azerbaijani share the weights learnt from all the
 * training text (Russian included, which helps Kazakh while Kazakh, five times larger, drowned what
 * Russian needs). See trainModel.ts.
 */
const RUSSIAN_KEY = 2;
const OWN_WEIGHTS_KEY: Partial<Record<LanguageCode, number>> = { ru: RUSSIAN_KEY };

/** The set of weights a text in `lang` is scored by (0: the shared weights; a set is named by a small number, its key in WEIGHT_REGIONS). */
export const weightsKeyOf = (lang: LanguageCode): number => OWN_WEIGHTS_KEY[lang] ?? 0;

/**
 * The shared weights have a second reading, learnt and read right to left: Kazakh and Azerbaijani
 * put a name's head last (Ақпарат және қоғамдық даму министрлігі), so an organisation is better
 * found from its head back to its first word, while a person is better read left to right (see
 * decodeNames).
 */
export const HEAD_LAST_KEY = 1;

/** Where a set of weights lives in the table: the bits of a feature's hash it keeps, and the bucket its region begins at. */
interface WeightRegion { mask: number; base: number }
const SHARED_BITS = 19;
const OWN_BITS = 18;
/** The buckets the regions fill: a table of this size keeps each set's features from colliding with another's (a smaller one folds the regions onto each other). */
export const REGION_BUCKETS = 1 << 20;
/** The shared weights have half the table; the right-to-left reading and Russian's own a quarter each. */
const WEIGHT_REGIONS = new Map<number, WeightRegion>([
  [0, { mask: (1 << SHARED_BITS) - 1, base: 0 }],
  [HEAD_LAST_KEY, { mask: (1 << OWN_BITS) - 1, base: 1 << SHARED_BITS }],
  [RUSSIAN_KEY, { mask: (1 << OWN_BITS) - 1, base: (1 << SHARED_BITS) + (1 << OWN_BITS) }],
]);
const SHARED_REGION = WEIGHT_REGIONS.get(0) as WeightRegion;

/** The key of the right-to-left reading that goes with weights `weightsKey`, if they have one. */
export const headLastKeyOf = (weightsKey: number): number | undefined => (weightsKey === 0 ? HEAD_LAST_KEY : undefined);

const readsRightToLeft = (weightsKey: number): boolean => weightsKey === HEAD_LAST_KEY;

/** Words as read with other weights: each keeps what it sums under one set of weights (see wordScores.ts). */
const keyedWords = new Map<number, WeakMap<WordInfo, WordInfo>>();

function keyedWord(word: WordInfo, weightsKey: number): WordInfo {
  let twins = keyedWords.get(weightsKey);
  if (!twins) keyedWords.set(weightsKey, twins = new WeakMap());
  let twin = twins.get(word);
  if (!twin) twins.set(word, twin = { ...word, keptIn: 0, partsAt: 0, scoredParts: 0, placesAt: -1, scoredPlaces: 0 });
  return twin;
}

/** The features read with the weights `weightsKey`, the tokens in the order those weights read them (see readsRightToLeft). */
export function orientedFeatures(features: SequenceFeatures, weightsKey = features.weightsKey): SequenceFeatures {
  const rightToLeft = readsRightToLeft(weightsKey);
  if (weightsKey === features.weightsKey && rightToLeft === features.rightToLeft) return features;
  const words = weightsKey === weightsKeyOf(features.lang) ? features.words : features.words.map((word) => keyedWord(word, weightsKey));
  if (rightToLeft === features.rightToLeft) return { ...features, words, weightsKey };
  return {
    words: [...words].reverse(), sentenceStart: features.sentenceStart.slice().reverse(), gazetteer: features.gazetteer.slice().reverse(),
    world: features.world.slice().reverse(), rules: features.rules.slice().reverse(), document: features.document.slice().reverse(), weightsKey, rightToLeft, lang: features.lang,
  };
}

/** The features of one token, in a buffer reused from token to token (no allocation per token). */
export class FeatureBuffer {
  values = new Uint32Array(256);
  length = 0;
  private key = 0;
  private region = SHARED_REGION;

  constructor(weightsKey = 0) {
    this.weightsKey = weightsKey;
  }

  /** Which weights the features are for (see WEIGHT_REGIONS): the text's SequenceFeatures.weightsKey. */
  get weightsKey(): number {
    return this.key;
  }

  set weightsKey(key: number) {
    if (key === this.key) return;
    this.key = key;
    this.region = WEIGHT_REGIONS.get(key) ?? SHARED_REGION;
  }

  add(feature: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = ((feature & this.region.mask) | this.region.base) >>> 0;
  }
}

/** A token's membership in a name list: 0 none, else 1 + kind index × 2 + (0 first word | 1 later word). */
export type ListCode = number;

/** Per text: how often a lower-case form is written lower-case, and capitalised inside a sentence. */
interface FormCounts { text: number; lowerCase: number; capitalisedInside: number }

export interface SequenceFeatures {
  words: WordInfo[];
  sentenceStart: Uint8Array;
  gazetteer: Uint8Array;
  world: Uint8Array;
  /** The names the shape rules propose (acronyms, «quoted» names, organisation phrases), as list codes: the model learns when to trust them. */
  rules: Uint8Array;
  /**
   * What the rest of the text says of a capitalised word's form: 0 not capitalised, else
   * 1 + (written lower-case elsewhere in the text ? 1 : 0) + (capitalised inside a sentence elsewhere ? 2 : 0).
   */
  document: Uint8Array;
  /** Which weights score the text (see WEIGHT_REGIONS). */
  weightsKey: number;
  lang: LanguageCode;
  /** The arrays hold the text's tokens last first: the decoder reads the text right to left (see readsRightToLeft). */
  rightToLeft: boolean;
}

const LONG_WORD = 40;
/** Lexicon codes (see lexicon.ts) are below 32; a word's lexicon feature value adds this for the Turkic languages. */
const LEXICON_LANGUAGE_STRIDE = 32;

/** What the dictionary said of a word (its lexicon code, see lexicon.ts; -1 for none), without the language's offset in the feature value. */
export function dictionaryCodeOf(word: WordInfo | undefined): number {
  const value = word?.lexicon ?? -1;
  return value < 0 ? -1 : value % LEXICON_LANGUAGE_STRIDE;
}
const WORD_CACHE_LIMIT = 200_000;
const PARTICLE_LETTERS = 4;

/**
 * A language's words and their lower-case forms. Both are emptied together, so every spelling of
 * a form in the cache shares one FormCounts (the document features count a form's spellings).
 */
interface LanguageWords { words: Map<string, WordInfo>; forms: Map<string, FormCounts> }
const languageWords = new Map<LanguageCode, LanguageWords>();
let textCounter = 0;

function wordsOf(lang: LanguageCode): LanguageWords {
  let cache = languageWords.get(lang);
  if (!cache) languageWords.set(lang, cache = { words: new Map(), forms: new Map() });
  return cache;
}

function formOf(lower: string, cache: LanguageWords): FormCounts {
  let form = cache.forms.get(lower);
  if (!form) cache.forms.set(lower, form = { text: 0, lowerCase: 0, capitalisedInside: 0 });
  return form;
}

function shapeOf(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const cls = /\p{Lu}/u.test(char) ? 'X' : /\p{Ll}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

function scriptOf(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word)) return 'C';
  if (/\p{Script=Latin}/u.test(word)) return 'L';
  if (/\p{N}/u.test(word)) return 'D';
  return /\p{L}/u.test(word) ? 'O' : 'P';
}

function computeWordInfo(word: string, lang: LanguageCode, cache: LanguageWords): WordInfo {
  const long = word.length > LONG_WORD;
  const text = long ? word.slice(0, LONG_WORD) : word;
  const lower = text.toLocaleLowerCase(lang);
  const skeleton = latinKey(lower);
  const shape = shapeOf(text);
  const names: string[] = [`w${text}`, `l${lower}`, `h${shape}`, `c${scriptOf(text)}`, `k${skeleton}`, long ? 'long' : `n${Math.min(lower.length, 12)}`];
  if (lower.length <= 4) names.push(`H${text.replace(/\p{Lu}/gu, 'X').replace(/\p{Ll}/gu, 'x')}`);
  const capitalised = /^\p{Lu}/u.test(text);
  const code = capitalised && !long ? lexiconCode(lower, lang) : -1;
  // Each language's dictionary is its own: the same code means other things in kk and ru (az reads as kk, see lexicon.ts).
  const lexicon = code < 0 ? -1 : code + (lang === 'ru' ? 0 : LEXICON_LANGUAGE_STRIDE);
  if (lexicon >= 0) names.push(`x${lexicon}`);
  for (let k = 1; k <= 5 && k <= lower.length; k++) {
    names.push(`s${k}${lower.slice(-k)}`);
    if (k <= 4) names.push(`p${k}${lower.slice(0, k)}`);
  }
  for (let k = 2; k <= 4 && k <= skeleton.length; k++) names.push(`S${k}${skeleton.slice(-k)}`, `P${k}${skeleton.slice(0, k)}`);
  const lowerInitial = /^\p{Ll}/u.test(text);
  return {
    own: names.map((name) => hashString(name)),
    lower: hashString(`l${lower}`),
    skeleton: hashString(`k${skeleton}`),
    shape: hashString(`h${shape}`),
    suffix3: hashString(`s3${lower.slice(-3)}`),
    capitalised,
    lexicon,
    lowerInitial,
    personParticle: lowerInitial && (text.length <= PARTICLE_LETTERS || /^\p{Ll}+-\p{Lu}/u.test(text)),
    form: formOf(lower, cache),
    canBegin: /^[\p{Lu}\p{N}]/u.test(text),
    canEnd: /[\p{L}\p{N}]/u.test(text),
    keptIn: 0,
    partsAt: 0,
    scoredParts: 0,
    placesAt: -1,
    scoredPlaces: 0,
  };
}

/**
 * Empties a language's words and forms together once they reach the limit: only between texts,
 * never while one is read, so that every spelling of a form in a text shares the form's counts
 * whatever was tagged before (a text's own new words may take the memo past the limit until the
 * next text).
 */
function makeRoom(cache: LanguageWords): void {
  if (cache.words.size < WORD_CACHE_LIMIT) return;
  cache.words.clear();
  cache.forms.clear();
}

function cachedWordInfo(word: string, lang: LanguageCode, cache: LanguageWords): WordInfo {
  let info = cache.words.get(word);
  if (!info) {
    info = computeWordInfo(word, lang, cache);
    cache.words.set(word, info);
  }
  return info;
}

export function wordInfo(word: string, lang: LanguageCode): WordInfo {
  const cache = wordsOf(lang);
  makeRoom(cache);
  return cachedWordInfo(word, lang, cache);
}

export const BOUNDARY = hashString('<boundary>');
/** The feature templates, hashed. */
export const T = {
  bias: hashString('bias'), start: hashString('start'), capMid: hashString('capmid'), capStart: hashString('capstart'),
  left: [hashString('l-1'), hashString('l-2')], right: [hashString('l+1'), hashString('l+2')],
  leftSkeleton: [hashString('k-1'), hashString('k-2')], rightSkeleton: [hashString('k+1'), hashString('k+2')],
  leftShape: hashString('h-1'), rightShape: hashString('h+1'), leftSuffix: hashString('s-1'), rightSuffix: hashString('s+1'),
  bigramLeft: hashString('b-1'), bigramRight: hashString('b+1'),
  gazetteer: hashString('gz'), gazetteerLeft: hashString('gz-1'), gazetteerRight: hashString('gz+1'), gazetteerShape: hashString('gzh'),
  world: hashString('wk'), worldLeft: hashString('wk-1'), worldRight: hashString('wk+1'),
  rules: hashString('rl'), rulesLeft: hashString('rl-1'), rulesRight: hashString('rl+1'),
  lexiconLeft: hashString('x-1'), lexiconRight: hashString('x+1'), lexiconPlace: hashString('x doc'),
  leftWordShape: hashString('l-1 h'), document: hashString('doc'), documentSuffix: hashString('doc s3'), documentShape: hashString('doc h'),
  label1: hashString('t-1'), label2: hashString('t-2 t-1'), label1Word: hashString('t-1 w'), label1Shape: hashString('t-1 h'),
};

/** Counts each form's spellings in the text, then gives each capitalised word what the others say (see SequenceFeatures.document). */
function documentCodes(words: readonly WordInfo[], sentenceStart: Uint8Array): Uint8Array {
  const text = ++textCounter;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordInfo;
    if (!word.lowerInitial && !word.capitalised) continue;
    const form = word.form;
    if (form.text !== text) {
      form.text = text;
      form.lowerCase = 0;
      form.capitalisedInside = 0;
    }
    if (word.lowerInitial) form.lowerCase++;
    else if (sentenceStart[i] === 0) form.capitalisedInside++;
  }
  const codes = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as WordInfo;
    if (!word.capitalised) continue;
    const { form } = word;
    const inside = form.capitalisedInside - (sentenceStart[i] === 0 ? 1 : 0);
    codes[i] = 1 + (form.lowerCase > 0 ? 1 : 0) + (inside > 0 ? 2 : 0);
  }
  return codes;
}

export function sequenceFeatures(tokens: readonly Token[], sentenceStart: Uint8Array, lang: LanguageCode, gazetteer: Uint8Array, world: Uint8Array, rules: Uint8Array): SequenceFeatures {
  const cache = wordsOf(lang);
  makeRoom(cache);
  const words = tokens.map((token) => cachedWordInfo(token.text, lang, cache));
  return { words, sentenceStart, gazetteer, world, rules, document: documentCodes(words, sentenceStart), weightsKey: weightsKeyOf(lang), rightToLeft: false, lang };
}

export function listFeatures(codes: Uint8Array, i: number, shape: number, template: number, leftTemplate: number, rightTemplate: number, out: FeatureBuffer): void {
  const code = codes[i] ?? 0;
  if (code !== 0) {
    out.add(mix(template, code));
    out.add(mix(mix(T.gazetteerShape, code), shape));
  }
  const leftCode = codes[i - 1] ?? 0;
  const rightCode = codes[i + 1] ?? 0;
  if (leftCode !== 0) out.add(mix(leftTemplate, leftCode));
  if (rightCode !== 0) out.add(mix(rightTemplate, rightCode));
}

/** Features of token `i` that do not depend on labels, appended to `out`. */
export function positionFeatures(features: SequenceFeatures, i: number, out: FeatureBuffer): void {
  const { words, sentenceStart, gazetteer, world } = features;
  const word = words[i] as WordInfo;
  out.add(T.bias);
  for (const feature of word.own) out.add(feature);
  const start = sentenceStart[i] !== 0;
  if (start) {
    out.add(T.start);
    out.add(mix(T.start, word.lower));
  }
  if (word.capitalised) {
    out.add(start ? T.capStart : T.capMid);
    const documentCode = (features.document[i] ?? 0) * 2 + (start ? 1 : 0);
    out.add(mix(T.document, documentCode));
    out.add(mix(mix(T.documentSuffix, documentCode), word.suffix3));
    out.add(mix(mix(T.documentShape, documentCode), word.shape));
    if (word.lexicon >= 0) out.add(mix(T.lexiconPlace, documentCode * 64 + word.lexicon));
  }
  for (let d = 1; d <= 2; d++) {
    const left = words[i - d];
    const right = words[i + d];
    out.add(mix(T.left[d - 1] as number, left ? left.lower : BOUNDARY));
  out.add(mix(T.right[d - 1] as number, right ? right.lower : BOUNDARY));
    out.add(mix(T.leftSkeleton[d - 1] as number, left ? left.skeleton : BOUNDARY));
  out.add(mix(T.rightSkeleton[d - 1] as number, right ? right.skeleton : BOUNDARY));
  }
  const left = words[i - 1];
  const right = words[i + 1];
  out.add(mix(T.leftShape, left ? left.shape : BOUNDARY));
  out.add(mix(T.rightShape, right ? right.shape : BOUNDARY));
  out.add(mix(T.leftSuffix, left ? left.suffix3 : BOUNDARY));
  out.add(mix(T.rightSuffix, right ? right.suffix3 : BOUNDARY));
  if (left && left.lexicon >= 0) out.add(mix(T.lexiconLeft, left.lexicon));
  if (right && right.lexicon >= 0) out.add(mix(T.lexiconRight, right.lexicon));
  out.add(mix(mix(T.bigramLeft, left ? left.lower : BOUNDARY), word.lower));
  out.add(mix(mix(T.bigramRight, word.lower), right ? right.lower : BOUNDARY));
  out.add(mix(mix(T.leftWordShape, left ? left.lower : BOUNDARY), word.shape));
  listFeatures(gazetteer, i, word.shape, T.gazetteer, T.gazetteerLeft, T.gazetteerRight, out);
  listFeatures(world, i, word.shape, T.world, T.worldLeft, T.worldRight, out);
  listFeatures(features.rules, i, word.shape, T.rules, T.rulesLeft, T.rulesRight, out);
}

/** Features of token `i` given the labels of the two words before it, appended to `out`. */
export function labelFeatures(word: WordInfo, previous: number, beforePrevious: number, out: FeatureBuffer): void {
  out.add(mix(T.label1, previous));
  out.add(mix(T.label2, previous * 31 + beforePrevious));
  out.add(mix(mix(T.label1Word, previous), word.lower));
  out.add(mix(mix(T.label1Shape, previous), word.shape));
}
