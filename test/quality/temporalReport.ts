// The temporal part of `npm run score`: per language and kind, span P/R/F1 (exact and overlap)
// and value accuracy, against the targets.
import { loadKazNerd, loadWritten, type TemporalSentence } from './temporalGold';
import { KAZNERD_CLASSES, type KindClass, OWN_KINDS, scoreTemporal, type TemporalCounts, type TemporalMiss } from './temporalScore';

export const TEMPORAL_TARGETS = { precision: 0.92, recall: 0.88, exactF1: 0.8, valueAccuracy: 0.9 } as const;

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const f = (value: number): string => value.toFixed(2);

function row(set: string, kind: string, counts: TemporalCounts): string {
  const pe = ratio(counts.exact, counts.predicted);
  const re = ratio(counts.exact, counts.gold);
  const po = ratio(counts.overlap, counts.predicted);
  const ro = ratio(counts.overlap, counts.gold);
  const value = counts.valued === 0 ? '   -' : f(ratio(counts.valueRight, counts.valued));
  return [set.padEnd(26), kind.padEnd(9), String(counts.gold).padStart(5), String(counts.predicted).padStart(5),
    f(pe).padStart(7), f(re).padStart(7), f(f1(pe, re)).padStart(7), f(po).padStart(7), f(ro).padStart(7), f(f1(po, ro)).padStart(7),
    `${value.padStart(6)} (${counts.valued})`].join(' ');
}

export function printTemporal(repoRoot: string, details: boolean): void {
  const sets: [string, TemporalSentence[], KindClass][] = [
    ['kk KazNERD held-out', loadKazNerd(repoRoot, 'held-out'), KAZNERD_CLASSES],
    ['kk KazNERD development', loadKazNerd(repoRoot, 'development'), KAZNERD_CLASSES],
    ['kk values (own sample)', loadWritten(repoRoot, 'kk', 'kk-values.jsonl'), OWN_KINDS],
    ['ru (own sentences)', loadWritten(repoRoot, 'ru'), OWN_KINDS],
    ['az (own sentences)', loadWritten(repoRoot, 'az'), OWN_KINDS],
  ];
  console.log('\nTemporal expressions (TIMEX3 kinds; KazNERD groups DATE, DURATION and SET as DATE)\n');
  console.log('set                        kind       gold  pred P exact R exact F exact   P ovl   R ovl   F ovl  value (n)');
  const misses: TemporalMiss[] = [];
  for (const [name, sentences, classOf] of sets) {
    const scores = scoreTemporal(sentences, classOf, name.includes('development') ? [] : misses);
    for (const [kind, counts] of [...scores.entries()].sort(([a], [b]) => (a === 'ALL' ? 1 : b === 'ALL' ? -1 : a.localeCompare(b)))) console.log(row(name, kind, counts));
  }
  console.log(`\nTargets: overlap P ≥ ${TEMPORAL_TARGETS.precision}, R ≥ ${TEMPORAL_TARGETS.recall} per language; exact F1 ≥ ${TEMPORAL_TARGETS.exactF1}; value accuracy ≥ ${TEMPORAL_TARGETS.valueAccuracy}.`);
  if (details) for (const miss of misses) console.log(`  ${miss.id.padEnd(24)} ${miss.what.padEnd(8)} ${miss.text}  →  ${miss.detail}`);
}
