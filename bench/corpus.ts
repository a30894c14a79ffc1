import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../src/core/article/analyze';
import { identifyLanguage } from '../src/core/tagging/lang/identify';
import type { LanguageCode } from '../src/core/tagging/types';
import { seededRandom } from '../src/core/tagging/model/perceptron';

/** A small deterministic PRNG (mulberry32, the one that shuffles training), so every run builds the same corpus. */
export const random = seededRandom;

/** The running-text sentences of the seeds, by language. */
export function seedSentences(seedsFolder: string): Record<LanguageCode, string[]> {
  const sentences: Record<LanguageCode, string[]> = { kk: [], ru: [], az: [] };
  for (const name of readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(seedsFolder, name), 'utf8');
    const analysis = analyzeArticle(text, { plainText: true });
    const lang = identifyLanguage(text).lang;
    if (lang === 'und') continue;
    for (const block of analysis.contentBlocks) {
      sentences[lang].push(...block.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((sentence) => sentence.length > 20));
    }
  }
  return sentences;
}

/** Articles of `size` characters or so, made of shuffled seed sentences of one language. */
export function generateText(sentences: readonly string[], size: number, next: () => number): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const sentence = sentences[Math.floor(next() * sentences.length)] ?? '';
    parts.push(sentence);
    length += sentence.length + 1;
    if (next() < 0.2) {
      parts.push('\n\n');
      length += 2;
    }
  }
  return parts.join(' ');
}
