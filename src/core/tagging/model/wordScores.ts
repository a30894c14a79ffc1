import type { ModelWeights } from './entityModel';
import { BOUNDARY, FeatureBuffer, listFeatures, T, type SequenceFeatures, type WordInfo } from './features';
import { mix } from './hash';
import { LABEL_COUNT, OUTSIDE } from './labels';

/**
 * Scoring under fixed integer weights (the shipped model, a workspace model), the same sums as
 * positionFeatures and labelFeatures give, in fewer lookups. Most of a token's features belong to
 * one word: its own, what a neighbour one or two words away says, what it says after O, what it
 * says at a sentence's start or inside one with what the rest of the text says of its form. A word
 * sums those parts' weights once and keeps them; a token then adds six or seven kept parts and
 * looks up only the features of word pairs, name lists and the labels before it. The sums are of
 * integers, so their order does not change them.
 */
const OWN = 0;
const AS_LEFT = 1;
const AS_SECOND_LEFT = 2;
const AS_RIGHT = 3;
const AS_SECOND_RIGHT = 4;
const AFTER_OUTSIDE = 5;
const PARTS = 6;
/** Places: a capitalised word's document code (see positionFeatures, 2 to 9), else 1 at a sentence's start, 0 inside (no features). */
const PLACES = 10;

/**
 * The word beyond either end of a text: its neighbour features are the boundary's. One per set of
 * weights a language is scored by (see weightsKeyOf), since a word keeps the sums it was scored to.
 */
const boundaryWords = new Map<number, WordInfo>();
function boundaryWord(weightsKey: number): WordInfo {
  let word = boundaryWords.get(weightsKey);
  if (word === undefined) {
    boundaryWords.set(weightsKey, word = {
      own: [], lower: BOUNDARY, skeleton: BOUNDARY, shape: BOUNDARY, suffix3: BOUNDARY, capitalised: false, lexicon: -1, lowerInitial: false, personParticle: false,
      form: { text: 0, lowerCase: 0, capitalisedInside: 0 }, canBegin: false, canEnd: false, keptIn: 0, partsAt: 0, scoredParts: 0, placesAt: -1, scoredPlaces: 0,
    });
  }
  return word;
}

/** The features `word` brings to a token in the role `part`, appended to `out`. */
function partFeatures(word: WordInfo, part: number, out: FeatureBuffer): void {
  switch (part) {
    case OWN:
      out.add(T.bias);
      for (const feature of word.own) out.add(feature);
      return;
    case AS_LEFT:
    case AS_RIGHT: {
      const left = part === AS_LEFT;
      out.add(mix((left ? T.left : T.right)[0] as number, word.lower));
      out.add(mix((left ? T.leftSkeleton : T.rightSkeleton)[0] as number, word.skeleton));
      out.add(mix(left ? T.leftShape : T.rightShape, word.shape));
      out.add(mix(left ? T.leftSuffix : T.rightSuffix, word.suffix3));
      if (word.lexicon >= 0) out.add(mix(left ? T.lexiconLeft : T.lexiconRight, word.lexicon));
      return;
    }
    case AS_SECOND_LEFT:
    case AS_SECOND_RIGHT: {
      const left = part === AS_SECOND_LEFT;
      out.add(mix((left ? T.left : T.right)[1] as number, word.lower));
      out.add(mix((left ? T.leftSkeleton : T.rightSkeleton)[1] as number, word.skeleton));
      return;
    }
    default:
      out.add(mix(T.label1, OUTSIDE));
      out.add(mix(mix(T.label1Word, OUTSIDE), word.lower));
      out.add(mix(mix(T.label1Shape, OUTSIDE), word.shape));
  }
}

/** The features of `word` at a place (see PLACES), appended to `out`. */
function placeFeatures(word: WordInfo, place: number, out: FeatureBuffer): void {
  const start = (place & 1) === 1;
  if (start) {
    out.add(T.start);
    out.add(mix(T.start, word.lower));
  }
  if (word.capitalised) {
    out.add(start ? T.capStart : T.capMid);
    out.add(mix(T.document, place));
    out.add(mix(mix(T.documentSuffix, place), word.suffix3));
    out.add(mix(mix(T.documentShape, place), word.shape));
    if (word.lexicon >= 0) out.add(mix(T.lexiconPlace, place * 64 + word.lexicon));
  }
}

function addRows(weights: ModelWeights, features: FeatureBuffer, into: Int32Array | Float64Array, offset: number): void {
  const mask = weights.buckets - 1;
  const { values } = weights;
  const list = features.values;
  for (let f = 0; f < features.length; f++) {
    const row = ((list[f] as number) & mask) * LABEL_COUNT;
    for (let label = 0; label < LABEL_COUNT; label++) into[offset + label] = (into[offset + label] as number) + (values[row + label] as number);
  }
}

/**
 * The words' summed parts under one set of weights, in one block of memory that words take slices
 * of. A full block is replaced by an empty one (the words sum their parts again as they are read),
 * so the memory kept is bounded whatever the number of words.
 */
interface PartStore { id: number; data: Int32Array; used: number }
let storeSize = 1 << 21;
const stores = new WeakMap<Int16Array, PartStore>();
let storeCount = 0;

/** The numbers a store holds at most (8 MB by default; tests make it small to see full stores replaced). */
export function setPartStoreSize(size: number): void {
  storeSize = size;
}

const FIRST_STORE_SIZE = 1 << 16;

function newStore(): PartStore {
  return { id: ++storeCount, data: new Int32Array(Math.min(FIRST_STORE_SIZE, storeSize)), used: 0 };
}

function storeFor(weights: ModelWeights): PartStore {
  let store = stores.get(weights.values);
  if (store === undefined) stores.set(weights.values, store = newStore());
  return store;
}

/** The store with room for `size` more numbers: grown (twice as large, up to storeSize) or, when full, a new one. */
function take(weights: ModelWeights, size: number): PartStore {
  let store = storeFor(weights);
  if (store.used + size <= store.data.length) return store;
  if (store.data.length * 2 <= storeSize) {
    const grown = new Int32Array(store.data.length * 2);
    grown.set(store.data);
    store.data = grown;
  } else stores.set(weights.values, store = newStore());
  return store;
}

/** Adds a kept row of sums (LABEL_COUNT numbers at `offset` of `data`) to `scores`. */
function addKept(scores: Float64Array, data: Int32Array, offset: number): void {
  for (let label = 0; label < LABEL_COUNT; label++) scores[label] = (scores[label] as number) + (data[offset + label] as number);
}

/** The word's part summed under `weights`, kept for the next time it is read with them (a word met once costs what its feature list would). */
function addPartScores(scores: Float64Array, word: WordInfo, part: number, weights: ModelWeights, buffer: FeatureBuffer): void {
  let store = storeFor(weights);
  if (word.keptIn !== store.id) {
    store = take(weights, PARTS * LABEL_COUNT);
    word.keptIn = store.id;
    word.partsAt = store.used;
    store.used += PARTS * LABEL_COUNT;
    word.scoredParts = 0;
    word.placesAt = -1;
  }
  const { data } = store;
  const offset = word.partsAt + part * LABEL_COUNT;
  if ((word.scoredParts & (1 << part)) === 0) {
    buffer.length = 0;
    partFeatures(word, part, buffer);
    addRows(weights, buffer, data, offset);
    word.scoredParts |= 1 << part;
  }
  addKept(scores, data, offset);
}

/** Like addPartScores, for the word's place; only words that are scored keep places. Call right after addPartScores of the word's own part. */
function addPlaceScores(scores: Float64Array, word: WordInfo, place: number, weights: ModelWeights, buffer: FeatureBuffer): void {
  if (place === 0) return;
  let store = storeFor(weights);
  if (word.placesAt === -1) {
    const taken = take(weights, PLACES * LABEL_COUNT);
    if (taken !== store) {
      // A new store: the word's parts go there too.
      word.keptIn = 0;
      addPartScores(new Float64Array(LABEL_COUNT), word, OWN, weights, buffer);
      store = taken;
    }
    word.placesAt = store.used;
    store.used += PLACES * LABEL_COUNT;
    word.scoredPlaces = 0;
  }
  const { data } = store;
  const offset = word.placesAt + place * LABEL_COUNT;
  if ((word.scoredPlaces & (1 << place)) === 0) {
    buffer.length = 0;
    placeFeatures(word, place, buffer);
    addRows(weights, buffer, data, offset);
    word.scoredPlaces |= 1 << place;
  }
  addKept(scores, data, offset);
}

const wordAt = (features: SequenceFeatures, j: number): WordInfo => (j >= 0 && j < features.words.length ? features.words[j] as WordInfo : boundaryWord(features.weightsKey));

/** The features of token `i` that belong to no single word (word pairs, name lists, the labels before it), appended to `out`. */
function contextFeatures(features: SequenceFeatures, i: number, previous: number, beforePrevious: number, out: FeatureBuffer): void {
  const { words } = features;
  const word = words[i] as WordInfo;
  const leftLower = i > 0 ? (words[i - 1] as WordInfo).lower : BOUNDARY;
  const rightLower = i + 1 < words.length ? (words[i + 1] as WordInfo).lower : BOUNDARY;
  out.add(mix(mix(T.bigramLeft, leftLower), word.lower));
  out.add(mix(mix(T.bigramRight, word.lower), rightLower));
  out.add(mix(mix(T.leftWordShape, leftLower), word.shape));
  listFeatures(features.gazetteer, i, word.shape, T.gazetteer, T.gazetteerLeft, T.gazetteerRight, out);
  listFeatures(features.world, i, word.shape, T.world, T.worldLeft, T.worldRight, out);
  listFeatures(features.rules, i, word.shape, T.rules, T.rulesLeft, T.rulesRight, out);
  if (previous !== OUTSIDE) {
    out.add(mix(T.label1, previous));
    out.add(mix(mix(T.label1Word, previous), word.lower));
    out.add(mix(mix(T.label1Shape, previous), word.shape));
  }
  out.add(mix(T.label2, previous * 31 + beforePrevious));
}

/**
 * Adds to `scores` what token `i` scores under `weights` after the labels `previous` and
 * `beforePrevious`: the same as scoring positionFeatures and labelFeatures. `buffer` is scratch.
 */
export function addTokenScores(weights: ModelWeights, features: SequenceFeatures, i: number, previous: number, beforePrevious: number, buffer: FeatureBuffer, scores: Float64Array): void {
  const word = features.words[i] as WordInfo;
  buffer.weightsKey = features.weightsKey;
  addPartScores(scores, word, OWN, weights, buffer);
  const start = features.sentenceStart[i] !== 0 ? 1 : 0;
  addPlaceScores(scores, word, word.capitalised ? (features.document[i] ?? 0) * 2 + start : start, weights, buffer);
  if (previous === OUTSIDE) addPartScores(scores, word, AFTER_OUTSIDE, weights, buffer);
  addPartScores(scores, wordAt(features, i - 1), AS_LEFT, weights, buffer);
  addPartScores(scores, wordAt(features, i - 2), AS_SECOND_LEFT, weights, buffer);
  addPartScores(scores, wordAt(features, i + 1), AS_RIGHT, weights, buffer);
  addPartScores(scores, wordAt(features, i + 2), AS_SECOND_RIGHT, weights, buffer);
  buffer.length = 0;
  contextFeatures(features, i, previous, beforePrevious, buffer);
  addRows(weights, buffer, scores, 0);
}
