// The writer on generated corpora of 3 KB articles, as `corpus-curator` runs it: the first
// `write` (front matter computed on the worker threads), a re-run with nothing to change (the
// cache), `check`, and 100,000 articles with the peak memory of the process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const ARTICLE_BYTES = 3_000;

/** Articles without front matter, in folders of 1,000, as a corpus arrives from a crawler. */
function generateArticles(folder: string, count: number): void {
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(count);
  const languages: LanguageCode[] = ['kk', 'ru', 'az'];
  for (let i = 0; i < count; i++) {
    const lang = languages[i % 3] ?? 'ru';
    const sub = path.join(folder, `part_${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    let body = generateText(sentences[lang], ARTICLE_BYTES / 2, next);
    while (Buffer.byteLength(body) > ARTICLE_BYTES) body = body.slice(0, Math.floor(body.length * 0.9));
    const title = (body.split(/[.!?]/u)[0] ?? '').slice(0, 90);
    writeFileSync(path.join(sub, `article_${String(i).padStart(6, '0')}.txt`), `${title}\n\n${body}\n`);
  }
}

interface Timed { seconds: number; cpuSeconds: number; summary: string; maxRssMb: number }

/**
 * Runs the CLI in `folder` and reports its wall time, its CPU time and peak memory (worker threads
 * included: on a busy machine the CPU time tells what the run costs), and its summary line.
 */
function run(folder: string, args: string[], cacheDir: string): Timed {
  const preload = path.join(folder, '..', 'max-rss.js');
  writeFileSync(preload, "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write(`max-rss ${u.maxRSS} cpu ${u.userCPUTime + u.systemCPUTime}\\n`); });\n");
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, CLI, ...args], {
    cwd: folder, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, CORPUS_CURATOR_CACHE_DIR: cacheDir },
  });
  const seconds = (performance.now() - start) / 1000;
  const lines = result.stderr.trim().split('\n');
  const usage = /max-rss (\d+) cpu (\d+)/u.exec(result.stderr);
  return { seconds, cpuSeconds: Number(usage?.[2] ?? 0) / 1e6, summary: lines.filter((line) => !line.startsWith('max-rss')).at(-1) ?? '', maxRssMb: Number(usage?.[1] ?? 0) / 1024 };
}

function corpusRun(count: number, step: (folder: string, cacheDir: string) => void): void {
  const work = mkdtempSync(path.join(tmpdir(), 'corpus-curator-write-'));
  try {
    const folder = path.join(work, 'corpus');
    mkdirSync(folder);
    generateArticles(folder, count);
    step(folder, path.join(work, 'cache'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function runWriteBench(options: { huge: boolean }): void {
  console.log('\nWriter (CLI, generated 3 KB articles without front matter)');
  corpusRun(10_000, (folder, cacheDir) => {
    const first = run(folder, ['write', '.'], cacheDir);
    const cpu = (timed: Timed): string => `CPU ${timed.cpuSeconds.toFixed(1)} s`;
    console.log(`  write 10,000:            ${first.seconds.toFixed(1)} s  (target ≤ 10 s; ${cpu(first)})   ${first.summary}`);
    const again = run(folder, ['write', '.'], cacheDir);
    console.log(`  write again, no change:  ${again.seconds.toFixed(1)} s  (target ≤ 2 s; ${cpu(again)})    ${again.summary}`);
    const check = run(folder, ['check', '.'], cacheDir);
    console.log(`  check 10,000:            ${check.seconds.toFixed(1)} s  (target ≤ 3 s; ${cpu(check)})    ${check.summary}`);
  });
  if (!options.huge) {
    console.log('  (100,000 articles: run npm run bench -- --huge)');
    return;
  }
  corpusRun(100_000, (folder, cacheDir) => {
    const huge = run(folder, ['write', '.'], cacheDir);
    console.log(`  write 100,000:           ${huge.seconds.toFixed(0)} s (CPU ${huge.cpuSeconds.toFixed(0)} s), peak memory ${huge.maxRssMb.toFixed(0)} MB (target ≤ 300 MB)   ${huge.summary}`);
  });
}
