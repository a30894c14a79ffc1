import { tagWithGazetteer } from '../../entities/gazetteerTagger';
import { defaultGazetteer } from '../../gazetteer/gazetteer';
import { tokenize } from '../../tokens';
import type { ModelWeights } from '../entityModel';
import { labelsFromSpans } from '../labels';
import { textFeatures } from '../modelSource';
import { AveragedPerceptron, seededRandom, shuffled, type TrainingSequence } from '../perceptron';
import { kazakhInAzerbaijaniLatin } from './azLatin';
import type { AnnotatedText } from './corpora';

export interface TrainingOptions {
  buckets: number;
  epochs: number;
  seed: number;
  /** The share of Kazakh texts also given in Azerbaijani Latin spelling (0 for none). */
  azLatinShare: number;
  log?: (line: string) => void;
}

export const SHIPPED_TRAINING: TrainingOptions = { buckets: 1 << 19, epochs: 8, seed: 20261130, azLatinShare: 0.5 };

/** A text as the model sees it in the tagger: its features (with the shipped gazetteer's names) and gold BIO labels. */
export function trainingSequence(text: AnnotatedText): TrainingSequence {
  const gazetteerSpans = tagWithGazetteer(text.text, tokenize(text.text), text.lang, defaultGazetteer());
  const { tokens, features } = textFeatures(text.text, text.lang, gazetteerSpans);
  const tokenSpans: [number, number, AnnotatedText['spans'][number]['kind']][] = [];
  let t = 0;
  for (const span of [...text.spans].sort((a, b) => a.start - b.start)) {
    while (t < tokens.length && (tokens[t]?.end ?? 0) <= span.start) t++;
    let end = t;
    while (end < tokens.length && (tokens[end]?.start ?? Infinity) < span.end) end++;
    if (end > t) tokenSpans.push([t, end, span.kind]);
    t = end;
  }
  return { features, labels: labelsFromSpans(tokens.length, tokenSpans) };
}

/** Trains the averaged perceptron on `texts`, deterministically for the same texts and options. */
export function trainModel(texts: readonly AnnotatedText[], options: TrainingOptions): ModelWeights {
  const azLatin = options.azLatinShare === 0 ? [] : texts.filter((text, i) => text.lang === 'kk' && i % Math.round(1 / options.azLatinShare) === 0).map(kazakhInAzerbaijaniLatin);
  const sequences = [...texts, ...azLatin].map(trainingSequence);
  const learner = new AveragedPerceptron(options.buckets);
  const random = seededRandom(options.seed);
  const tokens = sequences.reduce((sum, sequence) => sum + sequence.labels.length, 0);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    const mistakes = learner.epoch(shuffled(sequences, random));
    options.log?.(`epoch ${epoch}: ${mistakes} of ${tokens} tokens mislabelled`);
  }
  return learner.averaged();
}
