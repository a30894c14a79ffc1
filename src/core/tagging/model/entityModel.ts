import { FeatureBuffer, headLastKeyOf, labelFeatures, orientedFeatures, positionFeatures, type SequenceFeatures } from './features';
import { type EntityKind, allowedAfter, beginLabel, insideLabel, isInside, LABEL_COUNT, OUTSIDE, reversedLabels, spansFromLabels } from './labels';
import { STARTS_LINE } from '../../text/tokenize';
import { addTokenScores } from './wordScores';
import type { LanguageCode } from '../types';

/** Weights of the averaged perceptron: one row of LABEL_COUNT weights per hash bucket, fixed point. */
export interface ModelWeights {
  buckets: number;
  /** Quantised weights, `buckets × LABEL_COUNT`; a weight is `value × scale`. */
  values: Int16Array;
  scale: number;
  /**
   * How far apart scores must be to read as sure: a label's confidence is the softmax of the real
   * scores divided by this. Fitted by `npm run train` on a held-out part of the training text (a
   * perceptron's raw scores are far apart, so without it nearly every name reads as certain).
   * Absent: 1.
   */
  temperature?: number;
  /**
   * The least confidence of a name the model proposes: below it a name is more likely to cost F1
   * than to add to it. Fitted with the temperature by `npm run train`. Absent: 0.
   */
  nameFloor?: number;
}

/** Anything that gives a score per label to a list of features (the shipped model, or the learner's live weights). */
export interface Scorer {
  buckets: number;
  /** What one unit of score is worth (the quantisation step of the weights). */
  scale: number;
  /** See ModelWeights.temperature; absent: 1. */
  temperature?: number;
  /** See ModelWeights.nameFloor; absent: 0. */
  nameFloor?: number;
  /**
   * Higher floors by language, chosen on a workspace's decisions (see learning/confidenceFloor.ts);
   * a language's floor is the higher of this and nameFloor.
   */
  readonly confidenceFloors?: Partial<Record<LanguageCode, number>>;
  addScores(features: FeatureBuffer, scores: Float64Array): void;
  /** The integer weights addScores sums, when they are fixed: tagging then scores with addTokenScores (the same sums, fewer lookups). */
  fixedWeights?: ModelWeights;
  /**
   * The languages this model covers, the only ones it tags. Absent: the shipped model's (the packs
   * whose `entityModel` is true), as for the shipped model itself and weights read or trained
   * without a declaration. A workspace model declares the shipped model's and those of its decisions.
   */
  languages?: ReadonlySet<LanguageCode>;
}

export function weightsScorer(weights: ModelWeights): Scorer {
  const mask = weights.buckets - 1;
  const { values } = weights;
  return {
    buckets: weights.buckets,
    scale: weights.scale,
    ...(weights.temperature === undefined ? {} : { temperature: weights.temperature }),
    ...(weights.nameFloor === undefined ? {} : { nameFloor: weights.nameFloor }),
    fixedWeights: weights,
    addScores(features, scores) {
      const list = features.values;
      for (let f = 0; f < features.length; f++) {
        const row = ((list[f] ?? 0) & mask) * LABEL_COUNT;
        for (let label = 0; label < LABEL_COUNT; label++) scores[label] = (scores[label] ?? 0) + (values[row + label] ?? 0);
      }
    },
  };
}

/**
 * The most tokens a name the model tags may have: the corpora's longest is 10. A longer run of
 * capitalised words (a list of names without commas, a pathological input) is cut into names of
 * at most this length, which keeps what is done per name afterwards (linking, person keys) linear
 * in the text.
 */
export const MAX_NAME_TOKENS = 20;
/** A person's name goes on into a lower-case word only when it is a particle (see WordInfo.personParticle): the corpora's persons do, 10 of 1,645 in the training part, and no other lower-case word. */
const INSIDE_PERSON = insideLabel('PER');

/** How much a name's first word must outscore O to begin a name, inside a sentence and at its start. */
export interface BeginMargins { inSentence: number; sentenceStart: number }
const NO_MARGINS: BeginMargins = { inSentence: 0, sentenceStart: 0 };

/**
 * Labels a sequence left to right, each token from its features and the two labels before it
 * (greedy, linear in the tokens). A name begins with a capital or a digit and never runs
 * across a line break. Returns the labels; `onToken` sees each token's features and
 * the label chosen (the learner updates there). `confidences` gets the model's confidence in
 * each label other than O (what a name's confidence is made of); O tokens are left as they are.
 */
export function decodeGreedy(scorer: Scorer, features: SequenceFeatures, onToken?: (index: number, featureList: FeatureBuffer, guess: number) => number, margins: BeginMargins = NO_MARGINS, confidences?: Float64Array): Uint8Array {
  const count = features.words.length;
  const { rightToLeft } = features;
  const labels = new Uint8Array(count);
  const scores = new Float64Array(LABEL_COUNT);
  const featureList = new FeatureBuffer(features.weightsKey);
  const confidenceScale = scorer.scale / (scorer.temperature ?? 1);
  // The learner sees every label (it learns more from its mistakes); tagging keeps the name constraints.
  const learning = onToken !== undefined;
  const fixed = learning ? undefined : scorer.fixedWeights;
  /** The tokens of the name that token i - 1 ends (0 after O). */
  let nameLength = 0;
  for (let i = 0; i < count; i++) {
    const previous = i > 0 ? labels[i - 1] ?? OUTSIDE : OUTSIDE;
    nameLength = previous === OUTSIDE ? 0 : isInside(previous) ? nameLength + 1 : 1;
    // After O, a word that cannot begin a name can only be O: most words need no scoring.
    const word = features.words[i];
    const canStart = rightToLeft ? word?.canEnd === true : word?.canBegin === true;
    if (!learning && previous === OUTSIDE && !canStart) continue;
    const beforePrevious = i > 1 ? labels[i - 2] ?? OUTSIDE : OUTSIDE;
    scores.fill(0);
    if (fixed) addTokenScores(fixed, features, i, previous, beforePrevious, featureList, scores);
    else {
      featureList.length = 0; // the buffer is reused
      positionFeatures(features, i, featureList);
      labelFeatures(features.words[i] as SequenceFeatures['words'][number], previous, beforePrevious, featureList);
      scorer.addScores(featureList, scores);
    }
    let best = OUTSIDE;
    const sentenceStartCode = features.sentenceStart[i] ?? 0;
    // Read right to left, the token before (the next in the text) is the one that may start a line.
    const lineStart = (rightToLeft ? features.sentenceStart[i - 1] ?? 0 : sentenceStartCode) === STARTS_LINE;
    for (let label = 1; label < LABEL_COUNT; label++) {
      const allowed = isInside(label)
        ? allowedAfter(previous, label) && (learning || (!lineStart && nameLength < MAX_NAME_TOKENS && (label !== INSIDE_PERSON || word?.lowerInitial !== true || word.personParticle)))
        : learning || canStart;
      if (!allowed) scores[label] = -Infinity;
      else if ((scores[label] ?? 0) > (scores[best] ?? 0)) best = label;
    }
    // Read right to left, a name that goes on to a sentence's first word begins there.
    if (best !== OUTSIDE && (!isInside(best) || (rightToLeft && sentenceStartCode !== 0))) {
      const margin = ((scores[best] ?? 0) - (scores[OUTSIDE] ?? 0)) * scorer.scale;
      if (margin < (sentenceStartCode === 0 ? margins.inSentence : margins.sentenceStart)) best = OUTSIDE;
    }
    if (confidences && best !== OUTSIDE) confidences[i] = labelProbability(scores, best, confidenceScale);
    labels[i] = onToken ? onToken(i, featureList, best) : best;
  }
  return labels;
}

/** The softmax probability of `label` over the labels' scores (in the model's real units; a label not allowed scores -Infinity): the model's confidence in it. */
export function labelProbability(scores: Float64Array, label: number, scale: number): number {
  let largest = -Infinity;
  for (let l = 0; l < LABEL_COUNT; l++) largest = Math.max(largest, (scores[l] ?? 0) * scale);
  let sum = 0;
  // A label not allowed adds exp(-Infinity) = 0: skipped, the sum is the same.
  for (let l = 0; l < LABEL_COUNT; l++) if (scores[l] !== -Infinity) sum += Math.exp((scores[l] ?? 0) * scale - largest);
  return Math.exp((scores[label] ?? 0) * scale - largest) / sum;
}

/** Labels of the features read right to left with `weightsKey`, given back in the text's order; a name loses the words before its first capitalised word or digit (names begin there). */
function decodeRightToLeft(scorer: Scorer, features: SequenceFeatures, weightsKey: number, margins: BeginMargins, confidences?: Float64Array): Uint8Array {
  const count = features.words.length;
  const orientedConfidences = confidences && new Float64Array(count);
  const labels = reversedLabels(decodeGreedy(scorer, orientedFeatures(features, weightsKey), undefined, margins, orientedConfidences));
  if (confidences && orientedConfidences) for (let i = 0; i < count; i++) confidences[i] = orientedConfidences[count - 1 - i] ?? 0;
  for (const [first, end, kind] of spansFromLabels(labels)) {
    let begin = first;
    while (begin < end && features.words[begin]?.canBegin !== true) labels[begin++] = OUTSIDE;
    if (begin < end) labels[begin] = beginLabel(kind);
  }
  return labels;
}

/** The kinds whose names the right-to-left reading gives (see HEAD_LAST_KEY): all but persons, whose given name comes first. */
const HEAD_LAST_KINDS: ReadonlySet<EntityKind> = new Set(['ORG', 'EVENT', 'LOC']);

/**
 * Names in a text's features, in the text's order. Weights with a right-to-left reading (see
 * HEAD_LAST_KEY) read the text both ways: organisations, places and events come from the
 * right-to-left reading, and replace what the left-to-right one found where they overlap; persons
 * come from the left-to-right one. On five folds of the training part this gave Kazakh F1
 * 0.807 → 0.829 (organisations 0.59 → 0.66), where reading right to left alone lost persons.
 */
export function decodeNames(scorer: Scorer, features: SequenceFeatures, margins: BeginMargins = NO_MARGINS, confidences?: Float64Array): Uint8Array {
  const labels = decodeGreedy(scorer, features, undefined, margins, confidences);
  const headLastKey = headLastKeyOf(features.weightsKey);
  if (headLastKey === undefined) return labels;
  const count = features.words.length;
  const headLastConfidences = confidences && new Float64Array(count);
  const headLast = decodeRightToLeft(scorer, features, headLastKey, margins, headLastConfidences);
  const taken = spansFromLabels(headLast).filter(([, , kind]) => HEAD_LAST_KINDS.has(kind));
  if (taken.length === 0) return labels;
  const covered = new Uint8Array(count);
  for (const [first, end] of taken) covered.fill(1, first, end);
  for (const [first, end] of spansFromLabels(labels)) {
    let overlaps = false;
    for (let i = first; i < end && !overlaps; i++) overlaps = covered[i] === 1;
    if (overlaps) labels.fill(OUTSIDE, first, end);
  }
  for (const [first, end] of taken) {
    labels.set(headLast.subarray(first, end), first);
    if (confidences && headLastConfidences) confidences.set(headLastConfidences.subarray(first, end), first);
  }
  return labels;
}
