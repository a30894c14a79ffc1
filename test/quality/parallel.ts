// Cross-lingual agreement of linked ids on the project's own parallel set
// (test/quality/parallel/triples.tsv: the same sentence in kk, ru and az, written alongside the
// linker, see its README): micro Jaccard of the ids linked on the two sides of each pair, and
// linked mentions per 100 sentences per language.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tag } from '../../src/core/tagging/tag';
import type { LanguageCode } from '../../src/core/tagging/types';

const LANGUAGES = ['kk', 'ru', 'az'] as const;
const PAIRS: readonly (readonly [LanguageCode, LanguageCode])[] = [['kk', 'ru'], ['az', 'ru'], ['az', 'kk']];

export interface ParallelTriple { id: string; en: string; kk: string; ru: string; az: string }

/**
 * The sets: `triples.tsv` (written alongside the linker), `heldout.tsv` (written before the
 * linker's rules of 2026-12-01 were changed, its differences seen once) and `heldout2.tsv`
 * (written before the second round of changes; only its aggregate figures are ever printed).
 */
export type ParallelSet = 'triples' | 'heldout' | 'heldout2';

export function loadTriples(root: string, set: ParallelSet = 'triples'): ParallelTriple[] {
  return readFileSync(path.join(root, 'test', 'quality', 'parallel', `${set}.tsv`), 'utf8').split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [id = '', en = '', kk = '', ru = '', az = ''] = line.split('\t');
      return { id, en, kk, ru, az };
    });
}

export interface ParallelScores {
  sentences: number;
  /** Per language: mentions linked to the knowledge base, and to any id (corpus-local ones included). */
  linked: Record<(typeof LANGUAGES)[number], { known: number; any: number }>;
  /** Per pair (`kk-ru`): micro Jaccard of all linked ids, and of knowledge-base ids only. */
  agreement: Record<string, { any: number; known: number }>;
  /** Sentence pairs whose ids differ: what each side linked. */
  differences: string[];
}

const microJaccard = (pairs: readonly [Set<string>, Set<string>][]): number => {
  let shared = 0;
  let union = 0;
  for (const [a, b] of pairs) {
    for (const id of a) if (b.has(id)) shared++;
    union += new Set([...a, ...b]).size;
  }
  return union === 0 ? 1 : shared / union;
};

export function scoreParallel(root: string, set: ParallelSet = 'triples'): ParallelScores {
  const triples = loadTriples(root, set);
  const ids = triples.map((triple) => Object.fromEntries(LANGUAGES.map((lang) => {
    const spans = tag(triple[lang], { lang }).spans.filter((span) => span.kind !== 'DATE' && span.entityId !== undefined);
    return [lang, spans.map((span) => ({ text: span.text, id: span.entityId ?? '' }))];
  })) as Record<(typeof LANGUAGES)[number], { text: string; id: string }[]>);
  const linked = Object.fromEntries(LANGUAGES.map((lang) => [lang, {
    known: ids.reduce((sum, row) => sum + row[lang].filter((span) => !span.id.startsWith('local:')).length, 0),
    any: ids.reduce((sum, row) => sum + row[lang].length, 0),
  }])) as ParallelScores['linked'];
  const agreement: ParallelScores['agreement'] = {};
  const differences: string[] = [];
  for (const [a, b] of PAIRS) {
    const sets = (known: boolean): [Set<string>, Set<string>][] => ids.map((row) => [a, b].map((lang) => new Set(row[lang as 'kk'].map((span) => span.id).filter((id) => !known || !id.startsWith('local:')))) as [Set<string>, Set<string>]);
    agreement[`${a}-${b}`] = { any: microJaccard(sets(false)), known: microJaccard(sets(true)) };
    ids.forEach((row, index) => {
      const left = new Set(row[a as 'kk'].map((span) => span.id));
      const right = new Set(row[b as 'kk'].map((span) => span.id));
      if ([...left].every((id) => right.has(id)) && left.size === right.size) return;
      const show = (lang: string): string => row[lang as 'kk'].map((span) => `${span.text}=${span.id}`).join(', ');
      differences.push(`${triples[index]?.id ?? ''} ${a}: ${show(a)} | ${b}: ${show(b)}`);
    });
  }
  return { sentences: triples.length, linked, agreement, differences };
}

export function printParallel(root: string, details: boolean, set: ParallelSet = 'triples'): void {
  const scores = scoreParallel(root, set);
  const what = set === 'triples' ? 'own set, written alongside the linker'
    : set === 'heldout' ? 'own held-out set, not used to choose the linker\'s rules'
      : 'second held-out set, aggregate figures only';
  console.log(`\nCross-lingual agreement on the project's own parallel set (test/quality/parallel/${set}.tsv, ${scores.sentences} sentences in kk, ru, az; ${what})\n`);
  console.log('pair    micro Jaccard: all ids  knowledge-base ids   (target ≥ 0.80)');
  for (const [pair, value] of Object.entries(scores.agreement)) console.log(`${pair.padEnd(7)} ${value.any.toFixed(2).padStart(22)}  ${value.known.toFixed(2).padStart(18)}`);
  console.log('\nlang  linked per 100 sentences: to the knowledge base  to any entity   (target ≥ 60)');
  for (const lang of LANGUAGES) {
    const per100 = (count: number): string => ((count / Math.max(1, scores.sentences)) * 100).toFixed(1);
    console.log(`${lang.padEnd(5)} ${per100(scores.linked[lang].known).padStart(47)}  ${per100(scores.linked[lang].any).padStart(13)}`);
  }
  // The second held-out set stays unseen: its differences are never printed.
  if (details && set !== 'heldout2') for (const line of scores.differences) console.log(`  ${line}`);
}
