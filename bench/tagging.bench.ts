// The tagging engine's speed: throughput on a generated multi-megabyte corpus, the time for one
// 10 KB article, and the ratio against chrono-node's Russian date parser on the same text.
import * as chrono from 'chrono-node';
import * as path from 'node:path';
import { tagDates } from '../src/core/tagging/dates/tagDates';
import { readFileSync } from 'node:fs';
import { parseModel } from '../src/core/tagging/model/modelFile';
import { shippedModelPath } from '../src/core/tagging/model/shippedModel';
import { tag } from '../src/core/tagging/tag';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';
import { medianMs, utf8Megabytes } from './machine';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const CORPUS_CHARS_PER_LANGUAGE = 2_000_000;

/** The entity model: size on disk, time to load, memory it takes (the weights are typed arrays, outside the JS heap). */
function runModelBench(): void {
  const file = shippedModelPath();
  const before = process.memoryUsage();
  const start = performance.now();
  const bytes = readFileSync(file);
  const { weights } = parseModel(bytes, file);
  const ms = performance.now() - start;
  const after = process.memoryUsage();
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  console.log(`\nEntity model (${path.basename(file)})`);
  console.log(`  on disk ${mb(bytes.length)} MB; weights in memory ${mb(weights.values.byteLength)} MB (array buffers +${mb(after.arrayBuffers - before.arrayBuffers)} MB, heap +${mb(after.heapUsed - before.heapUsed)} MB); read and checked in ${ms.toFixed(0)} ms`);
}

export function runTaggingBench(): void {
  runModelBench();
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(20261121);
  console.log('\nTagging engine');
  let totalMb = 0;
  let totalMs = 0;
  for (const lang of ['kk', 'ru', 'az'] as LanguageCode[]) {
    const text = generateText(sentences[lang], CORPUS_CHARS_PER_LANGUAGE, next);
    tag(text.slice(0, 20_000), { lang });
    const start = performance.now();
    const spans = tag(text, { lang, referenceDate: '2024-06-01' }).spans.length;
    const ms = performance.now() - start;
    const mb = utf8Megabytes(text);
    totalMb += mb;
    totalMs += ms;
    console.log(`  ${lang}: ${mb.toFixed(1)} MB in ${(ms / 1000).toFixed(2)} s = ${(mb / (ms / 1000)).toFixed(2)} MB/s (${spans} spans)`);
  }
  console.log(`  all: ${totalMb.toFixed(1)} MB at ${(totalMb / (totalMs / 1000)).toFixed(2)} MB/s`);

  const article = generateText(sentences.ru, 10_000, next).slice(0, 10_000);
  const articleMs = medianMs(200, () => tag(article));
  console.log(`  one 10 KB article (ru, median of 200): ${articleMs.toFixed(2)} ms`);

  const russian = generateText(sentences.ru, 500_000, next);
  const reference = new Date(Date.UTC(2024, 5, 1));
  chrono.ru.parse(russian.slice(0, 20_000), reference);
  tag(russian.slice(0, 20_000), { lang: 'ru' });
  tagDates(russian.slice(0, 20_000), 'ru', '2024-06-01');
  const chronoMs = medianMs(5, () => chrono.ru.parse(russian, reference));
  const datesMs = medianMs(5, () => tagDates(russian, 'ru', '2024-06-01'));
  const tagMs = medianMs(5, () => tag(russian, { lang: 'ru', referenceDate: '2024-06-01' }));
  const rulesMs = medianMs(5, () => tag(russian, { lang: 'ru', referenceDate: '2024-06-01' }, { model: null }));
  const mb = utf8Megabytes(russian);
  const rate = (ms: number): string => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  console.log(`  the same ${mb.toFixed(2)} MB of Russian news text:`);
  console.log(`    chrono-node ru.parse (dates)        ${rate(chronoMs)}`);
  console.log(`    Corpus Curator ru dates             ${rate(datesMs)}  = ${(chronoMs / datesMs).toFixed(1)}× chrono-node (target ≥ 15×)`);
  console.log(`    Corpus Curator tag (dates+entities) ${rate(tagMs)}  = ${(chronoMs / tagMs).toFixed(1)}× chrono-node`);
  console.log(`    the same without the entity model   ${rate(rulesMs)}  = ${(chronoMs / rulesMs).toFixed(1)}× chrono-node`);
}
