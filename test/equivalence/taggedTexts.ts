// The texts whose tagging must not change when the tagger is made faster, and a fingerprint of
// what the tagger gives for each: the seeds, the development sentences, the held-out part of the
// annotated corpora and the benchmark's generated news, each tagged as Kazakh, Russian,
// Azerbaijani and with the language left to the tagger, with and without the entity model.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateText, random, seedSentences } from '../../bench/corpus';
import { tag } from '../../src/core/tagging/tag';
import type { LanguageCode, TagResult } from '../../src/core/tagging/types';
import { loadCorpusDev, loadDevGold } from '../quality/gold';

export interface TaggedText { name: string; text: string }

/** One way of tagging a text: its language (or none given) and whether the entity model runs. */
export interface TaggingCase { lang: LanguageCode | undefined; model: boolean }

export const CASES: readonly TaggingCase[] = (['kk', 'ru', 'az', undefined] as const).flatMap((lang) => [{ lang, model: true }, { lang, model: false }]);

const REFERENCE_DATE = '2024-06-01';
/** As much generated text per language as the tagging benchmark tags. */
const GENERATED_CHARS = 2_000_000;
const SHORT_GENERATED_CHARS = 30_000;

export function caseName(name: string, taggingCase: TaggingCase): string {
  return `${name} [${taggingCase.lang ?? 'auto'}${taggingCase.model ? '' : ', no model'}]`;
}

/** The texts: all of them, or (`quick`) the seeds, the development sentences, every fourth corpus text and short generated ones. */
export function taggedTexts(repoRoot: string, quick = false): TaggedText[] {
  const seedsFolder = path.join(repoRoot, 'seeds');
  const seeds = readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => ({ name: `seed ${name}`, text: readFileSync(path.join(seedsFolder, name), 'utf8') }));
  const dev = loadDevGold(repoRoot).map((document) => ({ name: `dev ${document.name}`, text: document.text }));
  const corpus = loadCorpusDev(repoRoot).filter((_, i) => !quick || i % 4 === 0).map((document) => ({ name: `corpus ${document.name}`, text: document.text }));
  const sentences = seedSentences(seedsFolder);
  const generated = (['kk', 'ru', 'az'] as const).flatMap((lang) => {
    const short = { name: `generated ${lang} ${SHORT_GENERATED_CHARS}`, text: generateText(sentences[lang], SHORT_GENERATED_CHARS, random(20261130)) };
    return quick ? [short] : [short, { name: `generated ${lang} ${GENERATED_CHARS}`, text: generateText(sentences[lang], GENERATED_CHARS, random(20261121)) }];
  });
  return [...seeds, ...dev, ...corpus, ...generated];
}

export function tagCase(text: string, taggingCase: TaggingCase): TagResult {
  return tag(text, { ...(taggingCase.lang ? { lang: taggingCase.lang } : {}), referenceDate: REFERENCE_DATE }, taggingCase.model ? {} : { model: null });
}

/** The tagger's whole output (language, script, every span with every field, in order), as JSON. */
export function outputJson(result: TagResult): string {
  return JSON.stringify(result);
}

export function fingerprint(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, 24);
}

/** Where the fingerprints of the unchanged tagger are kept. */
export function fingerprintsFile(repoRoot: string): string {
  return path.join(repoRoot, 'test', 'fixtures', 'equivalence', 'tagOutputs.json');
}

export function readFingerprints(repoRoot: string): Record<string, string> {
  return JSON.parse(readFileSync(fingerprintsFile(repoRoot), 'utf8')) as Record<string, string>;
}
