import { decodeGreedy, type ModelWeights, type Scorer } from '../tagging/model/entityModel';
import type { FeatureBuffer } from '../tagging/model/features';
import { LABEL_COUNT } from '../tagging/model/labels';
import type { TrainingSequence } from '../tagging/model/perceptron';
import { UNKNOWN_LABEL } from './curatedArticle';

/** The running total of a changed weight's change, and the step when it last changed. */
interface Change { total: number; stamp: number }

/**
 * The averaged perceptron continued from trained weights: the shipped weights stay as they are
 * and only the weights the curator's examples move are kept, as changes (a few thousand, where the
 * model has millions). Tokens labelled UNKNOWN_LABEL are decoded but never learnt from. The
 * result is the shipped weights plus the average of the changes over all steps.
 */
export class ContinuedPerceptron implements Scorer {
  readonly buckets: number;
  readonly scale: number;
  readonly temperature: number;
  readonly nameFloor: number;
  private readonly baseWeights: ModelWeights;
  private readonly base: Int16Array;
  /** Each weight's change from the shipped weight, in units of the shipped weights' scale (read on every score). */
  private readonly deltas: Float32Array;
  private readonly changes = new Map<number, Change>();
  private step = 0;

  /** `rate`: how far one mistake moves a weight, in the shipped weights' real units. */
  constructor(base: ModelWeights, private readonly rate: number) {
    this.buckets = base.buckets;
    this.scale = base.scale;
    // The changes are small beside the shipped weights: the shipped model's calibration still holds.
    this.temperature = base.temperature ?? 1;
    this.nameFloor = base.nameFloor ?? 0;
    this.baseWeights = base;
    this.base = base.values;
    this.deltas = new Float32Array(base.values.length);
  }

  addScores(features: FeatureBuffer, scores: Float64Array): void {
    const mask = this.buckets - 1;
    for (let f = 0; f < features.length; f++) {
      const row = ((features.values[f] ?? 0) & mask) * LABEL_COUNT;
      for (let label = 0; label < LABEL_COUNT; label++) scores[label] = (scores[label] ?? 0) + (this.base[row + label] ?? 0) + (this.deltas[row + label] ?? 0);
    }
  }

  private bump(index: number, delta: number): void {
    let change = this.changes.get(index);
    if (change === undefined) {
      change = { total: 0, stamp: this.step };
      this.changes.set(index, change);
    }
    const current = this.deltas[index] ?? 0;
    change.total += (this.step - change.stamp) * current;
    change.stamp = this.step;
    this.deltas[index] = current + delta / this.scale;
  }

  /** One pass over the sequences in the given order; returns the number of mistaken labelled tokens. */
  epoch(sequences: readonly TrainingSequence[]): number {
    const mask = this.buckets - 1;
    let mistakes = 0;
    for (const sequence of sequences) {
      decodeGreedy(this, sequence.features, (i, features, guess) => {
        const truth = sequence.labels[i] ?? UNKNOWN_LABEL;
        if (truth === UNKNOWN_LABEL) return guess;
        this.step++;
        if (guess === truth) return guess;
        mistakes++;
        for (let f = 0; f < features.length; f++) {
          const row = ((features.values[f] ?? 0) & mask) * LABEL_COUNT;
          this.bump(row + truth, this.rate);
          this.bump(row + guess, -this.rate);
        }
        return guess;
      });
    }
    return mistakes;
  }

  get changedWeights(): number {
    return this.changes.size;
  }

  /** The shipped weights plus the averaged changes, quantised to 16 bits again (deterministic: changes in index order). */
  averaged(): ModelWeights {
    const indices = [...this.changes.keys()].sort((a, b) => a - b);
    const realOf = (index: number): number => {
      const change = this.changes.get(index) as Change;
      const total = change.total + (this.step - change.stamp) * (this.deltas[index] ?? 0);
      return ((this.base[index] ?? 0) + (this.step === 0 ? 0 : total / this.step)) * this.scale;
    };
    let largest = 0;
    for (const value of this.base) largest = Math.max(largest, Math.abs(value));
    largest *= this.scale;
    const reals = indices.map(realOf);
    for (const real of reals) largest = Math.max(largest, Math.abs(real));
    const scale = largest === 0 ? 1 : largest / 32767;
    const values = new Int16Array(this.base.length);
    if (scale === this.scale) values.set(this.base);
    else for (let i = 0; i < values.length; i++) values[i] = Math.round(((this.base[i] ?? 0) * this.scale) / scale);
    indices.forEach((index, k) => { values[index] = Math.round((reals[k] ?? 0) / scale); });
    return { buckets: this.buckets, values, scale, ...(this.baseWeights.temperature === undefined ? {} : { temperature: this.baseWeights.temperature }), ...(this.baseWeights.nameFloor === undefined ? {} : { nameFloor: this.baseWeights.nameFloor }) };
  }
}
