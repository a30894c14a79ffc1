// When a workspace model may add names of its own in a language the shipped model does not tag
// (Azerbaijani): what it learnt there comes from the decisions alone, so its names are held to a
// confidence floor chosen on those decisions, by cross-validation over the curated articles.
import { languagePack } from '../languages/registry';
import type { Gazetteer } from '../tagging/gazetteer/gazetteer';
import { createTagger } from '../tagging/createTagger';
import type { ModelWeights } from '../tagging/model/entityModel';
import { workspaceScorer } from '../tagging/model/workspaceModel';
import type { LanguageCode } from '../tagging/types';
import type { CuratedArticle } from './curatedArticle';
import { rememberForms } from './rememberForms';

/** Above any confidence: the model's own names stay off in that language. */
export const MODEL_NAMES_OFF = 1.01;
/** The floors tried, from the most permissive (not tuned: a coarse grid over the model's probabilities). */
const FLOORS: readonly number[] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, MODEL_NAMES_OFF];
/**
 * The floors tried where the shipped model tags the language: its own least confidence (0 here: the
 * model file's floor applies anyway) or higher, as continued training on the decisions can make the
 * model readier to propose names than it should be.
 */
const SHIPPED_LANGUAGE_FLOORS: readonly number[] = [0, 0.5, 0.6, 0.7, 0.8];
/** Articles are split into this many folds; each is tagged by a model learnt on the others. */
const FOLDS = 3;
/** Fewer curated articles in the language than this, and the decisions cannot judge the model: its names stay off. */
const FEWEST_ARTICLES = 2 * FOLDS;

/** Names curated, proposed and proposed right, summed over held-out articles. */
export interface Tally { gold: number; predicted: number; correct: number }

/** One fold of one language's cross-validation: what is computed apart (on another thread, see learn.ts). */
export interface FoldTask { lang: LanguageCode; fold: number }

/** A fold's tallies: one per floor tried, and in a language the shipped model tags, the shipped weights' own. */
export interface FoldTallies extends FoldTask { tallies: Tally[]; unchanged?: Tally }

/**
 * The fold of the `index`-th of `count` articles (in the order of their ids): contiguous blocks,
 * not every third article. Neighbours in that order (the parts of one story, a day's articles
 * named by date) share names; dealt to different folds, a held-out article would be tagged by a
 * model and memory that learnt its names from its neighbour, and the cross-validation would
 * credit the decisions with what is only repetition (blocked cross-validation).
 */
function foldOf(index: number, count: number): number {
  return Math.floor((index * FOLDS) / count);
}

function precisionOf(tally: Tally): number {
  return tally.predicted === 0 ? 1 : tally.correct / tally.predicted;
}

function f1Of(tally: Tally): number {
  const p = precisionOf(tally);
  const r = tally.gold === 0 ? 1 : tally.correct / tally.gold;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function curatedIn(articles: readonly CuratedArticle[], lang: LanguageCode): number {
  return articles.filter((article) => article.lang === lang && article.positives.length > 0).length;
}

/** The floors tried in a language: from its own least confidence where the shipped model tags it, else from the grid up to names off. */
function floorsOf(lang: LanguageCode): readonly number[] {
  return languagePack(lang).entityModel ? SHIPPED_LANGUAGE_FLOORS : FLOORS;
}

/** The folds the choice needs: every fold of each language with enough curated articles to judge the model. */
export function crossValidationTasks(articles: readonly CuratedArticle[], languages: readonly LanguageCode[]): FoldTask[] {
  return languages.filter((lang) => curatedIn(articles, lang) >= FEWEST_ARTICLES).flatMap((lang) => Array.from({ length: FOLDS }, (_, fold) => ({ lang, fold })));
}

/** Each held-out article of `lang` tagged, and the names that match a curated one counted (exact range and kind). */
function tallied(held: readonly CuratedArticle[], lang: LanguageCode, tagger: ReturnType<typeof createTagger>, tally: Tally): void {
  for (const article of held) {
    const curated = new Set(article.positives.map((name) => `${name.start} ${name.end} ${name.kind}`));
    const names = tagger(article.text, { lang }).spans.filter((span) => span.kind !== 'DATE');
    tally.gold += curated.size;
    tally.predicted += names.length;
    tally.correct += names.filter((span) => curated.has(`${span.start} ${span.end} ${span.kind}`)).length;
  }
}

/**
 * One fold of the cross-validation of `lang`: its held-out articles tagged at each floor by a
 * model learnt on the language's other folds (with the memory of those folds), and, where the
 * shipped model tags the language, by the shipped weights with that memory. A name counts as right
 * when a curated name has its exact range and kind; any other name as wrong (what the curator would
 * have rejected or left out), so the estimate errs towards a higher floor.
 */
export function crossValidateFold(task: FoldTask, articles: readonly CuratedArticle[], languages: readonly LanguageCode[], train: (subset: readonly CuratedArticle[]) => ModelWeights, gazetteer?: Gazetteer, shipped?: ModelWeights): FoldTallies {
  const { lang, fold } = task;
  const inLanguage = articles.filter((article) => article.lang === lang);
  const held = inLanguage.filter((_, i) => foldOf(i, inLanguage.length) === fold);
  // Learnt on the language's other folds only: the floor concerns its names, and the cost stays that of the language's articles.
  const training = inLanguage.filter((_, i) => foldOf(i, inLanguage.length) !== fold);
  const memory = rememberForms(training);
  const taggerOf = (weights: ModelWeights, floor: number): ReturnType<typeof createTagger> => createTagger({
    model: workspaceScorer(weights, { languages: [...languages], memory, confidenceFloors: { [lang]: floor } }), link: false, ...(gazetteer ? { gazetteer } : {}),
  });
  const weights = train(training);
  const tallies = floorsOf(lang).map((floor): Tally => {
    const tally = { gold: 0, predicted: 0, correct: 0 };
    tallied(held, lang, taggerOf(weights, floor), tally);
    return tally;
  });
  if (!languagePack(lang).entityModel || shipped === undefined) return { lang, fold, tallies };
  const unchanged = { gold: 0, predicted: 0, correct: 0 };
  tallied(held, lang, taggerOf(shipped, 0), unchanged);
  return { lang, fold, tallies, unchanged };
}

function summed(tallies: readonly Tally[]): Tally {
  return tallies.reduce((sum, tally) => ({ gold: sum.gold + tally.gold, predicted: sum.predicted + tally.predicted, correct: sum.correct + tally.correct }), { gold: 0, predicted: 0, correct: 0 });
}

/** What the cross-validation on the decisions chose, by language. */
export interface CrossValidatedChoice {
  /** The least confidence of the model's own names (see WorkspaceModelManifest.confidenceFloors). */
  floors: Partial<Record<LanguageCode, number>>;
  /** Languages the shipped model tags whose decisions, learnt, did no better than the shipped weights: not learnt from. */
  unlearnt: LanguageCode[];
}

/**
 * The confidence floor of each language the decisions taught a model that the shipped model does
 * not tag: of the floors whose cross-validated precision is no lower than with the model's own
 * names off, the one with the best F1 (the higher floor on a tie). In a language the shipped
 * model tags, the floor of the best F1 among its own and 0.5 … 0.8; and when the shipped weights
 * themselves (with the curator's memory) do as well as that floor, or are more precise, the
 * language is not learnt from at all: there the model was trained on a corpus, and a few
 * decisions can make it worse.
 * `folds` are the results of crossValidationTasks, in any order.
 */
export function chooseFromFolds(articles: readonly CuratedArticle[], languages: readonly LanguageCode[], folds: readonly FoldTallies[]): CrossValidatedChoice {
  const floors: Partial<Record<LanguageCode, number>> = {};
  const unlearnt: LanguageCode[] = [];
  for (const lang of languages) {
    const ofLanguage = folds.filter((fold) => fold.lang === lang);
    const tried = floorsOf(lang);
    const tallies = tried.map((_, f) => summed(ofLanguage.map((fold) => fold.tallies[f] as Tally)));
    if (languagePack(lang).entityModel) {
      if (curatedIn(articles, lang) < FEWEST_ARTICLES) continue;
      let best = 0;
      for (let f = 1; f < tallies.length; f++) if (f1Of(tallies[f] as Tally) > f1Of(tallies[best] as Tally)) best = f;
      const unchanged = ofLanguage.every((fold) => fold.unchanged !== undefined) ? summed(ofLanguage.map((fold) => fold.unchanged as Tally)) : undefined;
      // Learnt only where the decisions show a better F1 at no cost in precision (a few decisions that buy recall with precision mostly memorise).
      if (unchanged && (f1Of(unchanged) >= f1Of(tallies[best] as Tally) || precisionOf(tallies[best] as Tally) < precisionOf(unchanged))) unlearnt.push(lang);
      else if (best > 0) floors[lang] = tried[best] as number;
      continue;
    }
    if (curatedIn(articles, lang) < FEWEST_ARTICLES) {
      floors[lang] = MODEL_NAMES_OFF;
      continue;
    }
    const off = tallies[tallies.length - 1] as Tally;
    let best = tried.length - 1;
    for (let f = tried.length - 2; f >= 0; f--) {
      const tally = tallies[f] as Tally;
      if (precisionOf(tally) >= precisionOf(off) && f1Of(tally) > f1Of(tallies[best] as Tally)) best = f;
    }
    floors[lang] = tried[best] ?? MODEL_NAMES_OFF;
  }
  return { floors, unlearnt };
}

/** chooseFromFolds over every fold computed here, one after the other. */
export function chooseConfidenceFloors(articles: readonly CuratedArticle[], languages: readonly LanguageCode[], train: (subset: readonly CuratedArticle[]) => ModelWeights, gazetteer?: Gazetteer, shipped?: ModelWeights): CrossValidatedChoice {
  const folds = crossValidationTasks(articles, languages).map((task) => crossValidateFold(task, articles, languages, train, gazetteer, shipped));
  return chooseFromFolds(articles, languages, folds);
}
