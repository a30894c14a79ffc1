import { compareCodePoints } from '../text/compare';
import { ENTITY_FIELDS, type EntityField } from '../kinds';
import type { Span } from '../tagging/types';
import type { CurationDecisions } from './curation';

/** `id`: the entity's id when it is not its Wikidata id (a knowledge-base or corpus-local id; see src/core/knowledge). */
export interface EntityEntry { name: string; id?: string; wikidata?: string; forms: string[]; mentions: number }
/** One distinct temporal value of an article: its TIMEX3 kind and how often the text says it. */
export interface DateEntry { value: string; kind: string; mentions: number; relative?: boolean; inferred?: boolean }

export { ENTITY_FIELDS, type EntityField } from '../kinds';

/** Applies corrections and drops rejected tags, so a decision made once holds in every run. */
export function applyDecisions(spans: readonly Span[], curation: CurationDecisions): Span[] {
  const rejected = new Set(curation.rejected.map((ref) => `${ref.kind}\u0000${ref.name}`));
  return spans.flatMap((span) => {
    const name = span.kind === 'DATE' ? (span.value ?? span.text) : (span.canonical ?? span.text);
    const correction = curation.corrected.find((item) => item.kind === span.kind && item.from === name);
    const corrected: Span = correction
      ? { ...withoutLink(span), kind: correction.toKind ?? span.kind, ...(span.kind === 'DATE' ? { value: correction.to } : { canonical: correction.to }) }
      : span;
    const finalName = corrected.kind === 'DATE' ? (corrected.value ?? corrected.text) : (corrected.canonical ?? corrected.text);
    return rejected.has(`${corrected.kind}\u0000${finalName}`) || rejected.has(`${span.kind}\u0000${name}`) ? [] : [corrected];
  });
}

/** A corrected span no longer names the entity it was linked to. */
function withoutLink(span: Span): Span {
  const rest = { ...span };
  delete rest.entityId;
  delete rest.linkReason;
  return rest;
}

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
      .map(([name, entry]) => ({ name, ...(entry.id && entry.id !== entry.wikidata ? { id: entry.id } : {}), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}), forms: [...entry.forms].sort(compareCodePoints), mentions: entry.mentions }));
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
