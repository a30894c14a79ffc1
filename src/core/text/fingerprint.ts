import * as crypto from 'node:crypto';

/** JSON with object keys sorted, so equal values always give the same text (built in one string, no arrays of parts). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${text}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    let text = '{';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      text += `${i === 0 ? '' : ','}${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`;
    }
    return `${text}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** A short fingerprint of a metadata value: 8 hex digits of its SHA-256. */
export function fingerprint(value: unknown): string {
  const json = canonicalJson(value);
  // The one-shot hash (Node ≥ 20.12) makes no Hash object: a third of the cost for these short texts.
  const digest = typeof crypto.hash === 'function' ? crypto.hash('sha256', json, 'hex') : crypto.createHash('sha256').update(json).digest('hex');
  return digest.slice(0, 8);
}
