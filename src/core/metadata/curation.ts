import { SPAN_KINDS, type SpanKind } from '../kinds';

export interface TagRef { kind: SpanKind; name: string }
export interface Correction { kind: SpanKind; from: string; to: string; toKind?: SpanKind }

/** The curator's decisions as read from `curation` (malformed entries are ignored; the validator reports them). */
export interface AddedTag { kind: SpanKind; name: string; text: string; wikidata?: string }

export interface CurationDecisions {
  accepted: TagRef[];
  rejected: TagRef[];
  corrected: Correction[];
  added: AddedTag[];
  /** Tags imported as suggestions: pending until the curator accepts or rejects them. */
  suggested: AddedTag[];
  generated: Record<string, string>;
}

const KINDS = new Set<string>(SPAN_KINDS);

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((item): item is Record<string, unknown> => item !== null && typeof item === 'object') : [];
}

function tagRefs(value: unknown): TagRef[] {
  return records(value).flatMap((item) => (typeof item.name === 'string' && typeof item.kind === 'string' && KINDS.has(item.kind)
    ? [{ kind: item.kind as SpanKind, name: item.name }] : []));
}

function addedTags(value: unknown): AddedTag[] {
  return records(value).flatMap((item) => (
    typeof item.kind === 'string' && KINDS.has(item.kind) && typeof item.name === 'string' && typeof item.text === 'string' && item.text !== ''
      ? [{ kind: item.kind as SpanKind, name: item.name, text: item.text, ...(typeof item.wikidata === 'string' ? { wikidata: item.wikidata } : {}) }]
      : []));
}

export function readCuration(frontMatter: Record<string, unknown> | undefined): CurationDecisions {
  const curation = frontMatter?.curation;
  const section = curation !== null && typeof curation === 'object' ? curation as Record<string, unknown> : {};
  const generated: Record<string, string> = Object.create(null) as Record<string, string>;
  const recorded = section.generated;
  if (recorded !== null && typeof recorded === 'object') {
    for (const [field, hash] of Object.entries(recorded)) if (typeof hash === 'string') generated[field] = hash;
  }
  return {
    accepted: tagRefs(section.accepted),
    rejected: tagRefs(section.rejected),
    corrected: records(section.corrected).flatMap((item) => (
      typeof item.kind === 'string' && KINDS.has(item.kind) && typeof item.from === 'string' && typeof item.to === 'string'
        ? [{ kind: item.kind as SpanKind, from: item.from, to: item.to, ...(typeof item.toKind === 'string' && KINDS.has(item.toKind) ? { toKind: item.toKind as SpanKind } : {}) }]
        : [])),
    added: addedTags(section.added),
    suggested: addedTags(section.suggested),
    generated,
  };
}
