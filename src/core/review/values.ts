/** JSON with object keys sorted: equal values give equal text whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether `value` is made of JSON's values alone: scalars (undefined too, written as null), lists without holes, records. */
function isJsonTree(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isJsonTree(value[i])) return false;
    return true;
  }
  if (isRecord(value)) return Object.keys(value).every((key) => isJsonTree(value[key]));
  return value === undefined || value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** stableJson(a) === stableJson(b) for JSON trees, compared in place: lists item by item, records key by key, scalars by their text. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isRecord(a)) {
    if (!isRecord(b)) return false;
    const keys = Object.keys(a).sort();
    const otherKeys = Object.keys(b).sort();
    return keys.length === otherKeys.length && keys.every((key, i) => key === otherKeys[i] && sameJson(a[key], b[key]));
  }
  if (Array.isArray(b) || isRecord(b) || (typeof a === 'string' && typeof b === 'string')) return false;
  return (a === undefined ? 'null' : JSON.stringify(a)) === (b === undefined ? 'null' : JSON.stringify(b));
}

/**
 * Whether two values have the same stableJson text: JSON trees (what front matter holds) are
 * compared without building their texts, as the review compares every entity of every changed
 * article; anything else (a function, a list with holes) by the texts.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return isJsonTree(a) && isJsonTree(b) ? sameJson(a, b) : stableJson(a) === stableJson(b);
}

/** A list item's identity: an entity by its name, anything else by its whole value. */
export function itemIdentity(item: unknown): string {
  if (isRecord(item) && typeof item.name === 'string' && !('kind' in item)) return `name:${item.name}`;
  return stableJson(item);
}

/** A value as a reviewer reads it: strings bare, lists joined, records in a compact flow form. */
export function showValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  if (isRecord(value)) return `{${Object.keys(value).map((key) => `${key}: ${showValue(value[key])}`).join(', ')}}`;
  return typeof value === 'number' || typeof value === 'boolean' || value === null ? String(value) : stableJson(value);
}

/** The string of a scalar-ish value; an object's `value` (a richer date) when it has one. */
export function showScalar(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (isRecord(value) && typeof value.value === 'string') return value.value;
  return showValue(value);
}
