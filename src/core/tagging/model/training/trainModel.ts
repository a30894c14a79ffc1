import { tagWithGazetteer } from '../../entities/gazetteerTagger';
import { defaultGazetteer } from '../../gazetteer/gazetteer';
import { tokenizeWords } from '../../../text/tokenize';
import type { ModelWeights } from '../entityModel';
import { LABEL_COUNT, labelsFromSpans } from '../labels';
import { orientedSequence } from '../orientedSequence';
import { HEAD_LAST_KEY, REGION_BUCKETS } from '../features';
import { textFeatures } from '../modelSource';
import { AveragedPerceptron, quantised, seededRandom, shuffled, type TrainingSequence } from '../perceptron';
import { kazakhInAzerbaijaniLatin } from './azLatin';
import type { AnnotatedText } from './corpora';

export interface TrainingOptions {
  buckets: number;
  epochs: number;
  seed: number;
  /** Learners trained on differently shuffled orders, whose averaged weights are averaged (less variance). */
  runs: number;
  /**
   * The share of Kazakh texts also given spelt in the Azerbaijani Latin alphabet (none if absent):
   * what the model learns of Turkic names through the common Latin key reaches Azerbaijani text.
   */
  azLatinShare?: number;
  log?: (line: string) => void;
}

/** Where the seeds of the learners of languages' own weights begin (after those of the shared ones). */
const OWN_SEED = 1000;
const HEAD_LAST_SEED = 2000;

export const SHIPPED_TRAINING: TrainingOptions = { buckets: REGION_BUCKETS, epochs: 8, seed: 20261130, runs: 10, azLatinShare: 0 };

/** A text as the model sees it in the tagger: its features (with the shipped gazetteer's names) and gold BIO labels. */
export function trainingSequence(text: AnnotatedText): TrainingSequence {
  const gazetteerSpans = tagWithGazetteer(text.text, tokenizeWords(text.text), text.lang, defaultGazetteer());
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
  const share = options.azLatinShare ?? 0;
  const azLatin = share === 0 ? [] : texts.filter((text, i) => text.lang === 'kk' && i % Math.round(1 / share) === 0).map(kazakhInAzerbaijaniLatin);
  const sequences = [...texts, ...azLatin].map(trainingSequence);
  // Three learners per run, whose averages go into one table, each in its own region (see
  // WEIGHT_REGIONS): the shared weights learn from every text; their right-to-left reading learns
  // from the texts they read (Kazakh, and Azerbaijani through it); a language with weights of its
  // own (see weightsKeyOf) teaches its own, from its texts alone. The shared learner sees exactly
  // what it would without the others.
  const shared = sequences.map((sequence) => orientedSequence(sequence, 0));
  const headLast = sequences.filter((sequence) => sequence.features.weightsKey === 0).map((sequence) => orientedSequence(sequence, HEAD_LAST_KEY));
  const own = sequences.filter((sequence) => sequence.features.weightsKey !== 0);
  const sum = new Float64Array(options.buckets * LABEL_COUNT);
  for (let run = 0; run < options.runs; run++) {
    for (const [name, part, seed] of [['shared', shared, options.seed + run], ['head-last', headLast, options.seed + HEAD_LAST_SEED + run], ['own', own, options.seed + OWN_SEED + run]] as const) {
      if (part.length === 0) continue;
      const tokens = part.reduce((count, sequence) => count + sequence.labels.length, 0);
      const learner = new AveragedPerceptron(options.buckets);
      const random = seededRandom(seed);
      for (let epoch = 1; epoch <= options.epochs; epoch++) {
        const mistakes = learner.epoch(shuffled(part, random));
        options.log?.(`run ${run + 1}, ${name} weights, epoch ${epoch}: ${mistakes} of ${tokens} tokens mislabelled`);
      }
      learner.addAveragesTo(sum);
    }
  }
  return quantised(options.buckets, sum);
}
