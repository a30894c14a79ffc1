// Linking on name variants across kk, ru, az and en (test/fixtures/linking/variants.tsv): how many
// link to the expected entity, and, apart from that, how many link to a wrong one.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { EntityKind } from '../../src/core/knowledge/knowledgeBase';
import { lookupName } from '../../src/core/knowledge/lookup';
import { loadCorpora } from '../../src/core/tagging/model/training/corpora';
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

/** Sentences of a text: KazNERD's blocks have one per line; factRuEval's documents are split at sentence ends. */
function sentenceCount(text: string, lang: LanguageCode): number {
  const sentences = lang === 'kk' ? text.split('\n') : text.split(/(?<=[.!?…])\s+(?=[\p{Lu}«"—-])|\n+/u);
  return sentences.filter((sentence) => sentence.trim().length > 1).length;
}

/**
 * How many mentions the tagger links per 100 sentences of real news it was not trained on (the
 * held-out dev split of data/corpora: KazNERD blocks of 20 sentences, kk; factRuEval-2016
 * documents, ru), each block or document tagged as one article: to the knowledge base, and to any
 * entity (corpus-local ids included), beside the names the corpus's own annotation has.
 */
export function printLinkingDensity(root: string): void {
  const { dev } = loadCorpora(root);
  console.log('\nLinked mentions per 100 sentences of held-out real news (data/corpora dev split, each block or document tagged as an article)\n');
  console.log('lang  sentences  gold names  to the knowledge base  to any entity  linked/gold: KB  any');
  for (const lang of ['kk', 'ru'] as const) {
    const documents = dev.filter((document) => document.lang === lang);
    let sentences = 0;
    let gold = 0;
    let known = 0;
    let any = 0;
    for (const document of documents) {
      sentences += sentenceCount(document.text, lang);
      gold += document.spans.length;
      for (const span of tag(document.text, { lang }).spans) {
        if (span.kind === 'DATE' || span.entityId === undefined) continue;
        any++;
        if (!span.entityId.startsWith('local:')) known++;
      }
    }
    const per100 = (count: number): string => ((count / Math.max(1, sentences)) * 100).toFixed(1);
    const ratio = (count: number): string => (count / Math.max(1, gold)).toFixed(2);
    console.log(`${lang.padEnd(5)} ${String(sentences).padStart(9)}  ${per100(gold).padStart(10)}  ${per100(known).padStart(21)}  ${per100(any).padStart(13)}  ${ratio(known).padStart(15)}  ${ratio(any).padStart(4)}`);
  }
  console.log('gold names: PER, ORG, LOC (and KazNERD EVENT) of the corpora\'s own annotation; linked/gold: linked mentions per gold name.');
}
