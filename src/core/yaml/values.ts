/** Aliases a YAML file may expand; more means an alias bomb, refused rather than expanded. */
export const MAX_ALIAS_COUNT = 100;

/**
 * Rebuilds parsed values on prototype-less objects, so that keys such as `__proto__` or
 * `constructor` are plain data and can never reach Object.prototype.
 */
export function toSafeObject(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toSafeObject);
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object') {
    const safe = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) safe[key] = toSafeObject((value as Record<string, unknown>)[key]);
    return safe;
  }
  return value;
}
