import { type Document, isMap, isScalar, type YAMLMap } from 'yaml';

/**
 * A copy of a parsed front matter that the writer may change while `document` stays as parsed
 * (the splicer compares the two). Only the top-level pairs whose keys are in `editable` are copied;
 * the others are shared, as nothing changes them, so a front matter of 40,000 keys is not cloned
 * node by node on every write.
 */
export function workingCopy(document: Document, editable: ReadonlySet<string>): Document {
  const contents = document.contents;
  if (!isMap(contents)) return document.clone();
  document.contents = null;
  const copy = document.clone();
  document.contents = contents;
  const root = Object.create(Object.getPrototypeOf(contents) as object, Object.getOwnPropertyDescriptors(contents)) as YAMLMap;
  root.items = contents.items.map((pair) => (isScalar(pair.key) && typeof pair.key.value === 'string' && editable.has(pair.key.value) ? pair.clone(copy.schema) : pair));
  copy.contents = root;
  return copy;
}
