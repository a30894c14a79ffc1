// CPU time (not wall time, which other processes on a shared machine disturb) of the tagger on
// the benchmark's generated news, per MB, against chrono-node's Russian date parser:
// `node out/bench/cpu.js [RUNS] [--lang kk|ru|az] [--no-chrono]` (the least of RUNS runs).
import * as chrono from 'chrono-node';
import * as path from 'node:path';
import { tag } from '../src/core/tagging/tag';
import { generateText, random, seedSentences } from './corpus';
import { benchLanguage, leastCpuMs, utf8Megabytes } from './machine';

const sentences = seedSentences(path.join(path.resolve(__dirname, '..', '..'), 'seeds'));
const next = random(20261121);
const lang = benchLanguage();
const russian = generateText(sentences[lang], 500_000, next);
const article = generateText(sentences.ru, 10_000, next).slice(0, 10_000);
const reference = new Date(Date.UTC(2024, 5, 1));
const mb = utf8Megabytes(russian);
const runs = Number(process.argv[2] ?? 5);
tag(russian.slice(0, 20_000), { lang });
const chronoMs = process.argv.includes('--no-chrono') ? NaN : leastCpuMs(runs, () => chrono.ru.parse(russian, reference));
const tagMs = leastCpuMs(runs, () => tag(russian, { lang, referenceDate: '2024-06-01' }));
const rulesMs = leastCpuMs(runs, () => tag(russian, { lang, referenceDate: '2024-06-01' }, { model: null }));
const articleMs = leastCpuMs(runs * 20, () => tag(article));
console.log(`${mb.toFixed(2)} MB ${lang}: chrono ${(chronoMs / mb).toFixed(0)} ms/MB; tag ${(tagMs / mb).toFixed(0)} ms/MB (${(chronoMs / tagMs).toFixed(2)}x chrono); no model ${(rulesMs / mb).toFixed(0)} ms/MB (${(chronoMs / rulesMs).toFixed(2)}x); 10 KB article ${articleMs.toFixed(2)} ms`);
