// Linking on name variants across kk, ru, az and en (test/fixtures/linking/variants.tsv): how many
// link to the expected entity, and, apart from that, how many link to a wrong one.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EntityKind } from '../../src/core/knowledge/knowledgeBase';
import { lookupName } from '../../src/core/knowledge/lookup';
import { tag } from '../../src/core/tagging/tag';
import type { LanguageCode } from '../../src/core/tagging/types';

export interface Variant { lang: LanguageCode | 'en'; kind: EntityKind; expected: string; mention: string; sentence: string }
export interface LinkingOutcome { variant: Variant; got: string | undefined; verdict: 'correct' | 'wrong' | 'unlinked' }

export function loadVariants(root: string): Variant[] {
  return readFileSync(path.join(root, 'test', 'fixtures', 'linking', 'variants.tsv'), 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [lang = '', kind = '', expected = '', mention = '', sentence = ''] = line.split('\t');
      return { lang: lang as Variant['lang'], kind: kind as EntityKind, expected, mention, sentence };
    });
}

/** The knowledge-base id the variant links to (corpus-local ids count as none). */
function linkedId(variant: Variant): string | undefined {
  if (variant.lang === 'en') return lookupName(variant.mention, variant.kind, 'en')?.entity.id;
  const at = variant.sentence.indexOf(variant.mention);
  const span = tag(variant.sentence, { lang: variant.lang }).spans.find((found) => found.kind !== 'DATE' && found.start < at + variant.mention.length && at < found.end);
  return span?.entityId?.startsWith('local:') === true ? undefined : span?.entityId;
}

export function scoreLinking(root: string): LinkingOutcome[] {
  return loadVariants(root).map((variant) => {
    const got = linkedId(variant);
    const expected = variant.expected === '-' ? undefined : variant.expected;
    const verdict = got === expected ? 'correct' : got === undefined ? 'unlinked' : 'wrong';
    return { variant, got, verdict };
  });
}

export function printLinking(root: string, details: boolean): void {
  const outcomes = scoreLinking(root);
  console.log('\nEntity linking on name variants (test/fixtures/linking/variants.tsv)\n');
  console.log('lang  variants  accuracy  wrong links  unlinked');
  for (const lang of ['kk', 'ru', 'az', 'en', 'all']) {
    const rows = outcomes.filter((outcome) => lang === 'all' || outcome.variant.lang === lang);
    const share = (verdict: LinkingOutcome['verdict']): string => (rows.filter((row) => row.verdict === verdict).length / Math.max(1, rows.length)).toFixed(2);
    console.log(`${lang.padEnd(5)} ${String(rows.length).padStart(8)}  ${share('correct').padStart(8)}  ${share('wrong').padStart(11)}  ${share('unlinked').padStart(8)}`);
  }
  if (details) for (const outcome of outcomes.filter((row) => row.verdict !== 'correct')) console.log(`  ${outcome.verdict.padEnd(8)} ${outcome.variant.lang} ${outcome.variant.mention} → ${outcome.got ?? '-'} (expected ${outcome.variant.expected})`);
}

/**
 * How many mentions the tagger links per 100 sentences of real news it was not tuned on (the
 * KazNERD validation split, kk; the factRuEval-2016 devset, ru; ../shared/corpora): to the
 * knowledge base, and to any entity (corpus-local ids included).
 */
export function printLinkingDensity(root: string): void {
  const corpora = path.join(root, '..', 'shared', 'corpora');
  const samples: { lang: LanguageCode; name: string; sentences: string[] }[] = [];
  try {
    const kaznerd = readFileSync(path.join(corpora, 'kk-kaznerd', 'IOB2_valid.txt'), 'utf8').split(/\n\s*\n/u)
      .map((block) => block.split('\n').map((line) => line.split(' ')[0] ?? '').join(' ').replace(/ ([.,:;!?»)])/gu, '$1').replace(/([«(]) /gu, '$1').trim())
      .filter((sentence) => sentence !== '');
    samples.push({ lang: 'kk', name: 'KazNERD validation, first 2,000 sentences', sentences: kaznerd.slice(0, 2000) });
    const folder = path.join(corpora, 'ru-factrueval', 'devset');
    const books = readdirSync(folder).filter((name) => name.endsWith('.txt')).sort();
    const factru = books.flatMap((name) => readFileSync(path.join(folder, name), 'utf8').split(/(?<=[.!?…])\s+(?=[\p{Lu}«"—-])|\n+/u)).map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 1);
    samples.push({ lang: 'ru', name: 'factRuEval-2016 devset, all 122 documents', sentences: factru });
  } catch {
    console.log('\n(linking density: ../shared/corpora is not there; skipped)');
    return;
  }
  console.log('\nLinked mentions per 100 sentences of real news (sentences tagged one at a time)\n');
  console.log('lang  sentences  to the knowledge base  to any entity');
  for (const sample of samples) {
    let known = 0;
    let any = 0;
    for (const sentence of sample.sentences) {
      for (const span of tag(sentence, { lang: sample.lang }).spans) {
        if (span.entityId === undefined) continue;
        any++;
        if (!span.entityId.startsWith('local:')) known++;
      }
    }
    const per100 = (count: number): string => ((count / sample.sentences.length) * 100).toFixed(1);
    console.log(`${sample.lang.padEnd(5)} ${String(sample.sentences.length).padStart(9)}  ${per100(known).padStart(21)}  ${per100(any).padStart(13)}   (${sample.name})`);
  }
}
