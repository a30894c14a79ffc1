// Learning from the curator: a 1,000-article workspace after a batch of decisions. The model is
// rebuilt on the learning worker and the articles are tagged again on the summary workers, as in
// the editor; meanwhile the main thread's event loop is watched for its longest block.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { tagArticleText, tagName } from '../src/core/decisions/articleTags';
import { sortArticlesBy } from '../src/core/corpus/articleOrder';
import { writeIndexCache } from '../src/core/corpus/indexCacheFile';
import { corpusEntities, groupArticles } from '../src/core/corpus/views';
import { workspaceTagger } from '../src/core/corpus/workspaceTagger';
import { MainThreadTasks } from './mainThreadTasks';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { nodeCorpusFiles } from '../src/core/corpus/nodeFiles';
import { SummaryWorkerPool } from '../src/core/corpus/workerPool';
import { LearnClient } from '../src/core/learning/learnClient';
import { adoptWorkspaceModel, workspaceModelFileBeside, workspaceModelInMemory } from '../src/core/tagging/model/workspaceModel';
import { WORKSPACE_GAZETTEER_PATH } from '../src/core/tagging/gazetteer/workspaceGazetteer';
import { tag } from '../src/core/tagging/tag';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = 1000;
const CURATED = 30;
/** Articles open in editors: tagged again on the main thread, as their lenses and decorations ask. */
const OPEN_ARTICLES = 5;
/** Articles whose decisions change in the batch that is timed. */
const BATCH = 3;

/** 1,000 articles of 2–6 KB in the three languages; the first CURATED carry the curator's decisions (every third of them reviewed). */
function generateWorkspace(folder: string): void {
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(1000);
  const languages: LanguageCode[] = ['kk', 'ru', 'az'];
  mkdirSync(path.join(folder, 'corpus'));
  for (let i = 0; i < ARTICLES; i++) {
    const lang = languages[i % 3] ?? 'ru';
    const body = generateText(sentences[lang], 2000 + Math.floor(next() * 4000), next);
    let text = `${body}\n`;
    if (i < CURATED) {
      const names = [...new Map(tag(body, { lang }).spans.filter((span) => span.kind !== 'DATE').map((span) => [`${span.kind} ${tagName(span)}`, span])).values()];
      const rejected = names.filter((_, k) => k % 5 === 4);
      const accepted = names.filter((_, k) => k % 5 !== 4);
      const list = (spans: typeof names): string => spans.map((span) => `    - {kind: ${span.kind}, name: ${JSON.stringify(tagName(span))}}\n`).join('');
      text = `---\nlanguage: ${lang}\nstatus: ${i % 3 === 0 ? 'reviewed' : 'draft'}\ncuration:\n  accepted:\n${list(accepted)}  rejected:\n${list(rejected)}---\n${body}\n`;
    }
    writeFileSync(path.join(folder, 'corpus', `article_${String(i).padStart(4, '0')}.txt`), text);
  }
}

/** The article with its first accepted name moved to the rejected ones. */
function rejectFirstAccepted(text: string): string {
  const moved = /^ {2}accepted:\n( {4}- .*\n)/mu.exec(text)?.[1];
  return moved === undefined ? text : text.replace(moved, '').replace(/^ {2}rejected:\n/mu, (header) => `${header}${moved}`);
}

/** Each step of the host's path in a task of its own, as VS Code runs them (an event, a provider call, a timer). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => { setImmediate(resolve); });
}

export async function runLearningBench(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-learn-bench-'));
  const learner = new LearnClient(path.join(REPO_ROOT, 'dist', 'learnWorker.js'));
  const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), cpus().length);
  try {
    generateWorkspace(folder);
    const gazetteerFile = path.join(folder, WORKSPACE_GAZETTEER_PATH);
    const modelFile = workspaceModelFileBeside(gazetteerFile);
    const cacheFile = path.join(folder, 'storage', 'corpus-index.json');
    const files = Array.from({ length: ARTICLES }, (_, i) => path.join(folder, 'corpus', `article_${String(i).padStart(4, '0')}.txt`));
    // The session so far: the corpus index built (untagged articles tagged by the shipped model), a few articles open.
    const index = new CorpusIndex(nodeCorpusFiles(), { summarizeFile: (file) => pool.summarizeFile(file, gazetteerFile), gazetteerStamp: 'shipped' });
    await index.build(files);
    const open = files.slice(0, OPEN_ARTICLES).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    console.log(`\nLearning from the curator (${ARTICLES.toLocaleString('en')} generated articles, ${CURATED} with decisions, ${OPEN_ARTICLES} open; ${cpus().length} summary workers and the learning worker)`);
    // The first rebuild of the session tags every curated article; it was done before the batch timed below.
    const firstStarted = process.hrtime.bigint();
    const first = await learner.learn({ roots: [path.join(folder, 'corpus')], modelFile, gazetteerFile, unsaved: {} });
    const firstSeconds = Number(process.hrtime.bigint() - firstStarted) / 1e9;
    if (first.status !== 'learnt') throw new Error(`the bench expected a model, got ${first.status}`);
    adoptWorkspaceModel(modelFile, first.weights, first.manifest);
    await index.regazetteer('workspace model 1');
    for (const { file, text } of open) tagArticleText(text, file, workspaceTagger({ gazetteer: gazetteerFile, model: workspaceModelInMemory(modelFile) }));
    // A batch of decisions: in BATCH articles, the curator rejects a name accepted before.
    for (const file of files.slice(0, BATCH)) writeFileSync(file, rejectFirstAccepted(readFileSync(file, 'utf8')));
    const tasks = new MainThreadTasks();
    const busyBefore = performance.eventLoopUtilization();
    const cpuBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    tasks.start('rebuilding the model (worker)');
    const reply = await learner.learn({ roots: [path.join(folder, 'corpus')], modelFile, gazetteerFile, unsaved: {} });
    const learnt = process.hrtime.bigint();
    const learnCpu = process.cpuUsage(cpuBefore);
    if (reply.status !== 'learnt') throw new Error(`the bench expected a model, got ${reply.status}${reply.status === 'failed' ? `: ${reply.error}` : ''}`);
    // The editor's path from here (services/workspaceLearning, indexService, curation, the views).
    tasks.phase('taking the model');
    adoptWorkspaceModel(modelFile, reply.weights, reply.manifest);
    tasks.phase('re-tagging the open articles');
    for (const { file, text } of open) {
      await nextTask();
      tagArticleText(text, file, workspaceTagger({ gazetteer: gazetteerFile, model: workspaceModelInMemory(modelFile) }));
    }
    tasks.phase('re-tagging the corpus index (workers)');
    const changed = await index.regazetteer('workspace model 2');
    const retagged = index.all().filter((article) => article.summary.state === 'none').length;
    const done = process.hrtime.bigint();
    tasks.phase('refreshing the Articles view');
    await nextTask();
    for (const group of groupArticles(index.all(), 'none', folder)) sortArticlesBy(group.articles, 'pending');
    await nextTask();
    tasks.phase('refreshing the Entities view');
    corpusEntities(index.all());
    tasks.phase('saving the index cache');
    await writeIndexCache(cacheFile, index.snapshot());
    tasks.stop();
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (usage: NodeJS.CpuUsage): string => ((usage.user + usage.system) / 1e6).toFixed(2);
    const busy = performance.eventLoopUtilization(busyBefore);
    const seconds = (from: bigint, to: bigint): string => (Number(to - from) / 1e9).toFixed(2);
    const unit = tasks.measuresCpu ? 'ms of its CPU time' : 'ms wall clock';
    console.log(`  first rebuild of a session (every curated article tagged): ${firstSeconds.toFixed(2)} s`);
    console.log(`  after a batch of decisions in ${BATCH} articles, rebuild the model from the decisions (${reply.examples} curated articles; ${String(reply.foldsElsewhere ?? 0)} folds of its cross-validation on the worker's second thread): ${seconds(started, learnt)} s (CPU ${cpuSeconds(learnCpu)} s)`);
    console.log(`  tag the ${retagged.toLocaleString('en')} untagged articles again with it (the corpus index; ${changed ? 'summaries changed' : 'no summary changed'}): ${seconds(learnt, done)} s`);
    console.log(`  decisions to re-tagged workspace: ${seconds(started, done)} s (target ≤ 5 s on 2 cores); CPU of all threads ${cpuSeconds(cpu)} s`);
    console.log(`  main thread: longest task ${(tasks.longest.cpuMs ?? tasks.longest.wallMs).toFixed(1)} ${unit} (target ≤ 50 ms), while ${tasks.longest.phase}; longest wall-clock block ${tasks.longestWallMs.toFixed(1)} ms (waiting for a core included); busy ${busy.active.toFixed(0)} ms of ${(busy.active + busy.idle).toFixed(0)} ms`);
    console.log(`  longest task by step: ${[...tasks.byPhase].map(([phase, ms]) => `${phase} ${ms.toFixed(1)} ms`).join('; ')}`);
  } finally {
    await learner.dispose();
    await pool.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
