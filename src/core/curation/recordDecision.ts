import { Document, isMap, isSeq, YAMLMap, YAMLSeq } from 'yaml';
import { compareCodePoints } from '../text/compare';
import { childMap, setKey } from '../frontmatter/apply';
import { FIELD_ORDER } from '../metadata/propose';
import type { WriteResult } from '../metadata/writeArticle';
import type { SpanKind, Tagger } from '../tagging/types';
import { editFrontMatter } from './editFrontMatter';

/** What a curator decides about a tag; recorded in the front matter's `curation` section. */
export type Decision =
  | { type: 'accept'; kind: SpanKind; name: string }
  | { type: 'reject'; kind: SpanKind; name: string }
  | { type: 'correct'; kind: SpanKind; from: string; to: string; toKind?: SpanKind }
  | { type: 'add'; kind: SpanKind; name: string; text: string; wikidata?: string }
  /** An imported suggestion: a pending tag on these words, reviewed like the engine's. */
  | { type: 'suggest'; kind: SpanKind; name: string; text: string; wikidata?: string };

const CURATION_ORDER = ['accepted', 'rejected', 'corrected', 'added', 'suggested', 'generated'] as const;

type Entry = Record<string, string>;

function entriesOf(curation: YAMLMap, key: string): Entry[] {
  const list = curation.get(key, true);
  if (!isSeq(list)) return [];
  return list.items.flatMap((item) => (isMap(item) ? [item.toJSON() as Entry] : []));
}

function sortKey(entry: Entry): string {
  return [entry.kind, entry.name ?? entry.from ?? '', entry.text ?? ''].join('\u0000');
}

/** Writes a list back as one flow mapping per line, in a stable order (kind, then name). */
function writeEntries(document: Document, curation: YAMLMap, key: string, entries: readonly Entry[]): void {
  if (entries.length === 0) {
    curation.delete(key);
    return;
  }
  const seq = new YAMLSeq();
  for (const entry of [...entries].sort((a, b) => compareCodePoints(sortKey(a), sortKey(b)))) {
    const node = document.createNode(entry) as YAMLMap;
    node.flow = true;
    seq.items.push(node);
  }
  setKey(document, curation, key, seq, CURATION_ORDER);
}

function sameTag(kind: string, name: string) {
  return (entry: Entry): boolean => entry.kind === kind && entry.name === name;
}

/** Records decisions in a front matter Document's `curation` section (created when missing). */
export function applyToCuration(document: Document, decisions: readonly Decision[]): void {
  const root = isMap(document.contents) ? document.contents : new YAMLMap();
  document.contents = root;
  const curation = childMap(document, root, 'curation', FIELD_ORDER);
  let accepted = entriesOf(curation, 'accepted');
  let rejected = entriesOf(curation, 'rejected');
  let corrected = entriesOf(curation, 'corrected');
  let added = entriesOf(curation, 'added');
  let suggested = entriesOf(curation, 'suggested');
  for (const decision of decisions) {
    if (decision.type === 'accept') {
      rejected = rejected.filter((entry) => !sameTag(decision.kind, decision.name)(entry));
      if (!accepted.some(sameTag(decision.kind, decision.name))) accepted.push({ kind: decision.kind, name: decision.name });
    } else if (decision.type === 'reject') {
      accepted = accepted.filter((entry) => !sameTag(decision.kind, decision.name)(entry));
      added = added.filter((entry) => !sameTag(decision.kind, decision.name)(entry));
      suggested = suggested.filter((entry) => !sameTag(decision.kind, decision.name)(entry));
      if (!rejected.some(sameTag(decision.kind, decision.name))) rejected.push({ kind: decision.kind, name: decision.name });
    } else if (decision.type === 'correct') {
      corrected = corrected.filter((entry) => !(entry.kind === decision.kind && entry.from === decision.from));
      corrected.push({ kind: decision.kind, from: decision.from, to: decision.to, ...(decision.toKind && decision.toKind !== decision.kind ? { toKind: decision.toKind } : {}) });
      const newKind = decision.toKind ?? decision.kind;
      const wasAccepted = accepted.some(sameTag(decision.kind, decision.from));
      accepted = accepted.filter((entry) => !sameTag(decision.kind, decision.from)(entry));
      if (wasAccepted || !accepted.some(sameTag(newKind, decision.to))) accepted.push({ kind: newKind, name: decision.to });
    } else if (decision.type === 'suggest') {
      suggested = suggested.filter((entry) => !(entry.kind === decision.kind && entry.text === decision.text));
      suggested.push({ kind: decision.kind, name: decision.name, text: decision.text, ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) });
    } else {
      added = added.filter((entry) => !(entry.kind === decision.kind && entry.text === decision.text));
      added.push({ kind: decision.kind, name: decision.name, text: decision.text, ...(decision.wikidata ? { wikidata: decision.wikidata } : {}) });
      rejected = rejected.filter((entry) => !sameTag(decision.kind, decision.name)(entry));
      if (!accepted.some(sameTag(decision.kind, decision.name))) accepted.push({ kind: decision.kind, name: decision.name });
    }
  }
  writeEntries(document, curation, 'accepted', accepted);
  writeEntries(document, curation, 'rejected', rejected);
  writeEntries(document, curation, 'corrected', corrected);
  writeEntries(document, curation, 'added', added);
  writeEntries(document, curation, 'suggested', suggested);
}

/**
 * Records decisions in an article's front matter: the front matter is written first when the
 * article has none, the decisions go into `curation`, and the writer runs again so the generated
 * lists follow them (a rejected tag leaves `people`). Only the front matter block changes.
 */
export function recordDecisions(text: string, filePath: string, decisions: readonly Decision[], tagger?: Tagger): WriteResult {
  return editFrontMatter(text, filePath, (document) => { applyToCuration(document, decisions); }, { tagger, rewrite: true });
}
