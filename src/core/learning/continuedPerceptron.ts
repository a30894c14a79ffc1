import { decodeGreedy, type ModelWeights, type Scorer } from '../tagging/model/entityModel';
import type { FeatureBuffer } from '../tagging/model/features';
import { LABEL_COUNT } from '../tagging/model/labels';
import type { TrainingSequence } from '../tagging/model/perceptron';
import { UNKNOWN_LABEL } from './curatedArticle';

/** The largest magnitude among a table's weights, by table: the same shipped table is averaged into every model of a rebuild. */
const largestMagnitudes = new WeakMap<Int16Array, number>();

function largestMagnitude(values: Int16Array): number {
  let largest = largestMagnitudes.get(values);
  if (largest === undefined) {
    largest = 0;
    for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i] ?? 0));
    largestMagnitudes.set(values, largest);
  }
  return largest;
}

/** A growable table of numbers, one per changed weight. */
function grown<T extends Float32Array | Float64Array | Int32Array>(table: T, size: number, make: (length: number) => T): T {
  if (size <= table.length) return table;
  const larger = make(Math.max(size, table.length * 2));
  larger.set(table);
  return larger;
}

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
  /**
   * 1 for a bucket whose row has a changed weight. Most features' rows never change; this small
   * table (a byte a bucket) spares looking their changes up, so scoring reads mostly the shipped table.
   */
  private readonly changedRows: Uint8Array;
  /** By weight: 1 + the slot of its change, or 0 while it has none. */
  private readonly slotOf: Int32Array;
  /** By slot, in the order the weights first changed: the weight's index, ... */
  private indexOf = new Int32Array(1024);
  /** ... its change from the shipped weight, in units of the shipped weights' scale, ... */
  private delta = new Float32Array(1024);
  /** ... the running total of that change over the steps, and the step when it last changed. */
  private total = new Float64Array(1024);
  private stamp = new Float64Array(1024);
  private slots = 0;
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
    this.changedRows = new Uint8Array(base.buckets);
    this.slotOf = new Int32Array(base.values.length);
  }

  addScores(features: FeatureBuffer, scores: Float64Array): void {
    const mask = this.buckets - 1;
    for (let f = 0; f < features.length; f++) {
      const bucket = (features.values[f] ?? 0) & mask;
      const row = bucket * LABEL_COUNT;
      if (this.changedRows[bucket] === 1) {
        for (let label = 0; label < LABEL_COUNT; label++) {
          const slot = this.slotOf[row + label] ?? 0;
          scores[label] = (scores[label] ?? 0) + (this.base[row + label] ?? 0) + (slot === 0 ? 0 : this.delta[slot - 1] ?? 0);
        }
      } else {
        for (let label = 0; label < LABEL_COUNT; label++) scores[label] = (scores[label] ?? 0) + (this.base[row + label] ?? 0);
      }
    }
  }

  private bump(index: number, change: number): void {
    let slot = (this.slotOf[index] ?? 0) - 1;
    if (slot < 0) {
      slot = this.slots++;
      this.indexOf = grown(this.indexOf, this.slots, (length) => new Int32Array(length));
      this.delta = grown(this.delta, this.slots, (length) => new Float32Array(length));
      this.total = grown(this.total, this.slots, (length) => new Float64Array(length));
      this.stamp = grown(this.stamp, this.slots, (length) => new Float64Array(length));
      this.indexOf[slot] = index;
      this.stamp[slot] = this.step;
      this.slotOf[index] = slot + 1;
      this.changedRows[Math.floor(index / LABEL_COUNT)] = 1;
    }
    const current = this.delta[slot] ?? 0;
    this.total[slot] = (this.total[slot] ?? 0) + (this.step - (this.stamp[slot] ?? 0)) * current;
    this.stamp[slot] = this.step;
    this.delta[slot] = current + change / this.scale;
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
    return this.slots;
  }

  /** The shipped weights plus the averaged changes, quantised to 16 bits again (deterministic: changes in index order). */
  averaged(): ModelWeights {
    const slots = Array.from({ length: this.slots }, (_, slot) => slot).sort((a, b) => (this.indexOf[a] ?? 0) - (this.indexOf[b] ?? 0));
    const realOf = (slot: number): number => {
      const total = (this.total[slot] ?? 0) + (this.step - (this.stamp[slot] ?? 0)) * (this.delta[slot] ?? 0);
      return ((this.base[this.indexOf[slot] ?? 0] ?? 0) + (this.step === 0 ? 0 : total / this.step)) * this.scale;
    };
    let largest = largestMagnitude(this.base) * this.scale;
    const reals = slots.map(realOf);
    for (const real of reals) largest = Math.max(largest, Math.abs(real));
    const scale = largest === 0 ? 1 : largest / 32767;
    const values = new Int16Array(this.base.length);
    if (scale === this.scale) values.set(this.base);
    else {
      // Millions of weights but at most 65,536 values: each is requantised once, through a table.
      const requantised = new Int16Array(65_536);
      for (let value = -32_768; value < 32_768; value++) requantised[value + 32_768] = Math.round((value * this.scale) / scale);
      for (let i = 0; i < values.length; i++) values[i] = requantised[(this.base[i] ?? 0) + 32_768] ?? 0;
    }
    slots.forEach((slot, k) => { values[this.indexOf[slot] ?? 0] = Math.round((reals[k] ?? 0) / scale); });
    return { buckets: this.buckets, values, scale, ...(this.baseWeights.temperature === undefined ? {} : { temperature: this.baseWeights.temperature }), ...(this.baseWeights.nameFloor === undefined ? {} : { nameFloor: this.baseWeights.nameFloor }) };
  }
}
