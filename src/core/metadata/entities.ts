import { compareCodePoints } from '../text/compare';
import { ENTITY_FIELDS, type EntityField } from '../kinds';
import type { Span } from '../tagging/types';

/**
 * `id`: the entity's id when it is not its Wikidata id (a knowledge-base or corpus-local id; see
 * src/core/knowledge). `forms`: the ways the text writes the name, left out when the only one is
 * the name itself (read such an entry with entityForms).
 */
export interface EntityEntry { name: string; id?: string; wikidata?: string; forms?: string[]; mentions: number }

/** The forms of a written entity entry: its `forms`, or its name alone when they are left out. */
export function entityForms(entry: { name: string; forms?: unknown }): string[] {
  return Array.isArray(entry.forms) ? entry.forms.filter((form): form is string => typeof form === 'string') : [entry.name];
}
/** One distinct temporal value of an article: its TIMEX3 kind and how often the text says it. */
export interface DateEntry { value: string; kind: string; mentions: number; relative?: boolean; inferred?: boolean }

export { ENTITY_FIELDS, type EntityField } from '../kinds';

/** Entity lists by field, each sorted by canonical name in code-point order; forms sorted likewise. */
export function entityLists(spans: readonly Span[]): Partial<Record<EntityField, EntityEntry[]>> {
  interface Tally { id?: string; wikidata?: string; forms: Set<string>; mentions: number }
  const byField = new Map<EntityField, Map<string, Tally>>();
  for (const span of spans) {
    if (span.kind === 'DATE') continue;
    const field = ENTITY_FIELDS[span.kind];
    const entries = byField.get(field) ?? new Map<string, Tally>();
    byField.set(field, entries);
    const name = span.canonical ?? span.text;
    const entry: Tally = entries.get(name) ?? { forms: new Set<string>(), mentions: 0 };
    entry.forms.add(span.text);
    entry.mentions++;
    if (span.wikidata && !entry.wikidata) entry.wikidata = span.wikidata;
    if (span.entityId && !entry.id) entry.id = span.entityId;
    entries.set(name, entry);
  }
  const lists: Partial<Record<EntityField, EntityEntry[]>> = {};
  for (const [field, entries] of byField) {
    lists[field] = [...entries.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([name, entry]) => {
        const forms = [...entry.forms].sort(compareCodePoints);
        const onlyTheName = forms.length === 1 && forms[0] === name;
        return { name, ...(entry.id && entry.id !== entry.wikidata ? { id: entry.id } : {}), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}), ...(onlyTheName ? {} : { forms }), mentions: entry.mentions };
      });
  }
  return lists;
}

/**
 * Temporal values, one entry per distinct (value, kind) with its count of mentions, sorted by
 * value then kind (code points). Spans without a value (unresolved, or impossible dates) are left
 * out: a wrong ISO value is never written.
 */
export function dateList(spans: readonly Span[]): DateEntry[] {
  const seen = new Map<string, DateEntry>();
  for (const span of spans) {
    if (span.kind !== 'DATE' || span.value === undefined || span.invalid !== undefined) continue;
    const kind = span.timex ?? 'DATE';
    const key = `${span.value}\u0000${kind}`;
    const entry = seen.get(key) ?? { value: span.value, kind, mentions: 0 };
    entry.mentions++;
    if (span.relative) entry.relative = true;
    if (span.inferred) entry.inferred = true;
    seen.set(key, entry);
  }
  return [...seen.values()].sort((a, b) => compareCodePoints(a.value, b.value) || compareCodePoints(a.kind, b.kind));
}
