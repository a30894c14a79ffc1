import { createHash } from 'node:crypto';
import type { Gazetteer } from '../tagging/gazetteer/gazetteer';
import type { ModelWeights } from '../tagging/model/entityModel';
import { seededRandom, shuffled, type TrainingSequence } from '../tagging/model/perceptron';
import type { LearningOptions, WorkspaceModelManifest } from '../tagging/model/workspaceModel';
import { compareCodePoints } from '../text/compare';
import { ContinuedPerceptron } from './continuedPerceptron';
import { type CuratedArticle, curatedSequence } from './curatedArticle';
import { withPriorReading } from './priorReading';
import { headLastKeyOf, weightsKeyOf } from '../tagging/model/features';
import { orientedSequence } from '../tagging/model/orientedSequence';
import { chooseConfidenceFloors, chooseFromFolds, type CrossValidatedChoice, crossValidateFold, crossValidationTasks, type FoldTallies, type FoldTask } from './confidenceFloor';
import type { LanguageCode } from '../tagging/types';
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

/** Learns the shipped weights further on a subset of the curated articles (see learnFromDecisions). */
export type Trainer = (subset: readonly CuratedArticle[]) => ModelWeights;

/** Computes folds of the cross-validation elsewhere (another thread), with the same articles, languages and options. */
export type FoldsElsewhere = (tasks: readonly FoldTask[], articles: readonly CuratedArticle[], languages: readonly LanguageCode[]) => Promise<FoldTallies[]>;

/**
 * A trainer from the shipped weights. An article's sequences depend only on it, the gazetteer and
 * the shipped weights: they are made once for all the models it trains (the cross-validation's and the final one).
 */
export function trainerFrom(shipped: ModelWeights, options: LearningOptions = WORKSPACE_LEARNING, gazetteer?: Gazetteer): { train: Trainer; trainAll: (ordered: readonly CuratedArticle[]) => { weights: ModelWeights; changedWeights: number } } {
  const made = new Map<CuratedArticle, readonly TrainingSequence[]>();
  const sequencesOf = (article: CuratedArticle): readonly TrainingSequence[] => {
    let sequences = made.get(article);
    if (sequences === undefined) made.set(article, sequences = learningSequences(article, shipped, gazetteer));
    return sequences;
  };
  const trainAll = (ordered: readonly CuratedArticle[]): { weights: ModelWeights; changedWeights: number } => continuedTraining(ordered, sequencesOf, shipped, options);
  return { train: (subset) => trainAll(subset).weights, trainAll };
}

/** What learning needs before the cross-validation, or the outcome when there is nothing to learn. */
type Prepared =
  | { done: LearnOutcome }
  | { done?: undefined; ordered: CuratedArticle[]; languages: LanguageCode[]; names: number; rejections: number; trainer: ReturnType<typeof trainerFrom> };

function prepare(articles: readonly CuratedArticle[], shipped: ModelWeights, options: LearningOptions, gazetteer?: Gazetteer): Prepared {
  const names = articles.reduce((sum, article) => sum + article.positives.length, 0);
  const rejections = articles.reduce((sum, article) => sum + article.negatives.length, 0);
  if (names === 0) return { done: rejections === 0 ? { status: 'no-decisions' } : { status: 'only-rejections', rejections } };
  const ordered = sortedArticles(articles);
  const languages = [...new Set(ordered.filter((article) => article.positives.length > 0).map((article) => article.lang))].sort();
  return { ordered, languages, names, rejections, trainer: trainerFrom(shipped, options, gazetteer) };
}

function conclude(prepared: Exclude<Prepared, { done: LearnOutcome }>, chosen: CrossValidatedChoice, shippedSha256: string, options: LearningOptions): LearnOutcome {
  const { ordered, languages, names, rejections } = prepared;
  const learnt = prepared.trainer.trainAll(ordered.filter((article) => !chosen.unlearnt.includes(article.lang)));
  return {
    status: 'learnt',
    weights: learnt.weights,
    manifest: {
      decisionsSha256: decisionsHash(ordered),
      shippedModelSha256: shippedSha256,
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

/**
 * Updates the shipped model on the curator's decisions (continued averaged-perceptron training,
 * seeded: the same decisions and shipped model give the same weights). Without a single curated
 * name there is nothing to learn, and the shipped model stays.
 */
export function learnFromDecisions(articles: readonly CuratedArticle[], shipped: { weights: ModelWeights; sha256: string }, options: LearningOptions = WORKSPACE_LEARNING, gazetteer?: Gazetteer): LearnOutcome {
  const prepared = prepare(articles, shipped.weights, options, gazetteer);
  if (prepared.done) return prepared.done;
  const chosen = chooseConfidenceFloors(prepared.ordered, prepared.languages, prepared.trainer.train, gazetteer, shipped.weights);
  return conclude(prepared, chosen, shipped.sha256, options);
}

/** A language's share of the work of one of its folds: its text, twice where both readings learn. */
function costOf(task: FoldTask, articles: readonly CuratedArticle[]): number {
  const text = articles.reduce((sum, article) => sum + (article.lang === task.lang ? article.text.length : 0), 0);
  return text * (headLastKeyOf(weightsKeyOf(task.lang)) === undefined ? 1 : 2);
}

/**
 * learnFromDecisions with the cross-validation's folds shared between this thread and `elsewhere`
 * (each fold is independent of the others), so that on two cores the rebuild takes about the time
 * of half the folds and the final model. The outcome is the same as learnFromDecisions's: a fold
 * elsewhere that fails is computed here.
 */
export async function learnFromDecisionsSharing(articles: readonly CuratedArticle[], shipped: { weights: ModelWeights; sha256: string }, elsewhere: FoldsElsewhere, options: LearningOptions = WORKSPACE_LEARNING, gazetteer?: Gazetteer): Promise<LearnOutcome> {
  const prepared = prepare(articles, shipped.weights, options, gazetteer);
  if (prepared.done) return prepared.done;
  const { ordered, languages, trainer } = prepared;
  const here: FoldTask[] = [];
  const there: FoldTask[] = [];
  let hereCost = 0;
  let thereCost = 0;
  const tasks = crossValidationTasks(ordered, languages).map((task) => ({ task, cost: costOf(task, ordered) })).sort((a, b) => b.cost - a.cost);
  for (const { task, cost } of tasks) {
    if (thereCost < hereCost) {
      there.push(task);
      thereCost += cost;
    } else {
      here.push(task);
      hereCost += cost;
    }
  }
  const fold = (task: FoldTask): FoldTallies => crossValidateFold(task, ordered, languages, trainer.train, gazetteer, shipped.weights);
  const away = there.length === 0 ? Promise.resolve([]) : elsewhere(there, ordered.filter((article) => there.some((task) => task.lang === article.lang)), languages).catch(() => there.map(fold));
  const folds = here.map(fold);
  folds.push(...await away);
  return conclude(prepared, chooseFromFolds(ordered, languages, folds), shipped.sha256, options);
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
