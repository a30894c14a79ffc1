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

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || stableJson(a) === stableJson(b);
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
