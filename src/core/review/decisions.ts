import { printMention } from '../decisions/anchor';
import { readDecisions } from '../decisions/read';
import { decisionEntry } from '../decisions/record';
import type { DecisionVerb, PlacedDecision } from '../decisions/types';
import { compareCodePoints } from '../text/compare';
import type { Change, DecisionList } from './types';
import { isRecord, itemIdentity, stableJson } from './values';

const LISTS: readonly DecisionList[] = ['accepted', 'rejected', 'corrected', 'added'];
const LIST_OF: Partial<Record<DecisionVerb, DecisionList>> = { accept: 'accepted', reject: 'rejected', correct: 'corrected', add: 'added' };

/** The decision that undoes another on the same tag. */
const OPPOSITE: Partial<Record<DecisionList, DecisionList>> = { accepted: 'rejected', rejected: 'accepted', added: 'rejected' };

/**
 * A decision as the review compares it: `identity` is the same whichever format it was written in
 * (a list of the first format, or `curation.decisions`), so rewriting the old lists is no change;
 * `raw` and `path` are the entry as written, for the revert.
 */
interface Decision { list: DecisionList; identity: string; label: string; tag: string; raw: Record<string, unknown>; path: string[] }

function label(list: DecisionList, decision: PlacedDecision): string {
  const mention = decision.mention ? ` «${printMention(decision.mention)}»${decision.mention.at !== 1 ? ` #${decision.mention.at}` : ''}` : '';
  if (list === 'corrected') return `${decision.kind} ${decision.name} → ${decision.to ?? decision.name}${decision.toKind ? ` (${decision.toKind})` : ''}${mention}`;
  if (list === 'added' && decision.text !== undefined) return `${decision.kind} ${decision.name} «${decision.text}»`;
  return `${decision.kind} ${decision.name}${mention}`;
}

function rawAt(metadata: Record<string, unknown>, path: readonly (string | number)[]): unknown {
  let value: unknown = metadata;
  for (const part of path) value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[part] : undefined;
  return value;
}

function decisionsOf(metadata: Record<string, unknown>): Decision[] {
  if (!isRecord(metadata.curation)) return [];
  return readDecisions(metadata).all.flatMap((decision) => {
    const list = LIST_OF[decision.verb];
    const raw = rawAt(metadata, decision.path);
    if (list === undefined || !isRecord(raw)) return [];
    const entry = decisionEntry(decision);
    const tag = `${decision.kind}\u0000${decision.name}\u0000${decision.mention ? printMention(decision.mention) : ''}`;
    return [{ list, identity: stableJson(entry), label: label(list, decision), tag, raw, path: decision.path.slice(0, 2).map(String) }];
  });
}

/**
 * Decisions made (a new entry in `curation`) and reversed (an entry gone). Accepting a tag that
 * was rejected, or the reverse, is one reversal that says what the decision is now. An acceptance
 * that gives way to a correction of the same name is the correction, not a reversal.
 */
export function decisionChanges(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  const old = decisionsOf(before);
  const now = decisionsOf(after);
  const oldIds = new Set(old.map((decision) => `${decision.list}\u0000${decision.identity}`));
  const nowIds = new Set(now.map((decision) => `${decision.list}\u0000${decision.identity}`));
  const made = now.filter((decision) => !oldIds.has(`${decision.list}\u0000${decision.identity}`));
  const gone = old.filter((decision) => !nowIds.has(`${decision.list}\u0000${decision.identity}`));
  const corrections = new Set(now.filter((decision) => decision.list === 'corrected').map((decision) => decision.tag));
  const target = (decision: Decision, side: 'before' | 'after'): { path: string[]; item: string; before?: unknown; after?: unknown } => ({
    path: decision.path, item: itemIdentity(decision.raw), [side]: decision.raw,
  });
  const changes: Change[] = [];
  for (const decision of gone) {
    if (decision.list === 'accepted' && corrections.has(decision.tag)) continue;
    const opposite = OPPOSITE[decision.list];
    const flipped = opposite !== undefined && made.some((other) => other.list === opposite && other.tag === decision.tag);
    changes.push({ type: 'decision-reversed', list: decision.list, label: decision.label, ...(flipped ? { now: opposite } : {}), ...target(decision, 'before') });
  }
  for (const decision of made) changes.push({ type: 'decision-made', list: decision.list, label: decision.label, ...target(decision, 'after') });
  const order = (change: Change): string => ('list' in change ? `${LISTS.indexOf(change.list)}\u0000${'label' in change ? change.label : ''}` : '');
  return changes.sort((a, b) => compareCodePoints(a.type, b.type) || compareCodePoints(order(a), order(b)));
}
