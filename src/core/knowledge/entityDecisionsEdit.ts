import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { parseEntityDecisions } from './entityDecisions';

/** Why an edit of .corpus/entities.yaml was refused; the file is left as it is. */
export type EntityEditRefusal = 'malformed' | 'merge-into-itself' | 'nothing-to-merge' | 'split-every-mention' | 'split-nothing';

export type EntityEdit = { ok: true; text: string } | { ok: false; refusal: EntityEditRefusal; detail?: string };

const HEADER = '# Entity decisions of this corpus (Corpus Curator): merges and splits of linked entities.\n';

function documentOf(yaml: string): ReturnType<typeof parseDocument> | undefined {
  if (parseEntityDecisions(yaml).problems.some((problem) => problem.severity === 'error')) return undefined;
  return parseDocument(yaml.trim() === '' ? HEADER : yaml, { uniqueKeys: true });
}

function listIn(document: ReturnType<typeof parseDocument>, key: string): YAMLSeq {
  const existing: unknown = document.get(key, true);
  if (isSeq(existing)) return existing;
  const created = new YAMLSeq();
  document.set(key, created);
  return created;
}

/**
 * Records that the entities `from` are `into`. Refused when an id is merged into itself or
 * nothing is left to merge, and when the file does not parse (it is never rewritten from a half-read state).
 */
export function mergeEntities(yaml: string, into: string, from: readonly string[]): EntityEdit {
  if (from.includes(into)) return { ok: false, refusal: 'merge-into-itself', detail: into };
  const others = [...new Set(from)];
  if (others.length === 0) return { ok: false, refusal: 'nothing-to-merge' };
  const document = documentOf(yaml);
  if (!document) return { ok: false, refusal: 'malformed' };
  const merges = listIn(document, 'merges');
  const existing = merges.items.find((item) => isMap(item) && item.get('into') === into);
  if (isMap(existing)) {
    const list = existing.get('from', true);
    const seq = isSeq(list) ? list : new YAMLSeq();
    const had = new Set(seq.items.map((item: unknown) => String((item as { value?: unknown }).value ?? item)));
    for (const id of others) if (!had.has(id)) seq.add(document.createNode(id));
    existing.set('from', seq);
  } else {
    const entry = new YAMLMap();
    entry.set('into', into);
    const list = document.createNode([...others]) as YAMLSeq;
    list.flow = true;
    entry.set('from', list);
    merges.add(entry);
  }
  return { ok: true, text: document.toString() };
}

/**
 * Records that the chosen mentions of `from` are another entity, `to`. Refused when they are all
 * of its mentions (that is a rename, not a split) or none.
 */
export function splitEntity(yaml: string, from: string, to: string, chosen: readonly { article: string; text: string }[], all: readonly { article: string; text: string }[]): EntityEdit {
  const key = (mention: { article: string; text: string }): string => `${mention.article}\u0000${mention.text}`;
  const picked = new Set(chosen.map(key));
  if (picked.size === 0) return { ok: false, refusal: 'split-nothing' };
  if (all.every((mention) => picked.has(key(mention)))) return { ok: false, refusal: 'split-every-mention', detail: from };
  const document = documentOf(yaml);
  if (!document) return { ok: false, refusal: 'malformed' };
  const entry = new YAMLMap();
  entry.set('from', from);
  entry.set('to', to);
  const mentions = new YAMLSeq();
  for (const mention of [...chosen].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) {
    const node = document.createNode({ article: mention.article, text: mention.text }) as YAMLMap;
    node.flow = true;
    mentions.add(node);
  }
  entry.set('mentions', mentions);
  listIn(document, 'splits').add(entry);
  return { ok: true, text: document.toString() };
}
