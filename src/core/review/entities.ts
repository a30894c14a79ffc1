import { compareCodePoints } from '../text/compare';
import type { ArticleDecisions } from '../decisions/read';
import { ENTITY_FIELDS, ENTITY_KINDS } from '../kinds';
import type { Change, EntityKind } from './types';
import { isRecord, sameValue } from './values';
import { entityForms } from '../metadata/entities';

type Entry = Record<string, unknown> & { name: string };

export { ENTITY_KINDS } from '../kinds';

function entries(list: unknown): Map<string, Entry> {
  const found = new Map<string, Entry>();
  if (!Array.isArray(list)) return found;
  for (const item of list) if (isRecord(item) && typeof item.name === 'string') found.set(item.name, item as Entry);
  return found;
}

/** An entry without `forms` has the name as its only form: the same entry as one that lists it. */
function sameEntry(a: Entry, b: Entry): boolean {
  return sameValue({ ...a, forms: entityForms(a) }, { ...b, forms: entityForms(b) });
}

function idOf(entry: Entry | undefined): string | undefined {
  const id = entry?.wikidata ?? entry?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

const withId = (id: string | undefined): { id?: string } => (id ? { id } : {});

/**
 * Entity changes of one kind: added, removed, re-linked (a new Wikidata id), updated (mentions or
 * forms), and renamed or merged when a removed name reappears as another (a correction made by
 * the curator, or the same id under another name).
 */
function kindChanges(kind: EntityKind, before: unknown, after: unknown, oldCuration: ArticleDecisions, newCuration: ArticleDecisions): Change[] {
  const field = ENTITY_FIELDS[kind];
  const old = entries(before);
  const now = entries(after);
  const target = (name: string, oldEntry: Entry | undefined, newEntry: Entry | undefined): { path: string[]; item: string; before?: unknown; after?: unknown } => ({
    path: [field], item: `name:${name}`, ...(oldEntry ? { before: oldEntry } : {}), ...(newEntry ? { after: newEntry } : {}),
  });
  const changes: Change[] = [];
  const added = new Map<string, Change>();
  for (const [name, entry] of now) {
    const previous = old.get(name);
    if (!previous) {
      added.set(name, { type: 'entity-added', kind, name, ...withId(idOf(entry)), ...target(name, undefined, entry) });
    } else if (idOf(previous) !== idOf(entry)) {
      const fromId = idOf(previous);
      const toId = idOf(entry);
      changes.push({ type: 'entity-relinked', kind, name, ...(fromId ? { fromId } : {}), ...(toId ? { toId } : {}), ...target(name, previous, entry) });
    } else if (!sameEntry(previous, entry)) {
      const mentions = (value: unknown): { fromMentions?: number } => (typeof value === 'number' ? { fromMentions: value } : {});
      changes.push({
        type: 'entity-updated', kind, name, ...mentions(previous.mentions),
        ...(typeof entry.mentions === 'number' ? { toMentions: entry.mentions } : {}), ...target(name, previous, entry),
      });
    }
  }
  const accepted = new Set(oldCuration.accepted.filter((ref) => ref.kind === kind).map((ref) => ref.name));
  const decidedAway = new Set([
    ...newCuration.rejected.filter((ref) => ref.kind === kind).map((ref) => ref.name),
    ...newCuration.corrected.filter((item) => item.kind === kind).map((item) => item.from),
  ]);
  for (const [name, entry] of old) {
    if (now.has(name)) continue;
    const removed: Change = { type: 'entity-removed', kind, name, ...withId(idOf(entry)), wasAccepted: accepted.has(name) && !decidedAway.has(name), ...target(name, entry, undefined) };
    const correction = newCuration.corrected.find((item) => item.kind === kind && item.from === name && (item.toKind ?? kind) === kind);
    const sameId = idOf(entry) ? [...added.keys()].find((other) => idOf(now.get(other)) === idOf(entry)) : undefined;
    const into = correction && now.has(correction.to) ? correction.to : sameId;
    if (into === undefined) {
      changes.push(removed);
      continue;
    }
    const addition = added.get(into);
    added.delete(into);
    const merged = old.has(into);
    const intoChange: Change[] = addition ? [addition] : merged && !sameValue(old.get(into), now.get(into))
      ? [{ type: 'entity-updated', kind, name: into, ...target(into, old.get(into), now.get(into)) }] : [];
    // the update of the entity merged into is part of the merge, not a change of its own
    const index = changes.findIndex((change) => change.type === 'entity-updated' && change.name === into);
    if (index !== -1) changes.splice(index, 1);
    changes.push({ type: 'entity-renamed', kind, from: name, to: into, ...withId(idOf(now.get(into)) ?? idOf(entry)), merged, changes: [removed, ...intoChange] });
  }
  changes.push(...added.values());
  return changes;
}

function sortName(change: Change): string {
  if (change.type === 'entity-renamed') return change.from;
  return 'name' in change ? change.name : '';
}

/** Entity changes of every kind, by kind (PER, ORG, LOC, EVENT) then name. */
export function entityChanges(before: Record<string, unknown>, after: Record<string, unknown>, oldCuration: ArticleDecisions, newCuration: ArticleDecisions): Change[] {
  return ENTITY_KINDS.flatMap((kind) => kindChanges(kind, before[ENTITY_FIELDS[kind]], after[ENTITY_FIELDS[kind]], oldCuration, newCuration)
    .sort((a, b) => compareCodePoints(sortName(a), sortName(b))));
}

export const ENTITY_FIELD_NAMES: ReadonlySet<string> = new Set(Object.values(ENTITY_FIELDS));
