import { type Document, isMap, isSeq, type Node, YAMLMap, YAMLSeq } from 'yaml';
import { editFrontMatter } from '../metadata/editFrontMatter';
import { setKey } from '../frontmatter/apply';
import { FIELD_ORDER } from '../frontmatter/fields';
import type { WriteResult } from '../metadata/writeArticle';
import type { Tagger } from '../tagging/types';
import type { Change, ChangeTarget } from './types';
import { itemIdentity } from './values';

/** Whether a change can be undone on its own (a body change cannot: no command edits a body). */
export function isRevertible(change: Change): boolean {
  return change.type !== 'body-changed' && (change.type === 'entity-renamed' || 'path' in change);
}

function targetsOf(change: Change): ChangeTarget[] {
  if (change.type === 'entity-renamed') return change.changes.flatMap(targetsOf);
  return 'path' in change ? [change] : [];
}

function flowNode(document: Document, value: unknown): Node {
  const node = document.createNode(value) as Node;
  if (isMap(node)) node.flow = true;
  return node;
}

function nameOf(value: unknown): string | undefined {
  return value !== null && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : undefined;
}

/** Puts the `before` side of one target back into the Document, leaving everything else as it is. */
function restore(document: Document, target: ChangeTarget): void {
  const root = isMap(document.contents) ? document.contents : new YAMLMap();
  document.contents = root;
  const parentPath = target.path.slice(0, -1);
  const key = target.path[target.path.length - 1] ?? '';
  let parent: YAMLMap = root;
  for (const part of parentPath) {
    const child = parent.get(part, true);
    if (isMap(child)) parent = child;
    else {
      const created = new YAMLMap();
      setKey(document, parent, part, created, FIELD_ORDER);
      parent = created;
    }
  }
  if (target.item === undefined) {
    if (target.before === undefined) parent.delete(key);
    else setKey(document, parent, key, flowNode(document, target.before), FIELD_ORDER);
    return;
  }
  const existing: unknown = parent.get(key, true);
  let seq: YAMLSeq;
  if (isSeq(existing)) {
    seq = existing;
  } else {
    if (target.before === undefined) return;
    seq = new YAMLSeq();
    setKey(document, parent, key, seq, FIELD_ORDER);
  }
  const index = seq.items.findIndex((item) => itemIdentity((item as Node & { toJSON(): unknown }).toJSON()) === target.item);
  if (target.before === undefined) {
    if (index !== -1) seq.items.splice(index, 1);
    if (seq.items.length === 0) parent.delete(key);
  } else if (index !== -1) {
    seq.items[index] = flowNode(document, target.before);
  } else {
    // a named entry goes back where the writer keeps it: in code-point order of names
    const name = nameOf(target.before);
    const at = name === undefined ? -1 : seq.items.findIndex((item) => { const other = nameOf((item as Node & { toJSON(): unknown }).toJSON()); return other !== undefined && other > name; });
    seq.items.splice(at === -1 ? seq.items.length : at, 0, flowNode(document, target.before));
  }
}

/**
 * Undoes one semantic change in an article's text (its front matter as it is now, `change` from the
 * diff against an older version), through the same minimal front-matter edit the other commands
 * use: only the keys or list items of that change move back; the body is never touched.
 */
export function revertChange(text: string, filePath: string, change: Change, tagger?: Tagger): WriteResult {
  if (!isRevertible(change)) {
    return { status: 'skipped', problems: [{ severity: 'error', code: 'not-revertible', message: 'this change cannot be undone here (a body change is never edited by the extension)', start: 0, end: 0 }] };
  }
  return editFrontMatter(text, filePath, (document) => { for (const target of targetsOf(change)) restore(document, target); }, { tagger });
}
