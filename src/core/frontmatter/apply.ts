import { type Document, isMap, isScalar, type Node, Pair, Scalar, type YAMLMap } from 'yaml';

function keyOf(item: { key: unknown }): unknown {
  return isScalar(item.key) ? item.key.value : item.key;
}

/** Inserts `key` after the nearest existing key that precedes it in `order`, else before the first that follows. */
function insertionIndex(map: YAMLMap, key: string, order: readonly string[]): number {
  const rank = order.indexOf(key);
  const keys = map.items.map(keyOf);
  for (let i = keys.length - 1; i >= 0; i--) {
    const other = order.indexOf(String(keys[i]));
    if (other !== -1 && other < rank) return i + 1;
  }
  const following = keys.findIndex((other) => order.indexOf(String(other)) > rank);
  return following === -1 ? keys.length : following;
}

export function setKey(document: Document, map: YAMLMap, key: string, node: Node, order: readonly string[]): void {
  if (map.has(key)) map.set(key, node);
  else map.items.splice(insertionIndex(map, key, order), 0, new Pair(new Scalar(key), node));
}

export function childMap(document: Document, parent: YAMLMap, key: string, order: readonly string[]): YAMLMap {
  const existing = parent.get(key, true);
  if (isMap(existing)) return existing;
  const created = document.createNode({}) as YAMLMap;
  setKey(document, parent, key, created, order);
  return created;
}
