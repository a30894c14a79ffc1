// Learning from the curator: a 1,000-article workspace after a batch of decisions. The model is
// rebuilt on the learning worker and the articles are tagged again on the summary workers, as in
// the editor; meanwhile the main thread's event loop is watched for its longest block.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { tagName } from '../src/core/decisions/articleTags';
import { CorpusIndex } from '../src/core/corpus/corpusIndex';
import { nodeCorpusFiles } from '../src/core/corpus/nodeFiles';
import { SummaryWorkerPool } from '../src/core/corpus/workerPool';
import { LearnClient } from '../src/core/learning/learnClient';
import { adoptWorkspaceModel, workspaceModelFileBeside } from '../src/core/tagging/model/workspaceModel';
import { WORKSPACE_GAZETTEER_PATH } from '../src/core/tagging/gazetteer/workspaceGazetteer';
import { tag } from '../src/core/tagging/tag';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = 1000;
const CURATED = 30;

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

export async function runLearningBench(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-learn-bench-'));
  const learner = new LearnClient(path.join(REPO_ROOT, 'dist', 'learnWorker.js'));
  const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), cpus().length);
  try {
    generateWorkspace(folder);
    const gazetteerFile = path.join(folder, WORKSPACE_GAZETTEER_PATH);
    const modelFile = workspaceModelFileBeside(gazetteerFile);
    const files = Array.from({ length: ARTICLES }, (_, i) => path.join(folder, 'corpus', `article_${String(i).padStart(4, '0')}.txt`));
    // The session so far: the corpus index built (untagged articles tagged by the shipped model).
    const index = new CorpusIndex(nodeCorpusFiles(), { summarizeFile: (file) => pool.summarizeFile(file, gazetteerFile), gazetteerStamp: 'shipped' });
    await index.build(files);
    console.log(`\nLearning from the curator (${ARTICLES.toLocaleString('en')} generated articles, ${CURATED} with decisions; ${cpus().length} summary workers and the learning worker)`);
    const loop = monitorEventLoopDelay({ resolution: 1 });
    const learnLoop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    learnLoop.enable();
    const busyBefore = performance.eventLoopUtilization();
    const started = process.hrtime.bigint();
    const reply = await learner.learn({ roots: [path.join(folder, 'corpus')], modelFile, gazetteerFile, unsaved: {} });
    const learnt = process.hrtime.bigint();
    learnLoop.disable();
    if (reply.status !== 'learnt') throw new Error(`the bench expected a model, got ${reply.status}${reply.status === 'failed' ? `: ${reply.error}` : ''}`);
    adoptWorkspaceModel(modelFile, reply.weights, reply.manifest);
    // As the editor does: the index tags its untagged articles again (all but the curated ones here).
    await index.regazetteer('workspace model');
    const retagged = index.all().filter((article) => article.summary.state === 'none').length;
    const done = process.hrtime.bigint();
    loop.disable();
    const busy = performance.eventLoopUtilization(busyBefore);
    const seconds = (from: bigint, to: bigint): string => (Number(to - from) / 1e9).toFixed(2);
    console.log(`  rebuild the model from the decisions (${reply.examples} curated articles): ${seconds(started, learnt)} s`);
    console.log(`  tag the ${retagged.toLocaleString('en')} untagged articles again with it (the corpus index): ${seconds(learnt, done)} s`);
    console.log(`  decisions to re-tagged workspace: ${seconds(started, done)} s (target ≤ 5 s on 2 cores)`);
    console.log(`  main thread: longest event-loop block ${(loop.max / 1e6).toFixed(1)} ms (target ≤ 50 ms; p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms); while the model was rebuilt ${(learnLoop.max / 1e6).toFixed(1)} ms; busy ${busy.active.toFixed(0)} ms of ${(busy.active + busy.idle).toFixed(0)} ms`);
  } finally {
    await learner.dispose();
    await pool.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

