import { hashString } from './hash';

/**
 * A lexicon file: sets of words of one language (a spelling dictionary's common words, given
 * names, surnames, places), each stored as the sorted 28-bit hashes of its lower-case words. The
 * file is [magic "CCLEXCN1", header length (u32 LE), header JSON, each set's hashes as LEB128
 * varints of the gaps between them]: about two bytes a word on disk, four in memory, and a word is
 * looked up by binary search. A hash may collide (about one word in 2^28 / set size), which a
 * learnt feature tolerates.
 */
const MAGIC = 'CCLEXCN1';
const HASH_BITS = 28;

export interface LexiconHeader {
  lang: string;
  /** Where the words come from (package and version) and under which licence. */
  source: string;
  sets: { name: string; count: number }[];
}

export interface Lexicon { header: LexiconHeader; sets: ReadonlyMap<string, Uint32Array> }

export class LexiconFileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`Lexicon ${file}: ${reason}`);
    this.name = 'LexiconFileError';
  }
}

/** The hash a lexicon stores for a lower-case word. */
export function lexiconHash(lowerWord: string): number {
  return hashString(lowerWord) >>> (32 - HASH_BITS);
}

/** Where `hash` is in a sorted set of hashes (binary search); -1 if it is not there. */
export function hashIndex(set: Uint32Array, hash: number): number {
  let low = 0;
  let high = set.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = set[middle] as number;
    if (value === hash) return middle;
    if (value < hash) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export function lexiconHas(set: Uint32Array, hash: number): boolean {
  return hashIndex(set, hash) >= 0;
}

/** Writes a lexicon: each set's words hashed, sorted and deduplicated (deterministic bytes). */
export function serializeLexicon(lang: string, source: string, sets: readonly { name: string; words: Iterable<string> }[]): Buffer {
  const hashed = sets.map(({ name, words }) => ({ name, hashes: [...new Set([...words].map(lexiconHash))].sort((a, b) => a - b) }));
  const header: LexiconHeader = { lang, source, sets: hashed.map(({ name, hashes }) => ({ name, count: hashes.length })) };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const bytes: number[] = [];
  for (const { hashes } of hashed) {
    let previous = 0;
    for (const hash of hashes) {
      let gap = hash - previous;
      previous = hash;
      while (gap >= 0x80) {
        bytes.push((gap & 0x7f) | 0x80);
        gap >>>= 7;
      }
      bytes.push(gap);
    }
  }
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  return Buffer.concat([prefix, headerBytes, Buffer.from(bytes)]);
}

export function parseLexicon(bytes: Buffer, file: string): Lexicon {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new LexiconFileError(file, 'not a lexicon file (wrong magic)');
  const headerLength = bytes.readUInt32LE(MAGIC.length);
  let at = MAGIC.length + 4 + headerLength;
  if (at > bytes.length) throw new LexiconFileError(file, 'the header is truncated');
  let header: LexiconHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, at)) as LexiconHeader;
  } catch (error) {
    throw new LexiconFileError(file, `the header is not JSON (${String(error)})`);
  }
  if (!Array.isArray(header.sets)) throw new LexiconFileError(file, 'the header names no sets');
  const sets = new Map<string, Uint32Array>();
  for (const { name, count } of header.sets) {
    // Each word takes at least one byte: a count beyond the bytes left is a damaged header, not a size to allocate.
    if (!Number.isSafeInteger(count) || count < 0 || count > bytes.length - at) throw new LexiconFileError(file, `the set "${name}" claims ${String(count)} words, more than the file holds`);
    const hashes = new Uint32Array(count);
    let previous = 0;
    for (let i = 0; i < count; i++) {
      let gap = 0;
      let shift = 0;
      for (;;) {
        if (at >= bytes.length) throw new LexiconFileError(file, `the set "${name}" is truncated`);
        const byte = bytes[at++] as number;
        gap += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) break;
        shift += 7;
      }
      previous += gap;
      hashes[i] = previous;
    }
    sets.set(name, hashes);
  }
  if (at !== bytes.length) throw new LexiconFileError(file, `${bytes.length - at} bytes after the last set`);
  return { header, sets };
}
