import { type Document, type Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * The node `document.createNode(value)` makes of a plain JSON-like value (strings, finite numbers,
 * booleans, null, arrays and plain objects; undefined object values left out), built directly:
 * the library's general path (tags, anchors, replacers) costs more than the writer's lists need.
 * Anything else goes to the library.
 */
export function plainNode(document: Document, value: unknown): Node {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) {
    return new Scalar(value);
  }
  if (Array.isArray(value) && !value.includes(undefined)) {
    const seq = new YAMLSeq(document.schema);
    for (const item of value) seq.items.push(plainNode(document, item));
    return seq;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const map = new YAMLMap(document.schema);
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) map.items.push(new Pair(new Scalar(key), plainNode(document, item)));
    }
    return map;
  }
  return document.createNode(value);
}
