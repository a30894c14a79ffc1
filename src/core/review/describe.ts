import { ENTITY_KINDS } from './entities';
import type { ArticleDiff, Change, EntityKind } from './types';

const MINUS = '\u2212';
const id = (value: string | undefined): string => (value ? ` [${value}]` : '');
const fromTo = (from: string | undefined, to: string | undefined): string => `${from ?? '(absent)'} → ${to ?? '(absent)'}`;

/** One line per change, as the reports print it (names as written; offsets never leave here). */
export function changeLine(change: Change): string {
  switch (change.type) {
    case 'body-changed':
      return `BODY CHANGED at line ${change.firstLine}: +${change.linesAdded} ${MINUS}${change.linesRemoved} lines (the body must never change)`;
    case 'status-changed': return `status: ${fromTo(change.from, change.to)}`;
    case 'published-changed': return `published: ${fromTo(change.from, change.to)}`;
    case 'entity-added': return `+ ${change.kind} ${change.name}${id(change.id)}`;
    case 'entity-removed':
      return `${MINUS} ${change.kind} ${change.name}${id(change.id)}${change.wasAccepted ? ' (the curator had accepted it, and no decision removed it)' : ''}`;
    case 'entity-renamed':
      return change.merged ? `~ ${change.kind} ${change.from} merged into ${change.to}${id(change.id)}` : `~ ${change.kind} ${change.from} renamed ${change.to}${id(change.id)}`;
    case 'entity-relinked': return `~ ${change.kind} ${change.name}: wikidata ${fromTo(change.fromId, change.toId)}`;
    case 'entity-updated':
      return change.fromMentions !== change.toMentions && change.fromMentions !== undefined && change.toMentions !== undefined
        ? `~ ${change.kind} ${change.name}: mentions ${change.fromMentions} → ${change.toMentions}`
        : `~ ${change.kind} ${change.name}: forms changed`;
    case 'decision-made': return `decision: ${change.list} ${change.label}`;
    case 'decision-reversed': return `decision reversed: ${change.list} ${change.label}${change.now ? ` (now ${change.now})` : ' (withdrawn)'}`;
    case 'date-added': return `+ date ${change.label}`;
    case 'date-removed': return `${MINUS} date ${change.label}`;
    case 'boilerplate-added': return `+ boilerplate ${change.label}`;
    case 'boilerplate-removed': return `${MINUS} boilerplate ${change.label}`;
    case 'item-added': return `+ ${change.key}: ${change.label}`;
    case 'item-removed': return `${MINUS} ${change.key}: ${change.label}`;
    case 'field-changed': return `${change.key}: ${fromTo(change.from, change.to)}`;
  }
}

export interface ArticleCounts {
  added: Partial<Record<EntityKind, number>>;
  removed: Partial<Record<EntityKind, number>>;
  renamed: number;
  status?: { from?: string; to?: string };
  decisionsMade: number;
  decisionsReversed: number;
  bodyChanged: boolean;
  other: number;
}

export function countChanges(changes: readonly Change[]): ArticleCounts {
  const counts: ArticleCounts = { added: {}, removed: {}, renamed: 0, decisionsMade: 0, decisionsReversed: 0, bodyChanged: false, other: 0 };
  for (const change of changes) {
    if (change.type === 'entity-added') counts.added[change.kind] = (counts.added[change.kind] ?? 0) + 1;
    else if (change.type === 'entity-removed') counts.removed[change.kind] = (counts.removed[change.kind] ?? 0) + 1;
    else if (change.type === 'entity-renamed') counts.renamed++;
    else if (change.type === 'status-changed') counts.status = { ...(change.from ? { from: change.from } : {}), ...(change.to ? { to: change.to } : {}) };
    else if (change.type === 'decision-made') counts.decisionsMade++;
    else if (change.type === 'decision-reversed') counts.decisionsReversed++;
    else if (change.type === 'body-changed') counts.bodyChanged = true;
    else counts.other++;
  }
  return counts;
}

/** The one-line summary of an article's changes: `+2 PER, −1 LOC, draft → reviewed`. */
export function summaryLine(diff: ArticleDiff): string {
  if (diff.state === 'conflict') return 'merge conflict: not compared';
  if (diff.state === 'unreadable') return 'unreadable: not compared';
  const counts = countChanges(diff.changes);
  const parts: string[] = [];
  if (counts.bodyChanged) parts.push('BODY CHANGED');
  if (diff.state === 'added') parts.push('new article');
  if (diff.state === 'deleted') parts.push('deleted');
  for (const kind of ENTITY_KINDS) if (counts.added[kind]) parts.push(`+${counts.added[kind]} ${kind}`);
  for (const kind of ENTITY_KINDS) if (counts.removed[kind]) parts.push(`${MINUS}${counts.removed[kind]} ${kind}`);
  if (counts.renamed) parts.push(`${counts.renamed} renamed`);
  if (counts.status) parts.push(fromTo(counts.status.from, counts.status.to));
  if (counts.decisionsMade) parts.push(`${counts.decisionsMade} decision${counts.decisionsMade === 1 ? '' : 's'}`);
  if (counts.decisionsReversed) parts.push(`${counts.decisionsReversed} reversed`);
  if (counts.other) parts.push(`${counts.other} other change${counts.other === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'no metadata change';
}
