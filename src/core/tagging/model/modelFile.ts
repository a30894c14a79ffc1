import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ModelWeights } from './entityModel';
import { LABELS } from './labels';

/**
 * The model file: gzip of [magic "CCNERMDL", format version (u32 LE), header length (u32 LE),
 * header JSON, weights as little-endian int16]. The header names the labels and the feature
 * version, so a file from another build or another program is refused rather than misread.
 */
const MAGIC = 'CCNERMDL';
const FORMAT_VERSION = 1;
/** Bumped whenever the feature templates change: weights learnt on other features mean nothing. */
export const FEATURE_VERSION = 7;

interface Header { labels: readonly string[]; buckets: number; scale: number; featureVersion: number; temperature?: number; nameFloor?: number }

export class ModelFileError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`Entity model ${file}: ${reason}. Tagging falls back to rules and gazetteers.`);
    this.name = 'ModelFileError';
  }
}

/** The uncompressed bytes of a model (what training determinism is checked on). */
export function modelPayload(weights: ModelWeights): Buffer {
  const header = Buffer.from(JSON.stringify({ labels: LABELS, buckets: weights.buckets, scale: weights.scale, featureVersion: FEATURE_VERSION, ...(weights.temperature === undefined ? {} : { temperature: weights.temperature }), ...(weights.nameFloor === undefined ? {} : { nameFloor: weights.nameFloor }) } satisfies Header), 'utf8');
  const prefix = Buffer.alloc(MAGIC.length + 8);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(FORMAT_VERSION, MAGIC.length);
  prefix.writeUInt32LE(header.length, MAGIC.length + 4);
  const body = Buffer.alloc(weights.values.length * 2);
  for (let i = 0; i < weights.values.length; i++) body.writeInt16LE(weights.values[i] ?? 0, i * 2);
  return Buffer.concat([prefix, header, body]);
}

export function serializeModel(weights: ModelWeights): Buffer {
  return gzipSync(modelPayload(weights), { level: 9 });
}

export function payloadSha256(payload: Buffer): string {
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * gzip's trailer states the payload's size (modulo 2^32); output pieces larger than this are not
 * asked for, so a corrupt or foreign file cannot make the reader set aside more than 32 MB at once
 * (the shipped payload is 18 MB).
 */
const MAX_OUTPUT_PIECE = 1 << 25;

/**
 * The payload of gzip `bytes`, inflated into one buffer of the size the trailer states (the
 * default pieces of 16 KB cost a second copy of the whole payload, joining them). A wrong size
 * only means more pieces: the output is the same.
 */
function gunzipWhole(bytes: Buffer): Buffer {
  const stated = bytes.length >= 4 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  // One byte more than stated: a piece filled exactly would make zlib ask for another to learn that it has ended.
  return gunzipSync(bytes, { chunkSize: Math.min(Math.max(stated + 1, 1 << 14), MAX_OUTPUT_PIECE) });
}

/** Reads a model file's bytes; throws ModelFileError naming `file` when they are not a whole model of this program. */
export function parseModel(bytes: Buffer, file: string, remedy = 'run npm run train'): { weights: ModelWeights; payload: Buffer } {
  let payload: Buffer;
  try {
    payload = gunzipWhole(bytes);
  } catch (error) {
    throw new ModelFileError(file, `not a readable model (${error instanceof Error ? error.message : String(error)}); the file may be truncated or not a model`);
  }
  if (payload.length < MAGIC.length + 8 || payload.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new ModelFileError(file, 'not a Corpus Curator entity model (wrong signature)');
  const version = payload.readUInt32LE(MAGIC.length);
  if (version !== FORMAT_VERSION) throw new ModelFileError(file, `model format ${version}, this version reads format ${FORMAT_VERSION}`);
  const headerLength = payload.readUInt32LE(MAGIC.length + 4);
  const bodyStart = MAGIC.length + 8 + headerLength;
  let header: Header;
  try {
    header = JSON.parse(payload.toString('utf8', MAGIC.length + 8, bodyStart)) as Header;
  } catch {
    throw new ModelFileError(file, 'the model header is damaged');
  }
  if (header.featureVersion !== FEATURE_VERSION || header.labels.join(' ') !== LABELS.join(' ')) throw new ModelFileError(file, `the model was made for other features or labels (feature version ${String(header.featureVersion)}, this version reads ${FEATURE_VERSION}); ${remedy}`);
  const { buckets, scale, temperature, nameFloor } = header;
  if (!Number.isInteger(buckets) || buckets <= 0 || (buckets & (buckets - 1)) !== 0 || !(scale > 0)) throw new ModelFileError(file, 'the model header is damaged');
  if (temperature !== undefined && !(typeof temperature === 'number' && Number.isFinite(temperature) && temperature > 0)) throw new ModelFileError(file, 'the model header is damaged (temperature)');
  if (nameFloor !== undefined && !(typeof nameFloor === 'number' && nameFloor >= 0 && nameFloor < 1)) throw new ModelFileError(file, 'the model header is damaged (name floor)');
  const expected = buckets * LABELS.length * 2;
  if (payload.length - bodyStart !== expected) throw new ModelFileError(file, `the weights are ${payload.length - bodyStart} bytes, expected ${expected} (truncated?)`);
  const values = new Int16Array(buckets * LABELS.length);
  if (endianness() === 'LE') new Uint8Array(values.buffer).set(payload.subarray(bodyStart));
  else for (let i = 0; i < values.length; i++) values[i] = payload.readInt16LE(bodyStart + i * 2);
  return { weights: { buckets, values, scale, ...(temperature === undefined ? {} : { temperature }), ...(nameFloor === undefined ? {} : { nameFloor }) }, payload };
}
