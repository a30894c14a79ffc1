import { type Document, isMap, isScalar, type Node, Scalar, type YAMLMap, YAMLSeq } from 'yaml';
import type { ArticleDecisions } from '../decisions/read';
import { KINDS } from '../kinds';
import { CURATION_ORDER, FIELD_ORDER, GENERATED_FIELDS, type GeneratedField } from '../frontmatter/fields';
import { childMap, setKey } from '../frontmatter/apply';
import { plainNode } from '../frontmatter/plainNode';
import type { FrontMatterValue } from '../frontmatter/read';
import { fingerprint } from '../text/fingerprint';
import type { Proposal } from './propose';

/** Fields whose items a reviewed article may still gain (new tags the curator has not rejected). */
const TAG_LIST_FIELDS = new Set<GeneratedField>(KINDS.fields);
/** Values quoted so that YAML 1.1 readers (PyYAML and friends) do not turn them into dates or numbers. */
const QUOTED_FIELDS = new Set<GeneratedField>(['id', 'published']);

function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_SINGLE;
  return scalar;
}

/** One flow mapping per list item: one line per entity, date or boilerplate block in the diff. */
function listOfFlowMaps(document: Document, items: readonly Record<string, unknown>[]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const item of items) {
    const node = plainNode(document, item) as YAMLMap;
    node.flow = true;
    const value = node.get('value', true);
    if (isScalar(value) && typeof value.value === 'string') value.type = Scalar.QUOTE_SINGLE;
    seq.items.push(node);
  }
  return seq;
}

function nodeFor(document: Document, field: GeneratedField, value: unknown): Node {
  if (typeof value === 'string' && QUOTED_FIELDS.has(field)) return quoted(value);
  if (Array.isArray(value) && value.every((item) => item !== null && typeof item === 'object')) {
    return listOfFlowMaps(document, value as Record<string, unknown>[]);
  }
  return plainNode(document, value);
}

/** New items of a tag list, by name (entities) or value and text (dates), appended in proposal order. */
function additions(current: unknown, proposed: unknown): Record<string, unknown>[] {
  if (!Array.isArray(current) || !Array.isArray(proposed)) return [];
  const identity = (item: unknown): string => {
    const record = (item ?? {}) as Record<string, unknown>;
    return 'name' in record ? `n:${String(record.name)}` : `d:${String(record.value)}\u0000${String(record.kind ?? record.text)}`;
  };
  const present = new Set(current.map(identity));
  return (proposed as Record<string, unknown>[]).filter((item) => !present.has(identity(item)));
}

/**
 * Applies a proposal to a front matter Document, touching only what changes. A field is the
 * writer's while its value matches the fingerprint recorded when it was written; a value edited
 * by hand, written by a person before any run, or deleted after one is the curator's and stays.
 * A reviewed article only gains new tags. Returns whether the Document changed.
 */
export function applyProposal(document: Document, existing: FrontMatterValue, proposal: Proposal, curation: Pick<ArticleDecisions, 'generated'>): boolean {
  if (!isMap(document.contents)) document.contents = document.createNode({});
  const root = document.contents as YAMLMap;
  const reviewed = existing.status === 'reviewed';
  let changed = false;
  const recordFingerprint = (field: GeneratedField, value: unknown): void => {
    const hash = fingerprint(value);
    if (curation.generated[field] === hash) return;
    const curationMap = childMap(document, root, 'curation', FIELD_ORDER);
    const generated = childMap(document, curationMap, 'generated', CURATION_ORDER);
    generated.flow = true;
    setKey(document, generated, field, new Scalar(hash), GENERATED_FIELDS);
    changed = true;
  };
  const dropFingerprint = (field: GeneratedField): void => {
    const generated = root.getIn(['curation', 'generated'], true);
    if (isMap(generated) && generated.delete(field)) changed = true;
  };

  // The fingerprints are one line (`generated: {id: …, title: …}`): a block written before is made one.
  const written = root.getIn(['curation', 'generated'], true);
  if (isMap(written) && written.flow !== true && written.items.length > 0) {
    written.flow = true;
    changed = true;
  }
  for (const field of GENERATED_FIELDS) {
    const proposed = proposal[field];
    const present = Object.hasOwn(existing, field);
    const current = existing[field];
    const recorded = curation.generated[field];
    if (!present) {
      if (recorded !== undefined || proposed === undefined) continue; // deleted by the curator, or nothing to say
      setKey(document, root, field, nodeFor(document, field, proposed), FIELD_ORDER);
      recordFingerprint(field, proposed);
      changed = true;
      continue;
    }
    const machineOwned = recorded !== undefined && fingerprint(current) === recorded;
    if (reviewed || !machineOwned) {
      if (reviewed && TAG_LIST_FIELDS.has(field)) {
        const added = additions(current, proposed);
        if (added.length > 0) {
          const seq = root.get(field, true);
          if (seq instanceof YAMLSeq) {
            seq.items.push(...listOfFlowMaps(document, added).items);
            changed = true;
            if (machineOwned) recordFingerprint(field, [...(current as unknown[]), ...added]);
          }
        }
      }
      continue;
    }
    if (proposed === undefined) {
      root.delete(field);
      dropFingerprint(field);
      changed = true;
    } else if (fingerprint(proposed) !== recorded) {
      setKey(document, root, field, nodeFor(document, field, proposed), FIELD_ORDER);
      recordFingerprint(field, proposed);
      changed = true;
    }
  }
  if (!Object.hasOwn(existing, 'status')) {
    setKey(document, root, 'status', new Scalar('draft'), FIELD_ORDER);
    changed = true;
  }
  return changed;
}
