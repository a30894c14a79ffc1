/** FNV-1a over UTF-16 code units: a feature's name becomes a 32-bit number (deterministic, no allocation). */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Combines two hashes (a feature template with its value, or two values) into one: 32 bits, as a
 * signed integer (its consumers read only the bits; an unsigned result above 2^31 would be a boxed
 * number, one allocation per feature of every token scored).
 */
export function mix(a: number, b: number): number {
  let hash = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  hash = Math.imul(hash ^ (hash >>> 15), 0xc2b2ae35);
  return hash ^ (hash >>> 13);
}
