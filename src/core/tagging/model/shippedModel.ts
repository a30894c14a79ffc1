import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { type Scorer, weightsScorer } from './entityModel';
import { ModelFileError, parseModel } from './modelFile';

export const MODEL_FILE_NAME = 'entities.model';
const SOURCE_LOCATION = path.join('src', 'core', 'tagging', 'model', 'weights', MODEL_FILE_NAME);

/**
 * Where the shipped model is: beside the bundle (dist/entities.model in the extension and the
 * CLI), else in the source tree above it (tests and tools run from out/).
 */
export function shippedModelPath(from = __dirname): string {
  let folder = from;
  for (let depth = 0; depth < 6; depth++) {
    const beside = path.join(folder, MODEL_FILE_NAME);
    if (existsSync(beside)) return beside;
    const inSource = path.join(folder, SOURCE_LOCATION);
    if (existsSync(inSource)) return inSource;
    folder = path.dirname(folder);
  }
  return path.join(from, MODEL_FILE_NAME);
}

export type ModelState =
  | { status: 'unloaded' }
  | { status: 'loading'; promise: Promise<Scorer | undefined> }
  | { status: 'loaded'; scorer: Scorer; file: string }
  | { status: 'failed'; error: ModelFileError };

let state: ModelState = { status: 'unloaded' };
/** Hosts with a UI thread (the extension) load asynchronously; elsewhere the first tagging loads it. */
let loadOnFirstUse = true;

export function readModel(file: string, bytes: Buffer | undefined): Scorer {
  if (bytes === undefined) throw new ModelFileError(file, 'the file is missing');
  return weightsScorer(parseModel(bytes, file).weights);
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
    state = { status: 'loaded', scorer, file };
    return scorer;
  } catch (error) {
    state = { status: 'failed', error: error instanceof ModelFileError ? error : new ModelFileError(file, String(error)) };
    return undefined;
  }
}

/** Loads the shipped model in the background (once); tagging uses it as soon as it is there. */
export function loadShippedModelAsync(file = shippedModelPath()): Promise<Scorer | undefined> {
  loadOnFirstUse = false;
  if (state.status === 'loading') return state.promise;
  if (state.status === 'loaded') return Promise.resolve(state.scorer);
  if (state.status === 'failed') return Promise.resolve(undefined);
  const promise = readFile(file).then((bytes) => bytes, () => undefined).then((bytes) => settle(file, () => readModel(file, bytes)));
  state = { status: 'loading', promise };
  return promise;
}

/** The shipped model if it is loaded (loading it now, synchronously, outside the extension host); undefined if it cannot be read. */
export function shippedModel(): Scorer | undefined {
  if (state.status === 'loaded') return state.scorer;
  if (state.status === 'unloaded' && loadOnFirstUse) {
    const file = shippedModelPath();
    return settle(file, () => readModel(file, readBytesSync(file)));
  }
  return undefined;
}

/** Why the model is not in use, if it failed to load (for a message to the user). */
export function modelProblem(): ModelFileError | undefined {
  return state.status === 'failed' ? state.error : undefined;
}
