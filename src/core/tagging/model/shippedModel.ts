import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type Scorer, weightsScorer } from './entityModel';
import { lexiconProblem } from './lexicon';
import { ModelFileError, parseModel } from './modelFile';

export const MODEL_FILE_NAME = 'entities.model';
const SOURCE_LOCATION = path.join('src', 'core', 'tagging', 'model', 'weights', MODEL_FILE_NAME);

let cachedPath: string | undefined;

/**
 * Where the shipped model is: beside the bundle (dist/entities.model in the extension and the
 * CLI), else in the source tree above it (tests and tools run from out/).
 */
export function shippedModelPath(): string {
  cachedPath ??= findModel(__dirname);
  return cachedPath;
}

function findModel(from: string): string {
  let folder = from;
  for (let depth = 0; depth < 10; depth++) {
    const beside = path.join(folder, MODEL_FILE_NAME);
    if (existsSync(beside)) return beside;
    const inSource = path.join(folder, SOURCE_LOCATION);
    if (existsSync(inSource)) return inSource;
    folder = path.dirname(folder);
  }
  return path.join(from, MODEL_FILE_NAME);
}

export type ModelState =
  | { status: 'loading'; promise: Promise<Scorer | undefined> }
  | { status: 'loaded'; scorer: Scorer }
  | { status: 'failed'; error: ModelFileError };

/** Each model file is read once; the state is kept per file. */
const states = new Map<string, ModelState>();
/** Hosts with a UI thread (the extension) load asynchronously; elsewhere the first tagging loads it. */
let loadOnFirstUse = true;

export function readModel(file: string, bytes: Buffer | undefined): Scorer {
  if (bytes === undefined) throw new ModelFileError(file, 'the file is missing or unreadable');
  const scorer = weightsScorer(parseModel(bytes, file).weights);
  // The weights were learnt with the lexicons' features: without them the model would misread words.
  const lexicon = lexiconProblem(['kk', 'ru']);
  if (lexicon) throw new ModelFileError(file, `its lexicon ${lexicon.file} cannot be read (${lexicon.reason})`);
  return scorer;
}

function readBytesSync(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function settle(file: string, load: () => Scorer): Scorer | undefined {
  try {
    const scorer = load();
    states.set(file, { status: 'loaded', scorer });
    return scorer;
  } catch (error) {
    states.set(file, { status: 'failed', error: error instanceof ModelFileError ? error : new ModelFileError(file, String(error)) });
    return undefined;
  }
}

/** In a host with a UI thread: tagging never waits for the model file; it is loaded with loadShippedModelAsync. */
export function loadModelInBackground(): Promise<Scorer | undefined> {
  loadOnFirstUse = false;
  return loadShippedModelAsync();
}

/** Loads a model file in the background (once); tagging uses it as soon as it is there. Never rejects. */
export function loadShippedModelAsync(file = shippedModelPath()): Promise<Scorer | undefined> {
  const state = states.get(file);
  if (state?.status === 'loading') return state.promise;
  if (state?.status === 'loaded') return Promise.resolve(state.scorer);
  if (state?.status === 'failed') return Promise.resolve(undefined);
  const promise = readFile(file).then((bytes) => bytes, () => undefined).then((bytes) => settle(file, () => readModel(file, bytes)));
  states.set(file, { status: 'loading', promise });
  return promise;
}

/** The shipped model if it is loaded (loading it now, synchronously, outside the extension host); undefined if it cannot be read. */
export function shippedModel(file = shippedModelPath()): Scorer | undefined {
  const state = states.get(file);
  if (state?.status === 'loaded') return state.scorer;
  if (state === undefined && loadOnFirstUse) return settle(file, () => readModel(file, readBytesSync(file)));
  return undefined;
}

/** Why a model file is not in use, if it failed to load (for a message to the user). */
export function modelProblem(file = shippedModelPath()): ModelFileError | undefined {
  const state = states.get(file);
  return state?.status === 'failed' ? state.error : undefined;
}
