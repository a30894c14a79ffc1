/**
 * Orders strings by their UTF-16 code units: the same on every machine and in every locale (unlike
 * `localeCompare`), so sorted output is deterministic. (Code unit and code point order differ only
 * between astral characters and U+E000–U+FFFF.)
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
