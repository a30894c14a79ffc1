import { compareCodePoints } from '../text/compare';
import { FIELD_ORDER } from '../metadata/propose';
import { ENTITY_FIELD_NAMES } from './entities';
import type { Change } from './types';
import { isRecord, itemIdentity, sameValue, showScalar, showValue } from './values';

/** Keys under `curation` that other modules compare (decisions) or that are bookkeeping (fingerprints). */
const CURATION_HANDLED = new Set(['accepted', 'rejected', 'corrected', 'added', 'generated']);

function keyRank(key: string): number {
  const rank = (FIELD_ORDER as readonly string[]).indexOf(key);
  return rank === -1 ? FIELD_ORDER.length : rank;
}

export function orderedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .sort((a, b) => keyRank(a) - keyRank(b) || compareCodePoints(a, b));
}

function itemLabel(key: string, item: unknown): string {
  if (key === 'dates' && isRecord(item)) return `${showValue(item.value)}${typeof item.text === 'string' ? ` «${item.text}»` : ''}`;
  if (key === 'boilerplate' && isRecord(item) && Array.isArray(item.lines)) {
    return `lines ${item.lines.map(showValue).join('–')}${typeof item.reason === 'string' ? ` ${item.reason}` : ''}`;
  }
  return showValue(item);
}

function listChanges(path: string[], before: unknown[], after: unknown[]): Change[] {
  const key = path.join('.');
  const kind = key === 'dates' ? 'date' : key === 'boilerplate' ? 'boilerplate' : undefined;
  const oldIds = new Map(before.map((item) => [itemIdentity(item), item]));
  const nowIds = new Map(after.map((item) => [itemIdentity(item), item]));
  const changes: Change[] = [];
  for (const [identity, item] of oldIds) {
    const now = nowIds.get(identity);
    if (now === undefined) {
      const base = { path, item: identity, before: item, label: itemLabel(key, item) };
      changes.push(kind ? { type: `${kind}-removed`, ...base } : { type: 'item-removed', key, ...base });
    } else if (!sameValue(item, now)) {
      changes.push({ type: 'field-changed', key: `${key}[${itemLabel(key, item)}]`, from: showValue(item), to: showValue(now), path, item: identity, before: item, after: now });
    }
  }
  for (const [identity, item] of nowIds) {
    if (oldIds.has(identity)) continue;
    const base = { path, item: identity, after: item, label: itemLabel(key, item) };
    changes.push(kind ? { type: `${kind}-added`, ...base } : { type: 'item-added', key, ...base });
  }
  return changes;
}

function valueChanges(path: string[], before: unknown, after: unknown): Change[] {
  if (sameValue(before, after)) return [];
  const key = path.join('.');
  const sides = { ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
  const show = key === 'published' ? showScalar : (value: unknown) => (value === undefined ? undefined : showValue(value));
  const from = show(before);
  const to = show(after);
  const fromTo = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  if (key === 'status') return [{ type: 'status-changed', ...fromTo, path, ...sides }];
  if (key === 'published') return [{ type: 'published-changed', ...fromTo, path, ...sides }];
  if ((Array.isArray(before) || before === undefined) && (Array.isArray(after) || after === undefined)) {
    return listChanges(path, before ?? [], after ?? []);
  }
  if (Array.isArray(before) && isRecord(after)) return [...listChanges(path, before, []), ...valueChanges(path, {}, after)];
  if (isRecord(before) && Array.isArray(after)) return [...valueChanges(path, before, {}), ...listChanges(path, [], after)];
  // a mapping is compared key by key; a new or dropped top-level mapping too, one line per key
  const mappingOrAbsent = (value: unknown): boolean => isRecord(value) || (value === undefined && path.length === 1);
  if (mappingOrAbsent(before) && mappingOrAbsent(after)) {
    const old = (before ?? {}) as Record<string, unknown>;
    const now = (after ?? {}) as Record<string, unknown>;
    return orderedKeys(old, now).flatMap((child) => valueChanges([...path, child], old[child], now[child]));
  }
  return [{ type: 'field-changed', key, ...fromTo, path, ...sides }];
}

/**
 * Changes of every key other than the entity lists and the decisions, compared generically so a
 * key this version does not know (or a richer shape of a known one) is still reported: scalars
 * by value, lists item by item, mappings key by key.
 */
export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>): Change[] {
  return orderedKeys(before, after).flatMap((key) => {
    if (ENTITY_FIELD_NAMES.has(key)) return [];
    if (key === 'curation') {
      const old = isRecord(before.curation) ? before.curation : {};
      const now = isRecord(after.curation) ? after.curation : {};
      return orderedKeys(old, now).filter((child) => !CURATION_HANDLED.has(child)).flatMap((child) => valueChanges(['curation', child], old[child], now[child]));
    }
    return valueChanges([key], before[key], after[key]);
  });
}
