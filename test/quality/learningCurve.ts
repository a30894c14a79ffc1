// The learning curve of `npm run score`: a simulated curator corrects the tagger article by
// article on the dev split, and the workspace model is rebuilt from the decisions so far, as
// `corpus-curator learn` does. F1 is measured on the articles nobody curated.
import * as path from 'node:path';
import { scoreDocuments } from '../../src/core/evaluation/score';
import type { CuratedArticle } from '../../src/core/learning/curatedArticle';
import { learnFromDecisions } from '../../src/core/learning/learn';
import { MODEL_NAMES_OFF } from '../../src/core/learning/confidenceFloor';
import { readShippedWeights } from '../../src/core/learning/learnCorpus';
import { workspaceScorer } from '../../src/core/tagging/model/workspaceModel';
import type { Scorer } from '../../src/core/tagging/model/entityModel';
import { kazakhInAzerbaijaniLatin } from '../../src/core/tagging/model/training/azLatin';
import { type AnnotatedText, KAZNERD_BLOCK, loadCorpora, SPLIT_SEED } from '../../src/core/tagging/model/training/corpora';
import { seededRandom } from '../../src/core/tagging/model/perceptron';
import { tag } from '../../src/core/tagging/tag';
import type { Span } from '../../src/core/tagging/types';
import type { EntityKind } from '../../src/core/tagging/model/labels';

const CHECKPOINTS = [0, 10, 50, 200] as const;
/** Azerbaijani is judged after 150 curated articles (F1 on the others up by 0.10 or more, precision not lower). */
const AZERBAIJANI_JUDGED = 150;
const AZERBAIJANI_CHECKPOINTS = [0, 10, 50, AZERBAIJANI_JUDGED, 200] as const;
/** KazNERD has no documents: its dev blocks are cut into articles of this many sentences. */
const KAZAKH_ARTICLE_SENTENCES = 5;

/** A text cut at line breaks into pieces of `lines` lines, each with the names inside it. */
function cutByLines(text: AnnotatedText, lines: number): AnnotatedText[] {
  const pieces: AnnotatedText[] = [];
  const starts = [0];
  for (let at = text.text.indexOf('\n'); at !== -1; at = text.text.indexOf('\n', at + 1)) starts.push(at + 1);
  for (let i = 0; i < starts.length; i += lines) {
    const start = starts[i] ?? 0;
    const end = i + lines < starts.length ? (starts[i + lines] ?? 0) - 1 : text.text.length;
    const body = text.text.slice(start, end);
    if (body.trim() === '') continue;
    pieces.push({ name: `${text.name}:${i}`, lang: text.lang, text: body,
      spans: text.spans.filter((span) => span.start >= start && span.end <= end).map((span) => ({ ...span, start: span.start - start, end: span.end - start })) });
  }
  return pieces;
}

function entitySpans(text: AnnotatedText, model: Scorer | undefined): Span[] {
  return tag(text.text, { lang: text.lang }, model ? { model } : {}).spans.filter((span) => span.kind !== 'DATE');
}

interface Counts { gold: number; predicted: number; exact: number }

/** The counts of each text (in order), tagged by the whole tagger with `model`. */
function evaluate(texts: readonly AnnotatedText[], model: Scorer | undefined): Counts[] {
  return texts.map((text) => {
    const document = { name: text.name, text: text.text, lang: text.lang, entitiesOnly: true,
      spans: text.spans.map((span) => ({ ...span, text: text.text.slice(span.start, span.end) })) };
    const entry = scoreDocuments([document], (body, options) => tag(body, options, model ? { model } : {})).get(`${text.lang} ENTITIES`);
    return { gold: entry?.gold ?? 0, predicted: entry?.predicted ?? 0, exact: entry?.exact ?? 0 };
  });
}

function precisionRecallF1(counts: readonly Counts[]): { p: number; r: number; f1: number } {
  const total = counts.reduce((sum, c) => ({ gold: sum.gold + c.gold, predicted: sum.predicted + c.predicted, exact: sum.exact + c.exact }), { gold: 0, predicted: 0, exact: 0 });
  const p = total.predicted === 0 ? 1 : total.exact / total.predicted;
  const r = total.gold === 0 ? 1 : total.exact / total.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const RESAMPLES = 1000;

/**
 * How far the change from `before` to `after` (the same held-out articles) can be chance: the
 * change of F1 and precision with its 95% interval over paired bootstrap resamples of the
 * articles (seeded, so the report does not change from run to run).
 */
function pairedBootstrap(before: readonly Counts[], after: readonly Counts[]): string {
  const random = seededRandom(SPLIT_SEED);
  const f1Changes: number[] = [];
  const precisionChanges: number[] = [];
  for (let resample = 0; resample < RESAMPLES; resample++) {
    const picked = before.map(() => Math.floor(random() * before.length));
    const was = precisionRecallF1(picked.map((i) => before[i] as Counts));
    const now = precisionRecallF1(picked.map((i) => after[i] as Counts));
    f1Changes.push(now.f1 - was.f1);
    precisionChanges.push(now.p - was.p);
  }
  const interval = (changes: number[]): string => {
    changes.sort((a, b) => a - b);
    return `${signed(changes[Math.floor(RESAMPLES * 0.025)] ?? 0)} … ${signed(changes[Math.ceil(RESAMPLES * 0.975) - 1] ?? 0)}`;
  };
  const was = precisionRecallF1(before);
  const now = precisionRecallF1(after);
  return `F1 ${signed(now.f1 - was.f1)} (${interval(f1Changes)}), precision ${signed(now.p - was.p)} (${interval(precisionChanges)})`;
}

/** The curator's decisions on one article: every gold name accepted (or added), every other name the tagger proposed rejected. */
function curate(text: AnnotatedText, model: Scorer | undefined, reviewed: boolean): CuratedArticle {
  const gold = new Set(text.spans.map((span) => `${span.start} ${span.end} ${span.kind}`));
  const negatives = entitySpans(text, model).filter((span) => !gold.has(`${span.start} ${span.end} ${span.kind}`)).map((span) => ({ start: span.start, end: span.end, kind: span.kind as EntityKind }));
  return { id: text.name, lang: text.lang, text: text.text, positives: text.spans, negatives, reviewed };
}

const f = (value: number): string => value.toFixed(3);
const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`;

function curve(title: string, articles: readonly AnnotatedText[], reviewed: boolean): void {
  const shipped = readShippedWeights();
  const azerbaijani = articles[0]?.lang === 'az';
  const reachable = (azerbaijani ? AZERBAIJANI_CHECKPOINTS : CHECKPOINTS).filter((count) => count <= articles.length / 2);
  const lastCurated = reachable.at(-1) ?? 0;
  const held = articles.slice(lastCurated);
  console.log(`\n${title}: ${articles.length} articles; curated in order, F1 on the last ${held.length} (never curated)${reviewed ? '; each curated article marked reviewed' : '; decisions only, articles not marked reviewed'}`);
  console.log('curated  names  rejections   P exact  R exact  F1 exact  seconds to learn');
  const decisions: CuratedArticle[] = [];
  let model: Scorer | undefined;
  const precisionAndF1 = new Map<number, { p: number; f1: number }>();
  const floors: string[] = [];
  let first: Counts[] = [];
  let last: Counts[] = [];
  for (const count of reachable) {
    // The articles curated since the last checkpoint were curated with the model of that checkpoint.
    for (const text of articles.slice(decisions.length, count)) decisions.push(curate(text, model, reviewed));
    let seconds = 0;
    if (count > 0) {
      const started = process.hrtime.bigint();
      const outcome = learnFromDecisions(decisions, shipped);
      seconds = Number(process.hrtime.bigint() - started) / 1e9;
      model = outcome.status === 'learnt' ? workspaceScorer(outcome.weights, outcome.manifest) : undefined;
      if (outcome.status === 'learnt' && azerbaijani) floors.push(`${count}: ${outcome.manifest.confidenceFloors.az ?? '–'}`);
    }
    const counts = evaluate(held, model);
    if (count === 0) first = counts;
    last = counts;
    const { p, r, f1 } = precisionRecallF1(counts);
    precisionAndF1.set(count, { p, f1 });
    const names = decisions.reduce((sum, article) => sum + article.positives.length, 0);
    const rejections = decisions.reduce((sum, article) => sum + article.negatives.length, 0);
    console.log([String(count).padStart(7), String(names).padStart(6), String(rejections).padStart(11), f(p).padStart(9), f(r).padStart(8), f(f1).padStart(9), seconds.toFixed(1).padStart(17)].join(' '));
  }
  if (lastCurated > 0) console.log(`  change after ${lastCurated} curated articles, with its 95% interval over ${RESAMPLES.toLocaleString('en')} paired bootstrap resamples of the held-out articles: ${pairedBootstrap(first, last)}`);
  if (floors.length > 0) console.log(`  the model's own names in az at or above the confidence chosen by cross-validation on the decisions (${MODEL_NAMES_OFF}: off), after so many curated articles: ${floors.join(', ')}`);
  const before = precisionAndF1.get(0);
  const judged = precisionAndF1.get(AZERBAIJANI_JUDGED);
  if (azerbaijani && before && judged) {
    const gain = judged.f1 - before.f1;
    console.log(`  the issue's condition after ${AZERBAIJANI_JUDGED} curated articles (on this proxy, not on real Azerbaijani news): F1 ${f(before.f1)} → ${f(judged.f1)} (${gain >= 0.1 ? 'up by 0.10 or more ✔' : 'not up by 0.10 ✖'}), precision ${f(before.p)} → ${f(judged.p)} (${judged.p >= before.p ? 'does not fall ✔' : 'falls ✖'})`);
  }
  if (azerbaijani) {
    // How much of the gain is the model merely switched on for Azerbaijani, before any decision.
    const { p, r, f1 } = precisionRecallF1(evaluate(held, workspaceScorer(shipped.weights, { languages: ['az'] })));
    console.log(`  for comparison, the shipped model switched on for az without any decision: P ${f(p)}, R ${f(r)}, F1 ${f(f1)}`);
  }
  const missing = CHECKPOINTS.filter((count) => !reachable.includes(count));
  if (missing.length > 0) console.log(`  not measured after ${missing.join(', ')} articles: the dev split has too few articles to curate that many and keep half for measuring`);
}

export function printLearningCurve(repoRoot: string): void {
  const dev = loadCorpora(repoRoot).dev;
  const kazakh = dev.filter((text) => text.lang === 'kk').flatMap((text) => cutByLines(text, KAZAKH_ARTICLE_SENTENCES));
  const russian = dev.filter((text) => text.lang === 'ru').flatMap((text) => cutByLines(text, 1)).filter((text) => text.text.length >= 200);
  console.log(`\nLearning from the curator (${path.relative(repoRoot, path.join(repoRoot, 'data', 'corpora'))} dev split; kk: KazNERD dev blocks of ${KAZNERD_BLOCK} sentences cut into articles of ${KAZAKH_ARTICLE_SENTENCES}; ru: factRuEval dev documents cut into paragraphs of 200 characters or more)`);
  for (const reviewed of [false, true]) {
    curve('kk', kazakh, reviewed);
    curve('ru', russian, reviewed);
    curve('az (proxy: the kk articles spelt in Azerbaijani Latin letter by letter; no Azerbaijani corpus exists)', kazakh.map(kazakhInAzerbaijaniLatin), reviewed);
  }
}

