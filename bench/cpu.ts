// Measures CPU time (not wall time) of the tagger on the benchmark's Russian text: `node out/bench/cpu.js`.
import * as chrono from 'chrono-node';
import * as path from 'node:path';
import { tag } from '../src/core/tagging/tag';
import { generateText, random, seedSentences } from './corpus';
import { utf8Megabytes } from './machine';

function leastCpuMs(runs: number, work: () => unknown): number {
  let least = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    work();
    const used = process.cpuUsage(before);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}

const sentences = seedSentences(path.join(path.resolve(__dirname, '..', '..'), 'seeds'));
const next = random(20261121);
const russian = generateText(sentences.ru, 500_000, next);
const article = generateText(sentences.ru, 10_000, next).slice(0, 10_000);
const reference = new Date(Date.UTC(2024, 5, 1));
const mb = utf8Megabytes(russian);
const runs = Number(process.argv[2] ?? 5);
tag(russian.slice(0, 20_000), { lang: 'ru' });
const chronoMs = process.argv.includes('--no-chrono') ? NaN : leastCpuMs(runs, () => chrono.ru.parse(russian, reference));
const tagMs = leastCpuMs(runs, () => tag(russian, { lang: 'ru', referenceDate: '2024-06-01' }));
const rulesMs = leastCpuMs(runs, () => tag(russian, { lang: 'ru', referenceDate: '2024-06-01' }, { model: null }));
const articleMs = leastCpuMs(runs * 20, () => tag(article));
console.log(`${mb.toFixed(2)} MB ru: chrono ${(chronoMs / mb).toFixed(0)} ms/MB; tag ${(tagMs / mb).toFixed(0)} ms/MB (${(chronoMs / tagMs).toFixed(2)}x chrono); no model ${(rulesMs / mb).toFixed(0)} ms/MB (${(chronoMs / rulesMs).toFixed(2)}x); 10 KB article ${articleMs.toFixed(2)} ms`);
