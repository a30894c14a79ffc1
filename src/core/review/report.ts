import { compareCodePoints } from '../text/compare';
import { countChanges } from './describe';
import { ENTITY_KINDS } from './entities';
import type { ArticleDiff, ChangeType, EntityKind } from './types';

export interface CorpusSummary {
  articlesCompared: number;
  articlesChanged: number;
  entitiesAdded: Record<EntityKind, number>;
  entitiesRemoved: Record<EntityKind, number>;
  renamed: number;
  /** `draft → reviewed` and its count, sorted by move. */
  statusMoves: { move: string; count: number }[];
  decisionsMade: number;
  decisionsReversed: number;
  bodyChanges: number;
  conflicts: number;
  unreadable: number;
}

export interface CorpusReport {
  from: string;
  to: string;
  /** Articles with a change or a note, sorted by path in code-point order. */
  articles: ArticleDiff[];
  /** Files not compared, with why (not an article, too large…). */
  skipped: { path: string; reason: string }[];
  summary: CorpusSummary;
}

const zero = (): Record<EntityKind, number> => Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 0])) as Record<EntityKind, number>;

export function buildReport(from: string, to: string, diffs: readonly ArticleDiff[], compared: number, skipped: { path: string; reason: string }[] = []): CorpusReport {
  const articles = diffs.filter((diff) => diff.changes.length > 0 || diff.notes.length > 0 || diff.state !== 'modified')
    .sort((a, b) => compareCodePoints(a.path, b.path));
  const summary: CorpusSummary = {
    articlesCompared: compared, articlesChanged: articles.length, entitiesAdded: zero(), entitiesRemoved: zero(), renamed: 0,
    statusMoves: [], decisionsMade: 0, decisionsReversed: 0, bodyChanges: 0, conflicts: 0, unreadable: 0,
  };
  const moves = new Map<string, number>();
  for (const article of articles) {
    if (article.state === 'conflict') summary.conflicts++;
    if (article.state === 'unreadable') summary.unreadable++;
    const counts = countChanges(article.changes);
    for (const kind of ENTITY_KINDS) {
      summary.entitiesAdded[kind] += counts.added[kind] ?? 0;
      summary.entitiesRemoved[kind] += counts.removed[kind] ?? 0;
    }
    summary.renamed += counts.renamed;
    summary.decisionsMade += counts.decisionsMade;
    summary.decisionsReversed += counts.decisionsReversed;
    if (counts.bodyChanged) summary.bodyChanges++;
    if (counts.status) {
      const move = `${counts.status.from ?? '(absent)'} → ${counts.status.to ?? '(absent)'}`;
      moves.set(move, (moves.get(move) ?? 0) + 1);
    }
  }
  summary.statusMoves = [...moves].sort(([a], [b]) => compareCodePoints(a, b)).map(([move, count]) => ({ move, count }));
  return { from, to, articles, skipped: [...skipped].sort((a, b) => compareCodePoints(a.path, b.path)), summary };
}

/** What `--fail-on` can name: a change type, or a state of a whole article. */
export const FAIL_ON_CHOICES = ['body-change', 'decision-reversed', 'entity-removed', 'accepted-entity-removed', 'status-change', 'conflict', 'unreadable'] as const;
export type FailOn = (typeof FAIL_ON_CHOICES)[number];

const FAIL_ON_TYPES: Partial<Record<FailOn, ChangeType>> = {
  'body-change': 'body-changed', 'decision-reversed': 'decision-reversed', 'entity-removed': 'entity-removed', 'status-change': 'status-changed',
};

/** The articles that trip a `--fail-on` condition, with the condition. */
export function failures(report: CorpusReport, conditions: readonly FailOn[]): { path: string; condition: FailOn }[] {
  const found: { path: string; condition: FailOn }[] = [];
  for (const article of report.articles) {
    for (const condition of conditions) {
      const type = FAIL_ON_TYPES[condition];
      const hit = type ? article.changes.some((change) => change.type === type)
        : condition === 'accepted-entity-removed' ? article.changes.some((change) => change.type === 'entity-removed' && change.wasAccepted)
          : article.state === condition;
      if (hit) found.push({ path: article.path, condition });
    }
  }
  return found;
}
