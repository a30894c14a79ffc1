import { tagWithGazetteer } from '../../entities/gazetteerTagger';
import { defaultGazetteer } from '../../gazetteer/gazetteer';
import { tokenizeWords } from '../../../text/tokenize';
import { type ModelWeights, weightsScorer } from '../entityModel';
import { tagWithModel } from '../modelSource';
import type { AnnotatedText } from './corpora';

/** A name the model proposed on held-out text: how sure it was, and whether the gold agrees (same range and kind). */
export interface ScoredName { confidence: number; right: boolean }

/** Temperatures tried: a geometric grid from 1 (the raw softmax) to about 2,000. */
export const TEMPERATURES: readonly number[] = Array.from({ length: 45 }, (_, i) => Number((1.2 ** i).toPrecision(4)));

/** The model's names on `texts` with their confidences at `temperature`, each marked right or wrong against the gold. */
export function scoredNames(weights: ModelWeights, texts: readonly AnnotatedText[], temperature: number): ScoredName[] {
  const scorer = weightsScorer({ buckets: weights.buckets, values: weights.values, scale: weights.scale, temperature });
  return texts.flatMap((text) => {
    const gold = new Set(text.spans.map((span) => `${span.start} ${span.end} ${span.kind}`));
    const known = tagWithGazetteer(text.text, tokenizeWords(text.text), text.lang, defaultGazetteer());
    return tagWithModel(text.text, text.lang, scorer, known).map((span) => ({
      confidence: span.confidence ?? 0,
      right: gold.has(`${span.start} ${span.end} ${span.kind}`),
    }));
  });
}

/** The mean negative log-likelihood of the names' being right, read from their confidences (lower: better calibrated). */
export function logLoss(names: readonly ScoredName[]): number {
  if (names.length === 0) return 0;
  let total = 0;
  for (const { confidence, right } of names) {
    const p = Math.min(1 - 1e-6, Math.max(1e-6, confidence));
    total -= Math.log(right ? p : 1 - p);
  }
  return total / names.length;
}

/**
 * The temperature at which the model's confidence in its names best predicts whether they are
 * right on held-out text (least log loss over TEMPERATURES; the first of equals). Which names the
 * model proposes does not depend on it: only how sure it says it is.
 */
export function fitTemperature(weights: ModelWeights, heldOut: readonly AnnotatedText[]): { temperature: number; logLoss: number } {
  let best = { temperature: 1, logLoss: Infinity };
  for (const temperature of TEMPERATURES) {
    const loss = logLoss(scoredNames(weights, heldOut, temperature));
    if (loss < best.logLoss) best = { temperature, logLoss: loss };
  }
  return best;
}

/** Names by confidence band: how many, and the share that were right (a reliability table). */
export function reliability(names: readonly ScoredName[], bands: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95]): string[] {
  return bands.map((low, i) => {
    const high = bands[i + 1] ?? 1.000001;
    const inBand = names.filter((name) => name.confidence >= low && name.confidence < high);
    const right = inBand.filter((name) => name.right).length;
    const meanConfidence = inBand.reduce((sum, name) => sum + name.confidence, 0) / Math.max(1, inBand.length);
    return `confidence ${low.toFixed(2)}–${Math.min(1, high).toFixed(2)}: ${String(inBand.length).padStart(5)} names, mean confidence ${meanConfidence.toFixed(2)}, right ${(right / Math.max(1, inBand.length)).toFixed(2)}`;
  });
}

/** Floors tried for the model's names. */
const NAME_FLOORS: readonly number[] = Array.from({ length: 15 }, (_, i) => i * 0.05);

/**
 * The least confidence of a name that gives the best micro F1 on held-out text (the first of
 * equals, so the lowest): names less sure than that are more often wrong than worth their recall.
 */
export function fitNameFloor(weights: ModelWeights, heldOut: readonly AnnotatedText[], temperature: number): { nameFloor: number; f1: number } {
  const names = scoredNames(weights, heldOut, temperature);
  const gold = heldOut.reduce((count, text) => count + text.spans.length, 0);
  let best = { nameFloor: 0, f1: -1 };
  for (const floor of NAME_FLOORS) {
    const kept = names.filter((name) => name.confidence >= floor);
    const right = kept.filter((name) => name.right).length;
    const f1 = kept.length + gold === 0 ? 0 : (2 * right) / (kept.length + gold);
    if (f1 > best.f1 + 1e-9) best = { nameFloor: Number(floor.toFixed(2)), f1 };
  }
  return best;
}
