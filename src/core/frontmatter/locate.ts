import { type Document, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

export interface YamlRange { start: number; end: number }

/**
 * The range in the YAML text of the key at `path` (or, for a list index, of the item), so a
 * problem underlines `published:` rather than the whole front matter. Falls back to the nearest
 * existing parent.
 */
export function locateKey(document: Document, path: readonly (string | number)[]): YamlRange {
  let node: unknown = document.contents;
  let best: YamlRange = rangeOf(document.contents) ?? { start: 0, end: 0 };
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item: Pair) => (isScalar(item.key) ? item.key.value : item.key) === part);
      if (!pair) break;
      best = rangeOf(pair.key as Node | null) ?? best;
      node = pair.value;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (item === undefined) break;
      best = rangeOf(isPair(item) ? (item.key as Node) : (item as Node)) ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best;
}

/** The range of a key's value node, when it has one. */
export function locateValue(document: Document, path: readonly (string | number)[]): YamlRange | undefined {
  return rangeOf(document.getIn(path, true) as Node | null | undefined);
}

function rangeOf(node: Node | null | undefined): YamlRange | undefined {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : undefined;
}
