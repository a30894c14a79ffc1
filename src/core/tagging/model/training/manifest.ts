import { modelPayload, payloadSha256 } from '../modelFile';
import type { AnnotatedText } from './corpora';
import { trainModel } from './trainModel';

export const MANIFEST_FILE = 'entities.manifest.json';

/** What `npm run train` recorded about the shipped model. */
export interface ModelManifest {
  /** sha256 of the uncompressed model (gzip bytes may vary with the zlib version). */
  payloadSha256: string;
  /** sha256 of a small model trained on SLICE texts, so a test can retrain it and compare in seconds. */
  sliceSha256: string;
  buckets: number;
  epochs: number;
  seed: number;
  /** Learners whose averaged weights were averaged (each on its own shuffle, seeds seed … seed + runs − 1). */
  runs: number;
  /** The share of Kazakh training texts also given in Azerbaijani Latin spelling. */
  azLatinShare: number;
  trainingTexts: number;
}

const SLICE_PER_LANGUAGE = 4;

/** The first few training texts of each language, for the quick determinism check. */
export function trainingSlice(train: readonly AnnotatedText[]): AnnotatedText[] {
  return (['kk', 'ru'] as const).flatMap((lang) => train.filter((text) => text.lang === lang).slice(0, SLICE_PER_LANGUAGE));
}

export function sliceManifestHash(train: readonly AnnotatedText[]): string {
  return payloadSha256(modelPayload(trainModel(trainingSlice(train), { buckets: 1 << 12, epochs: 2, seed: 7, runs: 1 })));
}
