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

interface Tally { gold: number; predicted: number; correct: number }

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

/**
 * Each floor's tally on the articles of `lang`, tagged fold by fold by a model learnt on the other
 * folds of that language (with the memory of those folds). A name counts as right when a curated name has its
 * exact range and kind; any other name as wrong (what the curator would have rejected or left
 * out), so the estimate errs towards a higher floor.
 */
function crossValidated(articles: readonly CuratedArticle[], lang: LanguageCode, languages: readonly LanguageCode[], train: (subset: readonly CuratedArticle[]) => ModelWeights, floors: readonly number[], gazetteer?: Gazetteer): Tally[] {
  const tallies = floors.map((): Tally => ({ gold: 0, predicted: 0, correct: 0 }));
  const inLanguage = articles.filter((article) => article.lang === lang);
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = inLanguage.filter((_, i) => foldOf(i, inLanguage.length) === fold);
    // Learnt on the language's other folds only: the floor concerns its names, and the cost stays that of the language's articles.
    const training = inLanguage.filter((_, i) => foldOf(i, inLanguage.length) !== fold);
    const weights = train(training);
    const memory = rememberForms(training);
    floors.forEach((floor, f) => {
      const model = workspaceScorer(weights, { languages: [...languages], memory, confidenceFloors: { [lang]: floor } });
      const tagger = createTagger({ model, link: false, ...(gazetteer ? { gazetteer } : {}) });
      const tally = tallies[f] as Tally;
      for (const article of held) {
        const curated = new Set(article.positives.map((name) => `${name.start} ${name.end} ${name.kind}`));
        const names = tagger(article.text, { lang }).spans.filter((span) => span.kind !== 'DATE');
        tally.gold += curated.size;
        tally.predicted += names.length;
        tally.correct += names.filter((span) => curated.has(`${span.start} ${span.end} ${span.kind}`)).length;
      }
    });
  }
  return tallies;
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
 * themselves (with the curator's memory) do as well as any of those, the language is not learnt
 * from at all: there the model was trained on a corpus, and a few decisions can make it worse.
 */
export function chooseConfidenceFloors(articles: readonly CuratedArticle[], languages: readonly LanguageCode[], train: (subset: readonly CuratedArticle[]) => ModelWeights, gazetteer?: Gazetteer, shipped?: ModelWeights): CrossValidatedChoice {
  const floors: Partial<Record<LanguageCode, number>> = {};
  const unlearnt: LanguageCode[] = [];
  for (const lang of languages) {
    const curated = articles.filter((article) => article.lang === lang && article.positives.length > 0).length;
    if (languagePack(lang).entityModel) {
      if (curated < FEWEST_ARTICLES) continue;
      const tallies = crossValidated(articles, lang, languages, train, SHIPPED_LANGUAGE_FLOORS, gazetteer);
      let best = 0;
      for (let f = 1; f < tallies.length; f++) if (f1Of(tallies[f] as Tally) > f1Of(tallies[best] as Tally)) best = f;
      const unchanged = shipped ? crossValidated(articles, lang, languages, () => shipped, [0], gazetteer)[0] as Tally : undefined;
      if (unchanged && f1Of(unchanged) >= f1Of(tallies[best] as Tally)) unlearnt.push(lang);
      else if (best > 0) floors[lang] = SHIPPED_LANGUAGE_FLOORS[best] as number;
      continue;
    }
    if (curated < FEWEST_ARTICLES) {
      floors[lang] = MODEL_NAMES_OFF;
      continue;
    }
    const tallies = crossValidated(articles, lang, languages, train, FLOORS, gazetteer);
    const off = tallies[tallies.length - 1] as Tally;
    let best = FLOORS.length - 1;
    for (let f = FLOORS.length - 2; f >= 0; f--) {
      const tally = tallies[f] as Tally;
      if (precisionOf(tally) >= precisionOf(off) && f1Of(tally) > f1Of(tallies[best] as Tally)) best = f;
    }
    floors[lang] = FLOORS[best] ?? MODEL_NAMES_OFF;
  }
  return { floors, unlearnt };
}
