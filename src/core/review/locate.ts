import { isSeq, type Node } from 'yaml';
import { readArticleFrontMatter } from '../frontmatter/articleFrontMatter';
import { locateKey } from '../frontmatter/locate';
import type { Change, ChangeTarget } from './types';
import { itemIdentity } from './values';

function firstTarget(change: Change): ChangeTarget | undefined {
  if (change.type === 'entity-renamed') return change.changes.map(firstTarget).find((target) => target?.after !== undefined) ?? firstTarget(change.changes[0] as Change);
  return 'path' in change ? change : undefined;
}

/**
 * The offset (UTF-16, into `text`) where a change shows in the article as it is now: the list item
 * it added or changed, else the key it concerns, else the start of the front matter. A body change
 * sits at its first changed line.
 */
export function changeOffset(text: string, change: Change): number {
  return changeOffsets(text, [change])[0] ?? 0;
}

/** The offsets of several changes of one text (as `changeOffset`), reading its front matter once. */
export function changeOffsets(text: string, changes: readonly Change[]): number[] {
  const { split, parsed } = readArticleFrontMatter(text);
  const lineStarts = bodyLineStarts(text, changes);
  return changes.map((change) => {
    if (change.type === 'body-changed') return change.firstLine <= 1 ? 0 : lineStarts.get(change.firstLine) ?? split.bodyStart;
    const target = firstTarget(change);
    if (!split.frontMatter || !parsed || !target) return 0;
    const { document } = parsed;
    let path: (string | number)[] = target.path;
    if (target.item !== undefined) {
      const list = document.getIn(target.path, true);
      const index = isSeq(list) ? list.items.findIndex((item) => itemIdentity((item as Node & { toJSON(): unknown }).toJSON()) === target.item) : -1;
      if (index !== -1) path = [...target.path, index];
    }
    return split.frontMatter.yamlStart + locateKey(document, path).start;
  });
}

/** The offset of each line (1-based) up to the last line a body change starts at, in one pass; a line past the end has none. */
function bodyLineStarts(text: string, changes: readonly Change[]): Map<number, number> {
  const last = Math.max(0, ...changes.map((change) => (change.type === 'body-changed' ? change.firstLine : 0)));
  const starts = new Map<number, number>();
  for (let line = 1, offset = 0; line <= last && offset !== -1; line++) {
    starts.set(line, offset);
    offset = text.indexOf('\n', offset) + 1 || -1;
  }
  return starts;
}
