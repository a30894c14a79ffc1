import { decodeGreedy, type ModelWeights, type Scorer } from './entityModel';
import type { FeatureBuffer, SequenceFeatures } from './features';
import { LABEL_COUNT } from './labels';

/** A labelled training sequence: its features and its gold BIO labels. */
export interface TrainingSequence {
  features: SequenceFeatures;
  labels: Uint8Array;
}

/** Deterministic pseudo-random numbers (mulberry32) for the seeded shuffle of each epoch. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * The averaged perceptron (Collins 2002) with greedy decoding: each mistaken token moves the gold
 * label's weights up and the guessed label's down; the shipped weights are the average over all
 * steps, kept lazily (a weight's running total is brought up to date only when it changes).
 */
export class AveragedPerceptron implements Scorer {
  readonly buckets: number;
  readonly scale = 1;
  private readonly weights: Float64Array;
  private readonly totals: Float64Array;
  private readonly stamps: Float64Array;
  private step = 0;

  constructor(buckets: number) {
    this.buckets = buckets;
    this.weights = new Float64Array(buckets * LABEL_COUNT);
    this.totals = new Float64Array(buckets * LABEL_COUNT);
    this.stamps = new Float64Array(buckets * LABEL_COUNT);
  }

  addScores(features: FeatureBuffer, scores: Float64Array): void {
    const mask = this.buckets - 1;
    for (let f = 0; f < features.length; f++) {
      const row = ((features.values[f] ?? 0) & mask) * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label] = (scores[label] ?? 0) + (this.weights[row + label] ?? 0);
    }
  }

  private bump(index: number, delta: number): void {
    this.totals[index] = (this.totals[index] ?? 0) + (this.step - (this.stamps[index] ?? 0)) * (this.weights[index] ?? 0);
    this.stamps[index] = this.step;
    this.weights[index] = (this.weights[index] ?? 0) + delta;
  }

  /** One pass over the sequences in the given order; returns the number of mistaken tokens. */
  epoch(sequences: readonly TrainingSequence[]): number {
    const mask = this.buckets - 1;
    let mistakes = 0;
    for (const sequence of sequences) {
      decodeGreedy(this, sequence.features, (i, features, guess) => {
        this.step++;
        const truth = sequence.labels[i] ?? 0;
        if (guess === truth) return guess;
        mistakes++;
        for (let f = 0; f < features.length; f++) {
          const row = ((features.values[f] ?? 0) & mask) * LABEL_COUNT;
          this.bump(row + truth, 1);
          this.bump(row + guess, -1);
        }
        return guess;
      });
    }
    return mistakes;
  }

  /** The averaged weights, added to `into` (several learners' averages are summed there). */
  addAveragesTo(into: Float64Array): void {
    for (let i = 0; i < into.length; i++) {
      const total = (this.totals[i] ?? 0) + (this.step - (this.stamps[i] ?? 0)) * (this.weights[i] ?? 0);
      into[i] = (into[i] ?? 0) + (this.step === 0 ? 0 : total / this.step);
    }
  }

  /** The averaged weights, quantised to 16 bits. */
  averaged(): ModelWeights {
    const averages = new Float64Array(this.weights.length);
    this.addAveragesTo(averages);
    return quantised(this.buckets, averages);
  }
}

/** Weights quantised to 16 bits, with the scale that gives them back. */
export function quantised(buckets: number, weights: Float64Array): ModelWeights {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : largest / 32767;
  const values = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.round((weights[i] ?? 0) / scale);
  return { buckets, values, scale };
}
