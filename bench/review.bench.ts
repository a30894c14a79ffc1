// The semantic diff of a 10,000-article corpus between two commits, read through git as
// `corpus-curator diff A B` reads it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { diffCorpus } from '../src/cli/commands/diff';
import { GitRepository } from '../src/cli/git/repository';
import { renderMarkdown } from '../src/core/review/render';
import { generateCorpus } from './corpusIndex.bench';

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
}

/** A curator's pass over an article: one entity removed, the status moved, a decision recorded. */
function curate(file: string): void {
  const text = readFileSync(file, 'utf8');
  const edited = text
    .replace(/^status: draft$/mu, 'status: reviewed')
    .replace(/^(people:\n) {2}- \{[^\n]*\}\n/mu, '$1')
    .replace(/\n---\n/u, '\ncuration:\n  accepted:\n    - {kind: LOC, name: Астана}\n---\n');
  writeFileSync(file, edited);
}

function makeRepository(folder: string): void {
  for (const lang of ['kk', 'ru', 'az']) mkdirSync(path.join(folder, lang));
  const paths = generateCorpus(folder);
  git(folder, 'init', '-q', '-b', 'main');
  // no background `git gc --auto` after the big commits: it would compete with the timing
  git(folder, 'config', 'gc.auto', '0');
  git(folder, 'add', '-A');
  git(folder, 'commit', '-q', '-m', 'corpus');
  paths.slice(0, 300).forEach(curate);
  git(folder, 'commit', '-q', '-am', 'a review of 300 articles');
  paths.slice(300).forEach(curate);
  git(folder, 'commit', '-q', '-am', 'every article reviewed');
}

async function timeDiff(repository: GitRepository, from: string, to: string): Promise<{ ms: number; cpuMs: number; changed: number; markdownMs: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const report = await diffCorpus(repository, [from, to], [], false);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const renderStart = performance.now();
  renderMarkdown(report);
  return { ms, cpuMs, changed: report.summary.articlesChanged, markdownMs: performance.now() - renderStart };
}

export async function runReviewBench(): Promise<void> {
  const folder = process.env.REVIEW_BENCH_FOLDER ?? mkdtempSync(path.join(tmpdir(), 'corpus-curator-review-bench-'));
  try {
    // REVIEW_BENCH_FOLDER keeps the repository, and reuses it when it is there
    if (!existsSync(path.join(folder, '.git'))) makeRepository(folder);
    const repository = await GitRepository.open(folder);
    const articles = 10_000;
    console.log(`\nReview: corpus-curator diff between two commits of ${articles.toLocaleString('en')} articles`);
    const few = await timeDiff(repository, 'HEAD~2', 'HEAD~1');
    console.log(`  300 articles changed:     ${(few.ms / 1000).toFixed(2)} s, ${(few.cpuMs / 1000).toFixed(2)} s of CPU here   (the other ${(articles - 300).toLocaleString('en')} skipped by blob id, unread)`);
    const all = await timeDiff(repository, 'HEAD~2', 'HEAD');
    console.log(`  all ${all.changed.toLocaleString('en')} changed:      ${(all.ms / 1000).toFixed(2)} s, ${(all.cpuMs / 1000).toFixed(2)} s of CPU here   (target ≤ 5 s; markdown report ${all.markdownMs.toFixed(0)} ms more)`);
  } finally {
    if (!process.env.REVIEW_BENCH_FOLDER) rmSync(folder, { recursive: true, force: true });
  }
}
