// Language identification measured against franc-min, a trigram identifier, on the same texts:
// the seeds whole, their paragraphs, the development sentences, and sentences in the region's
// other languages, which must come out as `und`.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { franc } from 'franc-min';
import { identifyLanguage } from '../../src/core/tagging/lang/identify';
import type { LanguageCode } from '../../src/core/tagging/types';
import type { GoldDocument } from './gold';

const FRANC_CODES: Record<string, LanguageCode> = { kaz: 'kk', rus: 'ru', azj: 'az' };
const ONLY_OURS = Object.keys(FRANC_CODES);

interface Sample { text: string; lang: LanguageCode | 'und' }

/** Paragraphs long enough to say something (40 letters or more), labelled with their article's language. */
function paragraphsOf(documents: readonly GoldDocument[]): Sample[] {
  return documents.flatMap((document) => document.text.split(/\n\s*\n/u)
    .filter((paragraph) => (paragraph.match(/\p{L}/gu) ?? []).length >= 40)
    .map((text) => ({ text, lang: document.lang })));
}

function accuracy(samples: readonly Sample[], identify: (text: string) => string): string {
  const right = samples.filter((sample) => identify(sample.text) === sample.lang).length;
  return `${String(right).padStart(4)}/${String(samples.length).padEnd(4)} ${(right / Math.max(1, samples.length)).toFixed(2)}`;
}

/** test/fixtures/dev/other-languages.tsv: Kyrgyz, Uzbek, Tajik, Ukrainian, Tatar, Turkish, English. */
function otherLanguages(repoRoot: string): Sample[] {
  return readFileSync(path.join(repoRoot, 'test', 'fixtures', 'dev', 'other-languages.tsv'), 'utf8').split('\n')
    .filter((row) => row.trim() !== '').map((row) => ({ text: row.split('\t')[1] ?? '', lang: 'und' }));
}

export function printLanguageIdentification(repoRoot: string, seeds: readonly GoldDocument[], dev: readonly GoldDocument[]): void {
  const sets: [string, Sample[]][] = [['seed articles', [...seeds]], ['seed paragraphs', paragraphsOf(seeds)], ['dev sentences', [...dev]], ['other languages', otherLanguages(repoRoot)]];
  const ours = (text: string): string => identifyLanguage(text).lang;
  const francAny = (text: string): string => FRANC_CODES[franc(text)] ?? 'und';
  const francOfThree = (text: string): string => FRANC_CODES[franc(text, { only: ONLY_OURS })] ?? 'und';
  console.log('\nLanguage identification (correct/total, accuracy)\n');
  console.log('texts              Corpus Curator   franc-min        franc-min, kk/ru/az only');
  for (const [name, samples] of sets) {
    console.log(`${name.padEnd(18)} ${accuracy(samples, ours).padEnd(16)} ${accuracy(samples, francAny).padEnd(16)} ${accuracy(samples, francOfThree)}`);
  }
}
