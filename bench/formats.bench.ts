// Export and import of 10,000 generated articles: the time of each, and the heap while they run
// (sampled every 50 ms), to show that both stream instead of collecting the corpus.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { encodeArticle } from '../src/core/article/decode';
import { listArticleFiles } from '../src/core/corpus/articleFiles';
import { SummaryWorkerPool } from '../src/core/corpus/workerPool';
import { exportCorpus } from '../src/core/formats/exportCorpus';
import { importCorpus } from '../src/core/formats/importCorpus';
import { tag } from '../src/core/tagging/tag';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES = Number(process.env.CORPUS_CURATOR_BENCH_ARTICLES ?? 10_000);

function generateBodies(folder: string): number {
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(14_000);
  const languages: LanguageCode[] = ['kk', 'ru', 'az'];
  let characters = 0;
  for (let i = 0; i < ARTICLES; i++) {
    const lang = languages[i % 3] ?? 'ru';
    const body = generateText(sentences[lang], 2000 + Math.floor(next() * 4000), next);
    characters += body.length;
    mkdirSync(path.join(folder, lang), { recursive: true });
    writeFileSync(path.join(folder, lang, `article_${String(i).padStart(5, '0')}.txt`), `${body}\n`);
  }
  return characters;
}

/** Runs `work` and reports its time and the highest heap seen meanwhile, after a collection before it. */
async function measured<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; cpuSeconds: number; baseMb: number; peakMb: number; afterMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseMb = process.memoryUsage().heapUsed / 2 ** 20;
  let peakMb = baseMb;
  const timer = setInterval(() => { peakMb = Math.max(peakMb, process.memoryUsage().heapUsed / 2 ** 20); }, 50);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    const result = await work();
    const cpu = process.cpuUsage(cpuStart);
    const seconds = (performance.now() - start) / 1000;
    (globalThis as { gc?: () => void }).gc?.();
    return { result, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, baseMb, peakMb, afterMb: process.memoryUsage().heapUsed / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export async function runFormatsBench(): Promise<void> {
  console.log(`\nExport and import (${ARTICLES.toLocaleString('en')} generated articles of 2–6 K characters, tagged as they go)`);
  const work = mkdtempSync(path.join(tmpdir(), 'cc-bench-formats-'));
  try {
    const corpus = path.join(work, 'corpus');
    const characters = generateBodies(corpus);
    const files = await listArticleFiles(corpus);
    const out = path.join(work, 'export', 'corpus.jsonl');
    // As the CLI exports many articles: tagged on one worker per core, written in order here.
    const jobs = cpus().length;
    const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), jobs);
    const options = { tags: 'all', withoutBoilerplate: false } as const;
    const exported = await measured(() => exportCorpus({
      files, format: 'jsonl', out, force: false, ...options, tagger: tag,
      computeDocument: (file) => pool.computeExport(file, options), lookahead: jobs * 8,
    })).finally(() => pool.close());
    console.log(`  export jsonl:  ${exported.seconds.toFixed(2)} s for ${exported.result.articles.toLocaleString('en')} articles, ${exported.result.spans.toLocaleString('en')} spans, ${(characters / 1e6).toFixed(1)} M characters (target ≤ 10 s)`);
    console.log(`                 ${exported.cpuSeconds.toFixed(2)} s of CPU (all threads, ${jobs} workers); heap ${exported.baseMb.toFixed(0)} MB before, at most ${exported.peakMb.toFixed(0)} MB while exporting, ${exported.afterMb.toFixed(0)} MB after`);
    const into = path.join(work, 'imported');
    mkdirSync(into);
    const importPool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), jobs);
    const imported = await measured(() => importCorpus({
      input: out, format: 'jsonl', into, mode: 'gold', force: false, tagger: tag,
      computeOutcome: (document, existingText, file) => importPool.computeImport(document, existingText, file, 'gold', false), lookahead: jobs * 8,
      onProblem: (problem) => { throw new Error(`${problem.file}:${problem.line}: ${problem.message}`); },
      onPlan: async (plan) => { await writeFile(plan.file, encodeArticle({ text: plan.newText, bom: false }), { flag: 'wx' }); },
    })).finally(() => importPool.close());
    console.log(`  import jsonl:  ${imported.seconds.toFixed(2)} s for ${imported.result.created.toLocaleString('en')} articles as gold, front matter written (target ≤ 20 s)`);
    console.log(`                 ${imported.cpuSeconds.toFixed(2)} s of CPU (all threads, ${jobs} workers); heap ${imported.baseMb.toFixed(0)} MB before, at most ${imported.peakMb.toFixed(0)} MB while importing, ${imported.afterMb.toFixed(0)} MB after`);
    console.log(`  (${jobs} worker threads on ${cpus().length} cores; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
