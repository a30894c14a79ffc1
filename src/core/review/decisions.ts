import { compareCodePoints } from '../text/compare';
import type { Change, DecisionList } from './types';
import { isRecord, stableJson } from './values';

const LISTS: readonly DecisionList[] = ['accepted', 'rejected', 'corrected', 'added'];

/** The decision that undoes another on the same tag. */
const OPPOSITE: Partial<Record<DecisionList, DecisionList>> = { accepted: 'rejected', rejected: 'accepted', added: 'rejected' };

interface Decision { list: DecisionList; identity: string; label: string; value: Record<string, unknown> }

function label(list: DecisionList, item: Record<string, unknown>): string {
  const kind = String(item.kind);
  if (list === 'corrected') return `${kind} ${String(item.from)} → ${String(item.to)}${typeof item.toKind === 'string' ? ` (${item.toKind})` : ''}`;
  if (list === 'added') return `${kind} ${String(item.name)} «${String(item.text)}»`;
  return `${kind} ${String(item.name)}`;
}

function decisionsOf(metadata: Record<string, unknown>): Decision[] {
  const curation = metadata.curation;
  if (!isRecord(curation)) return [];
  return LISTS.flatMap((list) => {
    const items = curation[list];
    return Array.isArray(items) ? items.filter(isRecord).map((item) => ({ list, identity: stableJson(item), label: label(list, item), value: item })) : [];
  });
}

const tagKey = (decision: Decision): string => `${String(decision.value.kind)}\u0000${String(decision.value.name)}`;

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
  const corrections = new Set(now.filter((decision) => decision.list === 'corrected').map((decision) => `${String(decision.value.kind)}\u0000${String(decision.value.from)}`));
  const target = (decision: Decision, side: 'before' | 'after'): { path: string[]; item: string; before?: unknown; after?: unknown } => ({
    path: ['curation', decision.list], item: decision.identity, [side]: decision.value,
  });
  const changes: Change[] = [];
  for (const decision of gone) {
    if (decision.list === 'accepted' && corrections.has(tagKey(decision))) continue;
    const opposite = OPPOSITE[decision.list];
    const flipped = opposite !== undefined && made.some((other) => other.list === opposite && tagKey(other) === tagKey(decision));
    changes.push({ type: 'decision-reversed', list: decision.list, label: decision.label, ...(flipped ? { now: opposite } : {}), ...target(decision, 'before') });
  }
  for (const decision of made) changes.push({ type: 'decision-made', list: decision.list, label: decision.label, ...target(decision, 'after') });
  const order = (change: Change): string => ('list' in change ? `${LISTS.indexOf(change.list)}\u0000${'label' in change ? change.label : ''}` : '');
  return changes.sort((a, b) => compareCodePoints(a.type, b.type) || compareCodePoints(order(a), order(b)));
}
