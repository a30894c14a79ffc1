// The check of .corpus/entities.yaml against the corpus (ids no mention has) as the extension host
// runs it after the index is built: 10,000 articles without front matter, a few hundred merges,
// some of them of ids no mention has into entities most articles name (Kazakhstan). The ids the
// mentions had before the decisions are read from the index; it is timed against the same check
// tagging each candidate article again without the decisions, as it did before.
import * as path from 'node:path';
import { tagArticleText } from '../src/core/decisions/articleTags';
import { CorpusIndex, type CorpusFiles } from '../src/core/corpus/corpusIndex';
import { summaryIdsBeforeDecisions } from '../src/core/corpus/summary';
import { parseEntityDecisions } from '../src/core/knowledge/entityDecisions';
import { type IndexedEntityIds, linkedIds, staleDecisionProblems } from '../src/core/knowledge/entityDecisionsStale';
import { createTagger } from '../src/core/tagging/createTagger';
import type { LanguageCode } from '../src/core/tagging/types';
import { TimeSlices } from '../src/core/timeSlices';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = 10_000;
/** Distinct bodies: the index summarises each content once (by hash), so building it tags only these. */
const BODIES = 1000;
/** The ids the merges name are chosen among those of the first bodies. */
const SCANNED = 150;
const MERGES = 300;
/** Merges of ids no mention has, into the ids most articles name. */
const STALE_MERGES = 20;
/** As the extension host slices the check. */
const SLICE_MS = 15;

const noFiles: CorpusFiles = { stat: () => Promise.resolve(undefined), read: () => Promise.resolve(undefined) };

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** The decisions file: live merges of rarer ids into frequent ones, and merges of ids no mention has (one into Kazakhstan). */
function decisionsYaml(frequency: Map<string, number>): string {
  const byCount = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const targets = ['Q232', ...byCount.filter((id) => id !== 'Q232').slice(0, 9)];
  const rare = byCount.filter((id) => !targets.includes(id)).reverse();
  const lines = ['merges:'];
  for (let i = 0; i < MERGES - STALE_MERGES; i++) {
    const from = rare[i % Math.max(1, rare.length)] ?? `local:PER:absent_${String(i)}`;
    lines.push(`  - into: ${targets[i % targets.length] ?? 'Q232'}`, `    from: [${i < rare.length ? from : `local:PER:absent_${String(i)}`}]`);
  }
  for (let i = 0; i < STALE_MERGES; i++) lines.push(`  - into: ${targets[i % 3] ?? 'Q232'}`, `    from: [local:LOC:nowhere_${String(i)}]`);
  return `${lines.join('\n')}\n`;
}

export async function runStaleDecisionsBench(): Promise<void> {
  console.log(`\nStale ids of .corpus/entities.yaml (${ARTICLES.toLocaleString('en')} articles without front matter, ${String(MERGES)} merges)`);
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(20261201);
  const languages: LanguageCode[] = ['kk', 'ru', 'az'];
  const bodies = Array.from({ length: BODIES }, (_, i) => generateText(sentences[languages[i % 3] ?? 'ru'], 2000 + Math.floor(next() * 4000), next));
  const undecided = createTagger({});
  await undecided.load();
  const frequency = new Map<string, number>();
  for (const [i, body] of bodies.slice(0, SCANNED).entries()) for (const id of new Set(linkedIds(tagArticleText(body, `/corpus/body_${String(i)}.txt`, undecided).tags))) frequency.set(id, (frequency.get(id) ?? 0) + 1);
  const yaml = decisionsYaml(frequency);
  const decided = createTagger({ entityDecisions: parseEntityDecisions(yaml).decisions });
  await decided.load();
  const index = new CorpusIndex(noFiles, { taggerFor: () => decided });
  const textOf = new Map<string, string>();
  for (let i = 0; i < ARTICLES; i++) {
    const file = `/corpus/${languages[i % 3] ?? 'ru'}/article_${String(i).padStart(5, '0')}.txt`;
    const text = bodies[i % BODIES] ?? '';
    textOf.set(file, text);
    index.updateContent(file, text);
  }
  const recorded = index.all().filter((article) => article.summary.idsBeforeDecisions !== undefined).length;

  // As the extension host runs it now: the file parsed once, the ids read from the index, in slices.
  const start = process.cpuUsage();
  const wallStart = performance.now();
  const parsed = parseEntityDecisions(yaml);
  const parseMs = cpuMs(start);
  const slices = new TimeSlices(SLICE_MS);
  const articles: IndexedEntityIds[] = index.all().map((article) => {
    const before = summaryIdsBeforeDecisions(article.summary);
    return { path: article.path, ids: article.summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])), ...(before ? { idsBeforeDecisions: before } : {}) };
  });
  let retagged = 0;
  const problems = await staleDecisionProblems(yaml, articles, () => { retagged++; return Promise.resolve(undefined); }, { slices, parsed });
  const nowMs = cpuMs(start);
  const nowWall = performance.now() - wallStart;
  const warnings = problems.filter((problem) => problem.code === 'entities-stale-id').length;
  console.log(`  check, ids read from the index: ${nowMs.toFixed(0)} ms of CPU (the parse of the file ${parseMs.toFixed(0)} ms; ${nowWall.toFixed(0)} ms wall, in ${String(SLICE_MS)} ms slices), ${String(retagged)} articles tagged again; ${String(warnings)} stale ids (${String(recorded)} summaries record ids before the decisions)`);

  // As it was: the index's ids only, each candidate article tagged again without the decisions.
  const without = index.all().map((article) => ({ path: article.path, ids: article.summary.entities.flatMap((entity) => (entity.id === undefined ? [] : [entity.id])) }));
  let tagged = 0;
  const beforeStart = process.cpuUsage();
  const old = await staleDecisionProblems(yaml, without, (file) => {
    tagged++;
    return Promise.resolve(new Set(linkedIds(tagArticleText(textOf.get(file) ?? '', file, undecided).tags)));
  }, { slices: new TimeSlices(SLICE_MS) });
  const beforeMs = cpuMs(beforeStart);
  const same = JSON.stringify(old) === JSON.stringify(problems);
  console.log(`  check as before, tagging again: ${(beforeMs / 1000).toFixed(1)} s of CPU, ${String(tagged)} articles tagged again (${same ? 'the same problems' : 'DIFFERENT problems'}; ${String(BODIES)} distinct bodies of seed sentences, each ten times)`);
}
