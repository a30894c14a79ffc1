import { createHash } from 'node:crypto';
import { decodeArticle, describeDecodeFailure, isDecodeFailure } from '../article/decode';
import { isRefusal, readArticleBytes } from '../corpus/articleBytes';
import type { Gazetteer } from '../tagging/gazetteer/gazetteer';
import type { ModelWeights } from '../tagging/model/entityModel';
import { ModelFileError, modelPayload, payloadSha256 } from '../tagging/model/modelFile';
import { modelProblem, shippedModel, shippedModelPath } from '../tagging/model/shippedModel';
import type { Tagger } from '../tagging/types';
import type { CuratedArticle } from './curatedArticle';
import { decisionExamples } from './decisionExamples';
import { type FoldsElsewhere, type LearnOutcome, learnFromDecisions, learnFromDecisionsSharing, type LearningOptions, WORKSPACE_LEARNING } from './learn';
import { removeWorkspaceModel, writeWorkspaceModel } from '../tagging/model/workspaceModel';

export interface FileProblem { file: string; message: string }

/**
 * The example each article gave last time, by path, with the text and the tagger's inputs it came
 * from: a host that learns again and again (the editor's learning worker) tags again only the
 * articles whose text or tagger changed since, not every curated article after each batch.
 */
export class ExampleMemo {
  // A digest, not the text: the memo holds every article of the workspace, most of them without decisions.
  private readonly byFile = new Map<string, { digest: string; example: CuratedArticle | undefined }>();

  constructor(private readonly inputs: readonly unknown[]) {}

  /** The memo for a tagger built from `inputs` (its gazetteer, entity decisions): another tagger starts afresh. */
  forTagger(inputs: readonly unknown[]): ExampleMemo {
    return inputs.length === this.inputs.length && inputs.every((input, i) => input === this.inputs[i]) ? this : new ExampleMemo(inputs);
  }

  example(file: string, text: string, make: () => CuratedArticle | undefined): CuratedArticle | undefined {
    const known = this.byFile.get(file);
    const digest = createHash('sha256').update(text).digest('base64');
    if (known?.digest === digest) return known.example;
    const example = make();
    this.byFile.set(file, { digest, example });
    return example;
  }

  /** Forgets the articles not among `files` (deleted, or outside the roots now). */
  keepOnly(files: readonly string[]): void {
    const kept = new Set(files);
    for (const file of [...this.byFile.keys()]) if (!kept.has(file)) this.byFile.delete(file);
  }
}

/** The training examples the articles' decisions give (an editor's unsaved text wins over the file's); unreadable articles are listed, not fatal. */
export function gatherExamples(files: readonly string[], tagger: Tagger, unsaved: ReadonlyMap<string, string> = new Map(), memo?: ExampleMemo): { examples: CuratedArticle[]; problems: FileProblem[] } {
  const examples: CuratedArticle[] = [];
  const problems: FileProblem[] = [];
  const exampleOf = (text: string, file: string): CuratedArticle | undefined => (memo ? memo.example(file, text, () => decisionExamples(text, file, tagger)) : decisionExamples(text, file, tagger));
  memo?.keepOnly(files);
  for (const file of files) {
    const text = unsaved.get(file);
    if (text !== undefined) {
      const example = exampleOf(text, file);
      if (example) examples.push(example);
      continue;
    }
    const read = readArticleBytes(file, { followSymlinks: true });
    if (isRefusal(read)) {
      problems.push({ file, message: read.message });
      continue;
    }
    const decoded = decodeArticle(read.bytes);
    if (isDecodeFailure(decoded)) {
      problems.push({ file, message: describeDecodeFailure(decoded) });
      continue;
    }
    const example = exampleOf(decoded.text, file);
    if (example) examples.push(example);
  }
  return { examples, problems };
}

type ShippedWeights = { weights: ModelWeights; sha256: string };

/** The hash of the shipped model's payload, by file: the weights are the tagger's own (shippedModel), read once per thread. */
const shippedHashes = new Map<string, ShippedWeights>();

/** The shipped model's weights and the hash of its payload (what a workspace model records it was updated from). */
export function readShippedWeights(file = shippedModelPath()): ShippedWeights {
  const known = shippedHashes.get(file);
  if (known) return known;
  const weights = shippedModel(file)?.fixedWeights;
  if (!weights) throw modelProblem(file) ?? new ModelFileError(file, 'the model is not loaded');
  const shipped = { weights, sha256: payloadSha256(modelPayload(weights)) };
  shippedHashes.set(file, shipped);
  return shipped;
}

export interface RebuildResult { outcome: LearnOutcome; examples: number; problems: FileProblem[]; removed: boolean }

/**
 * Rebuilds the workspace model at `modelFile` from the decisions in `files`: the shipped model
 * updated on them, or, when they teach nothing (no decisions, only rejections), no workspace
 * model at all (a stale one is removed, so the shipped model applies). `tagger` is the tagger
 * without the workspace model.
 */
export function rebuildWorkspaceModel(files: readonly string[], modelFile: string, tagger: Tagger, gazetteer?: Gazetteer, options: LearningOptions = WORKSPACE_LEARNING, unsaved?: ReadonlyMap<string, string>, memo?: ExampleMemo): RebuildResult {
  const { examples, problems } = gatherExamples(files, tagger, unsaved, memo);
  return settled(learnFromDecisions(examples, readShippedWeights(), options, gazetteer), modelFile, examples.length, problems);
}

/** rebuildWorkspaceModel with part of the cross-validation computed elsewhere (see learnFromDecisionsSharing): the same model. */
export async function rebuildWorkspaceModelSharing(files: readonly string[], modelFile: string, tagger: Tagger, elsewhere: FoldsElsewhere, gazetteer?: Gazetteer, unsaved?: ReadonlyMap<string, string>, memo?: ExampleMemo): Promise<RebuildResult> {
  const { examples, problems } = gatherExamples(files, tagger, unsaved, memo);
  return settled(await learnFromDecisionsSharing(examples, readShippedWeights(), elsewhere, WORKSPACE_LEARNING, gazetteer), modelFile, examples.length, problems);
}

/** The model file as the outcome says: written when learnt, else removed. */
function settled(outcome: LearnOutcome, modelFile: string, examples: number, problems: FileProblem[]): RebuildResult {
  if (outcome.status !== 'learnt') return { outcome, examples, problems, removed: removeWorkspaceModel(modelFile) };
  writeWorkspaceModel(modelFile, outcome.weights, outcome.manifest);
  return { outcome, examples, problems, removed: false };
}
