// Inputs that used to make parsing quadratic (issue 19): Markdown delimiter runs and deep nesting,
// 40,000 front-matter keys, and a 50 MB article. Each must grow linearly with its size.
import * as path from 'node:path';
import { analyzeArticle } from '../src/core/article/analyze';
import { checkArticle } from '../src/core/metadata/checkArticle';
import { writeArticle } from '../src/core/metadata/writeArticle';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function seconds(work: () => unknown): string {
  const start = performance.now();
  work();
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}

const RUNS: Record<string, (size: number) => string> = {
  '*…x…*': (size) => `${'*'.repeat(size / 2)}x${'*'.repeat(size / 2)}`,
  '_…x…_': (size) => `${'_'.repeat(size / 2)}x${'_'.repeat(size / 2)}`,
  '>…': (size) => '>'.repeat(size),
  '- - …': (size) => `${'- '.repeat(size / 2)}x`,
};

export function runParsingBench(): void {
  console.log('\nParsing (whole writer per article; .md and .txt)');
  for (const [name, make] of Object.entries(RUNS)) {
    const figures = [20_000, 40_000, 100_000].map((size) => {
      const text = `Заголовок мақала\n\n${make(size)}\n`;
      return `${size / 1000} KB: ${seconds(() => writeArticle(text, 'a.md'))} / ${seconds(() => writeArticle(text, 'a.txt'))}`;
    });
    console.log(`  ${name.padEnd(6)} ${figures.join(', ')}`);
  }

  const keys = Array.from({ length: 40_000 }, (_, i) => `key${i}: value ${i}\n`).join('');
  const body = 'Астана қаласында адам құқықтары жөнінде форум өтті.\n';
  const bare = `---\n${keys}---\n${body}`;
  let written = bare;
  const writeTime = seconds(() => {
    const result = writeArticle(bare, 'keys.txt');
    if (result.status === 'changed') written = result.newText;
  });
  console.log(`  40,000 front-matter keys: write ${writeTime}, write again (unchanged) ${seconds(() => writeArticle(written, 'keys.txt'))}, check ${seconds(() => checkArticle(written, 'keys.txt'))}`);

  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const large = generateText(sentences.kk, 50_000_000, random(20261130));
  for (const plainText of [true, false]) {
    const time = seconds(() => analyzeArticle(large, { plainText }));
    // The process's high-water mark so far (it includes the article and the benchmarks before).
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`  a ${(large.length / 1e6).toFixed(0)} M-character article, parsed (${plainText ? '.txt' : '.md'}): ${time}, peak RSS ${peakMb} MB`);
  }
}
