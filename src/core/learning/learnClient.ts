import { Worker } from 'node:worker_threads';
import type { ModelWeights } from '../tagging/model/entityModel';
import type { ModelIdentity } from '../tagging/model/workspaceModel';
import type { FileProblem } from './learnCorpus';

/** Rebuild the model at `modelFile` from the articles under `roots` (unsaved editor texts by path win over the files). */
export interface LearnFromCorpus { kind: 'learn'; id: number; roots: string[]; modelFile: string; gazetteerFile?: string; entitiesFile?: string; unsaved: Record<string, string> }
/** Read the model at `modelFile`. */
export interface LoadModel { kind: 'load'; id: number; modelFile: string }
export type LearnRequest = LearnFromCorpus | LoadModel;

/** `foldsElsewhere`: how many folds of the rebuild's cross-validation the worker's helper thread computed. */
export type LearnReply =
  | { id: number; status: 'learnt'; weights: ModelWeights; manifest: ModelIdentity; examples: number; problems: FileProblem[]; foldsElsewhere?: number }
  | { id: number; status: 'no-decisions' | 'only-rejections'; examples: number; problems: FileProblem[]; foldsElsewhere?: number }
  | { id: number; status: 'failed'; error: string };

/** The learning worker (dist/learnWorker.js): one request at a time, answered in order. */
export class LearnClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (reply: LearnReply) => void>();
  private nextId = 0;

  constructor(workerScript: string) {
    this.worker = new Worker(workerScript);
    this.worker.on('message', (reply: LearnReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.(reply);
    });
    this.worker.on('error', (error) => {
      for (const [id, waiting] of this.pending) waiting({ id, status: 'failed', error: error.message });
      this.pending.clear();
    });
  }

  private ask(request: Omit<LearnFromCorpus, 'id'> | Omit<LoadModel, 'id'>): Promise<LearnReply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ ...request, id });
    });
  }

  learn(request: Omit<LearnFromCorpus, 'id' | 'kind'>): Promise<LearnReply> {
    return this.ask({ kind: 'learn', ...request });
  }

  load(modelFile: string): Promise<LearnReply> {
    return this.ask({ kind: 'load', modelFile });
  }

  dispose(): Promise<number> {
    return this.worker.terminate();
  }
}
