import { readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type ModelWeights, type Scorer, weightsScorer } from './entityModel';
import { ModelFileError, modelPayload, parseModel } from './modelFile';
import { shippedModel } from './shippedModel';
import type { LanguageCode } from '../types';
import { isLanguageCode, shippedModelLanguages } from '../../languages/registry';
import { CuratorMemory, parseRememberedForms, type RememberedForm } from '../memory/curatorMemory';

/** How a workspace model was learnt (core/learning chooses these). */
export interface LearningOptions {
  epochs: number;
  seed: number;
  /** How far one mistake moves a weight, in the model's real units. */
  rate: number;
}

/** What a workspace model was built from; beside the model in .corpus/model/. No timestamps: the same decisions give the same file. */
export interface WorkspaceModelManifest {
  /** sha256 of the training examples the decisions gave (texts, names, rejections, reviewed marks), in article order. */
  decisionsSha256: string;
  /** sha256 of the uncompressed shipped model it was updated from. */
  shippedModelSha256: string;
  articles: number;
  reviewedArticles: number;
  names: number;
  rejections: number;
  /** Languages with curated names: the model tags them even where the shipped model does not (az). */
  languages: LanguageCode[];
  changedWeights: number;
  options: LearningOptions;
  /** The curator's surface forms, counted (see learning/curatorMemory.ts): proposed again where kept, never where rejected. */
  memory: RememberedForm[];
  /**
   * The least confidence at which the model's own names are proposed, by language: set for a
   * language the shipped model does not tag (az), chosen by cross-validation on the decisions;
   * 1.01 (above any confidence) keeps the model's own names off there.
   */
  confidenceFloors: Partial<Record<LanguageCode, number>>;
  /**
   * Languages the shipped model tags whose decisions were not learnt from, as the same
   * cross-validation found the shipped weights (with the curator's memory) no worse on them.
   */
  unlearntLanguages?: LanguageCode[];
}

/** What a host needs of the manifest to tag with the model (the worker sends it with the weights). */
export type ModelIdentity = Pick<WorkspaceModelManifest, 'languages' | 'decisionsSha256' | 'memory' | 'confidenceFloors'>;

/** A workspace model's scorer, with what the decisions say beside the weights. */
export interface WorkspaceScorer extends Scorer {
  readonly memory: CuratorMemory;
  readonly confidenceFloors: Partial<Record<LanguageCode, number>>;
}

/** The curator's memory and confidence floors a model carries (a workspace model's), if any. */
export function curationOf(model: Scorer | null | undefined): { memory: CuratorMemory; confidenceFloors: Partial<Record<LanguageCode, number>> } | undefined {
  if (model === null || model === undefined || !('memory' in model) || !(model.memory instanceof CuratorMemory)) return undefined;
  const { memory, confidenceFloors } = model as WorkspaceScorer;
  return { memory, confidenceFloors };
}

/** Where the workspace model is kept, relative to the workspace (or current) folder. Rebuilt from the decisions: no need to commit it. */
export const WORKSPACE_MODEL_PATH = '.corpus/model/entities.model';
export const WORKSPACE_MANIFEST_NAME = 'entities.manifest.json';

export function workspaceModelFile(workspaceFolder: string): string {
  return path.join(workspaceFolder, WORKSPACE_MODEL_PATH);
}

/** The workspace model of the workspace whose .corpus/ holds `gazetteerFile` (the folder the hosts already know). */
export function workspaceModelFileBeside(gazetteerFile: string): string {
  return path.join(path.dirname(gazetteerFile), 'model', path.basename(WORKSPACE_MODEL_PATH));
}

export function manifestFileOf(modelFile: string): string {
  return path.join(path.dirname(modelFile), WORKSPACE_MANIFEST_NAME);
}

/** The scorer of a workspace model: the weights, covering the shipped model's languages and those its decisions taught it. */
export function workspaceScorer(weights: ModelWeights, manifest: Pick<WorkspaceModelManifest, 'languages'> & Partial<ModelIdentity>): WorkspaceScorer {
  return {
    ...weightsScorer(weights), languages: new Set([...shippedModelLanguages(), ...manifest.languages]),
    memory: new CuratorMemory(manifest.memory ?? []), confidenceFloors: manifest.confidenceFloors ?? {},
  };
}

function writeAtomically(file: string, bytes: Buffer | string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** Writes the model and its manifest (the manifest last: a model without one is not used). */
export function writeWorkspaceModel(file: string, weights: ModelWeights, manifest: WorkspaceModelManifest): void {
  mkdirSync(path.dirname(file), { recursive: true });
  rmSync(manifestFileOf(file), { force: true });
  // Level 1: the file is rebuilt after every batch of decisions, so writing fast matters more than a few MB.
  writeAtomically(file, gzipSync(modelPayload(weights), { level: 1 }));
  writeAtomically(manifestFileOf(file), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Removes a workspace model (no decisions left to learn from: the shipped model applies again). */
export function removeWorkspaceModel(file: string): boolean {
  let existed = true;
  try {
    statSync(file);
  } catch {
    existed = false;
  }
  rmSync(manifestFileOf(file), { force: true });
  rmSync(file, { force: true });
  return existed;
}

function readManifest(file: string): ModelIdentity {
  const manifestFile = manifestFileOf(file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    throw new ModelFileError(manifestFile, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the workspace model has no manifest (run corpus-curator learn)' : 'the manifest is not valid JSON');
  }
  const record = parsed !== null && typeof parsed === 'object' ? parsed as Record<string, unknown> : {};
  const languages = Array.isArray(record.languages) ? record.languages.filter((lang): lang is LanguageCode => isLanguageCode(lang)) : undefined;
  if (languages === undefined || typeof record.decisionsSha256 !== 'string') throw new ModelFileError(manifestFile, 'the manifest lacks its languages or decisions hash');
  const floors: Partial<Record<LanguageCode, number>> = {};
  if (record.confidenceFloors !== null && typeof record.confidenceFloors === 'object') {
    for (const [lang, floor] of Object.entries(record.confidenceFloors as Record<string, unknown>)) if (isLanguageCode(lang) && typeof floor === 'number' && Number.isFinite(floor)) floors[lang] = floor;
  }
  return { languages, decisionsSha256: record.decisionsSha256, memory: parseRememberedForms(record.memory), confidenceFloors: floors };
}

export type WorkspaceModel =
  | { status: 'none' }
  | { status: 'loaded'; file: string; scorer: Scorer; decisionsSha256: string }
  | { status: 'failed'; file: string; error: ModelFileError };

function stampOf(file: string): string | undefined {
  try {
    const info = statSync(file);
    return `${String(info.mtimeMs)}:${String(info.size)}`;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, { stamp: string; model: WorkspaceModel }>();

/** A workspace model file's weights and manifest; throws ModelFileError naming the file that cannot be used. */
export function readWorkspaceModelFile(file: string): { weights: ModelWeights; manifest: ModelIdentity } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new ModelFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const manifest = readManifest(file);
  // A workspace model learnt for other features is learnt again from the decisions, not retrained from the corpora.
  return { weights: withShippedCalibration(parseModel(bytes, file, 'run corpus-curator learn to learn it again from the decisions').weights), manifest };
}

/**
 * A workspace model learnt before models carried their calibration reads its confidence as the
 * shipped model does (its weights are the shipped ones plus the decisions' changes), until the
 * next batch of decisions rebuilds it.
 */
function withShippedCalibration(weights: ModelWeights): ModelWeights {
  if (weights.temperature !== undefined && weights.nameFloor !== undefined) return weights;
  const shipped = shippedModel();
  return {
    ...weights,
    ...(weights.temperature === undefined && shipped?.temperature !== undefined ? { temperature: shipped.temperature } : {}),
    ...(weights.nameFloor === undefined && shipped?.nameFloor !== undefined ? { nameFloor: shipped.nameFloor } : {}),
  };
}

/** Reads a workspace model file now (synchronously; once per version of the file): none when there is no file; failed, naming the file, when it cannot be used. */
export function readWorkspaceModel(file: string): WorkspaceModel {
  const stamp = stampOf(file);
  if (stamp === undefined) return { status: 'none' };
  const cached = cache.get(file);
  if (cached?.stamp === stamp) return cached.model;
  let model: WorkspaceModel;
  try {
    const { weights, manifest } = readWorkspaceModelFile(file);
    model = { status: 'loaded', file, scorer: workspaceScorer(weights, manifest), decisionsSha256: manifest.decisionsSha256 };
  } catch (error) {
    model = { status: 'failed', file, error: error instanceof ModelFileError ? error : new ModelFileError(file, String(error)) };
  }
  cache.set(file, { stamp, model });
  return model;
}

/** The workspace model already in memory for `file` (never reads the disk: hosts with a UI thread load it elsewhere). */
export function workspaceModelInMemory(file: string): Scorer | undefined {
  const cached = cache.get(file);
  return cached?.model.status === 'loaded' ? cached.model.scorer : undefined;
}

/** Puts a model made or read elsewhere (a worker thread) in memory for `file`, as the current version of that file. */
export function adoptWorkspaceModel(file: string, weights: ModelWeights, manifest: ModelIdentity): void {
  const stamp = stampOf(file) ?? 'adopted';
  cache.set(file, { stamp, model: { status: 'loaded', file, scorer: workspaceScorer(weights, manifest), decisionsSha256: manifest.decisionsSha256 } });
}

/** Forgets the model of `file` (it was removed). */
export function forgetWorkspaceModel(file: string): void {
  cache.delete(file);
}
