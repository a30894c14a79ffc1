// The knowledge base and linking: the time and memory to load the knowledge base (in a fresh
// process, as the extension and the CLI load it), and what linking adds to the tagger's time.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { tag } from '../src/core/tagging/tag';
import type { LanguageCode } from '../src/core/tagging/types';
import { generateText, random, seedSentences } from './corpus';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const ARTICLES_PER_LANGUAGE = 150;
const ARTICLE_CHARS = 6_000;

/** Loads knowledge.json and builds the knowledge base and the gazetteer over it, cold, in a child process. */
function measureLoad(): { loadMs: number; heapMb: number; gazetteerMs: number } {
  const script = `
    const { readFileSync } = require('node:fs');
    global.gc();
    const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const { KnowledgeBase } = require(${JSON.stringify(path.join(REPO_ROOT, 'out', 'bench', 'knowledgeLoad.js'))});
    const kb = new KnowledgeBase(JSON.parse(readFileSync(${JSON.stringify(path.join(REPO_ROOT, 'src', 'core', 'knowledge', 'knowledge.json'))}, 'utf8')));
    const loadMs = performance.now() - start;
    const gazetteerStart = performance.now();
    const { Gazetteer } = require(${JSON.stringify(path.join(REPO_ROOT, 'out', 'bench', 'knowledgeLoad.js'))});
    const gazetteer = new Gazetteer(kb.gazetteerEntries());
    const gazetteerMs = performance.now() - gazetteerStart;
    global.gc();
    const heapMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    console.log(JSON.stringify({ loadMs, heapMb, gazetteerMs, keep: kb.entities.length + gazetteer.entries.length }));
  `;
  const run = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as { loadMs: number; heapMb: number; gazetteerMs: number };
}

export function runLinkingBench(): void {
  console.log('\nKnowledge base and linking');
  const load = measureLoad();
  console.log(`  knowledge base load (fresh process, parse + index): ${load.loadMs.toFixed(1)} ms (target ≤ 100 ms), ${load.heapMb.toFixed(1)} MB of heap with the gazetteer over it (target ≤ 20 MB); gazetteer ${load.gazetteerMs.toFixed(1)} ms`);
  const sentences = seedSentences(path.join(REPO_ROOT, 'seeds'));
  const next = random(20261130);
  const articles = (['kk', 'ru', 'az'] as LanguageCode[]).flatMap((lang) => Array.from({ length: ARTICLES_PER_LANGUAGE }, () => ({ lang, text: generateText(sentences[lang], ARTICLE_CHARS, next) })));
  // Each article's fastest of 7 runs with and without linking, alternated, so that other work on
  // the machine (a shared 2-core box) weighs on neither side.
  const fastest = { without: articles.map(() => Infinity), with: articles.map(() => Infinity) };
  for (let round = 0; round < 7; round++) {
    articles.forEach((article, index) => {
      for (const link of round % 2 === 0 ? [false, true] : [true, false]) {
        const start = performance.now();
        tag(article.text, { lang: article.lang }, { link });
        const ms = performance.now() - start;
        const side = link ? fastest.with : fastest.without;
        side[index] = Math.min(side[index] ?? Infinity, ms);
      }
    });
  }
  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);
  const base = sum(fastest.without);
  const linked = sum(fastest.with);
  console.log(`  ${articles.length} articles of ${ARTICLE_CHARS / 1000} KB (kk, ru, az), fastest of 7 runs each: tagging ${base.toFixed(0)} ms without linking, ${linked.toFixed(0)} ms with = +${(((linked - base) / base) * 100).toFixed(1)}% (target ≤ 10%)`);
}
