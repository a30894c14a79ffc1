import { createHash } from 'node:crypto';
import type { Gazetteer } from '../tagging/gazetteer/gazetteer';
import type { ModelWeights } from '../tagging/model/entityModel';
import { seededRandom, shuffled, type TrainingSequence } from '../tagging/model/perceptron';
import type { LearningOptions, WorkspaceModelManifest } from '../tagging/model/workspaceModel';
import { compareCodePoints } from '../text/compare';
import { ContinuedPerceptron } from './continuedPerceptron';
import { type CuratedArticle, curatedSequence } from './curatedArticle';
import { withPriorReading } from './priorReading';
import { headLastKeyOf } from '../tagging/model/features';
import { orientedSequence } from '../tagging/model/orientedSequence';
import { chooseConfidenceFloors } from './confidenceFloor';
import { rememberForms } from './rememberForms';

/** Not tuned: one unit of weight per mistake, as in the shipped model's training; 5 seeded passes. */
export type { LearningOptions, WorkspaceModelManifest };

export const WORKSPACE_LEARNING: LearningOptions = { epochs: 5, seed: 20261130, rate: 1 };

export type LearnOutcome =
  | { status: 'no-decisions' }
  | { status: 'only-rejections'; rejections: number }
  | { status: 'learnt'; weights: ModelWeights; manifest: WorkspaceModelManifest };

function sortedArticles(articles: readonly CuratedArticle[]): CuratedArticle[] {
  return [...articles].sort((a, b) => compareCodePoints(a.id, b.id));
}

/** sha256 of the examples, so the manifest tells whether the model still matches the decisions. */
export function decisionsHash(articles: readonly CuratedArticle[]): string {
  const hash = createHash('sha256');
  for (const article of sortedArticles(articles)) {
    hash.update(JSON.stringify([article.id, article.lang, article.reviewed, article.text,
      article.positives.map((range) => [range.start, range.end, range.kind]), article.negatives.map((range) => [range.start, range.end, range.kind ?? ''])]));
    hash.update('\n');
  }
  return hash.digest('hex');
}

/**
 * Updates the shipped model on the curator's decisions (continued averaged-perceptron training,
 * seeded: the same decisions and shipped model give the same weights). Without a single curated
 * name there is nothing to learn, and the shipped model stays.
 */
export function learnFromDecisions(articles: readonly CuratedArticle[], shipped: { weights: ModelWeights; sha256: string }, options: LearningOptions = WORKSPACE_LEARNING, gazetteer?: Gazetteer): LearnOutcome {
  const names = articles.reduce((sum, article) => sum + article.positives.length, 0);
  const rejections = articles.reduce((sum, article) => sum + article.negatives.length, 0);
  if (names === 0) return rejections === 0 ? { status: 'no-decisions' } : { status: 'only-rejections', rejections };
  const ordered = sortedArticles(articles);
  const languages = [...new Set(ordered.filter((article) => article.positives.length > 0).map((article) => article.lang))].sort();
  // An article's sequences depend only on it, the gazetteer and the shipped weights: made once for
  // the cross-validation's models and the final one.
  const made = new Map<CuratedArticle, readonly TrainingSequence[]>();
  const sequencesOf = (article: CuratedArticle): readonly TrainingSequence[] => {
    let sequences = made.get(article);
    if (sequences === undefined) made.set(article, sequences = learningSequences(article, shipped.weights, gazetteer));
    return sequences;
  };
  const train = (subset: readonly CuratedArticle[]): ModelWeights => continuedTraining(subset, sequencesOf, shipped.weights, options).weights;
  const chosen = chooseConfidenceFloors(ordered, languages, train, gazetteer, shipped.weights);
  const learnt = continuedTraining(ordered.filter((article) => !chosen.unlearnt.includes(article.lang)), sequencesOf, shipped.weights, options);
  return {
    status: 'learnt',
    weights: learnt.weights,
    manifest: {
      decisionsSha256: decisionsHash(ordered),
      shippedModelSha256: shipped.sha256,
      articles: ordered.length,
      reviewedArticles: ordered.filter((article) => article.reviewed).length,
      names,
      rejections,
      languages,
      changedWeights: learnt.changedWeights,
      options,
      memory: rememberForms(ordered),
      confidenceFloors: chosen.floors,
      ...(chosen.unlearnt.length > 0 ? { unlearntLanguages: chosen.unlearnt } : {}),
    },
  };
}

/** What an article teaches: its decisions over the shipped model's reading, once for each reading of its weights (see HEAD_LAST_KEY). */
function learningSequences(article: CuratedArticle, shipped: ModelWeights, gazetteer?: Gazetteer): TrainingSequence[] {
  const sequence = withPriorReading(curatedSequence(article, gazetteer), article.lang, shipped);
  const headLastKey = headLastKeyOf(sequence.features.weightsKey);
  return headLastKey === undefined ? [sequence] : [sequence, orientedSequence(sequence, headLastKey)];
}

/** The shipped weights updated on the articles (in the order given), seeded. */
function continuedTraining(ordered: readonly CuratedArticle[], sequencesOf: (article: CuratedArticle) => readonly TrainingSequence[], shipped: ModelWeights, options: LearningOptions): { weights: ModelWeights; changedWeights: number } {
  const sequences = ordered.flatMap(sequencesOf);
  const learner = new ContinuedPerceptron(shipped, options.rate);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) learner.epoch(shuffled(sequences, random));
  return { weights: learner.averaged(), changedWeights: learner.changedWeights };
}
