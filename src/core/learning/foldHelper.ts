// A second thread for the learning worker: it computes folds of the cross-validation (see
// learnFromDecisionsSharing) while the learning worker computes the others, so a rebuild uses both
// cores of a two-core machine. It is the learning worker's own script, started with FOLD_HELPER_ROLE.
import { parentPort, Worker } from 'node:worker_threads';
import { gazetteerFileStamp, gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import type { LanguageCode } from '../tagging/types';
import { crossValidateFold, type FoldTallies, type FoldTask } from './confidenceFloor';
import type { CuratedArticle } from './curatedArticle';
import { type FoldsElsewhere, trainerFrom, WORKSPACE_LEARNING } from './learn';
import { readShippedWeights } from './learnCorpus';

export const FOLD_HELPER_ROLE = 'fold-helper';

/** `gazetteerStamp`: the stamp of the gazetteer file when the learning worker read it; the helper refuses to work with another version. */
interface FoldRequest { id: number; tasks: readonly FoldTask[]; articles: readonly CuratedArticle[]; languages: readonly LanguageCode[]; gazetteerFile?: string; gazetteerStamp: string }
type FoldReply = { id: number; folds: FoldTallies[] } | { id: number; error: string };

/** The helper's side: answers each request with its folds, learnt from the shipped model with the workspace gazetteer. */
export function serveFolds(): void {
  parentPort?.on('message', (request: FoldRequest) => {
    let reply: FoldReply;
    try {
      const shipped = readShippedWeights();
      if (request.gazetteerFile !== undefined && gazetteerFileStamp(request.gazetteerFile) !== request.gazetteerStamp) throw new Error('the workspace gazetteer changed during the rebuild');
      const gazetteer = gazetteerFromFile(request.gazetteerFile);
      const { train } = trainerFrom(shipped.weights, WORKSPACE_LEARNING, gazetteer);
      reply = { id: request.id, folds: request.tasks.map((task) => crossValidateFold(task, request.articles, request.languages, train, gazetteer, shipped.weights)) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
  });
}

/** The learning worker's side: starts the helper on first use; a helper that fails or stops fails its requests (they are then computed at home). */
export class FoldHelper {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (folds: FoldTallies[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** Folds the helper has computed and sent back, over its life. */
  foldsComputed = 0;

  constructor(private readonly script: string) {}

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { role: FOLD_HELPER_ROLE } });
    worker.on('message', (reply: FoldReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if ('error' in reply) {
        waiting?.reject(new Error(reply.error));
        return;
      }
      this.foldsComputed += reply.folds.length;
      waiting?.resolve(reply.folds);
    });
    const failAll = (error: Error): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', () => { failAll(new Error('the fold helper stopped')); });
    // The learning worker may end while the helper idles.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Folds for learnFromDecisionsSharing, computed with the workspace gazetteer at `gazetteerFile` as it was at `gazetteerStamp` (see gazetteerFileStamp). */
  elsewhere(gazetteerFile: string | undefined, gazetteerStamp: string): FoldsElsewhere {
    return (tasks, articles, languages) => new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject });
      this.started().postMessage({ id, tasks, articles, languages, gazetteerStamp, ...(gazetteerFile === undefined ? {} : { gazetteerFile }) } satisfies FoldRequest);
    });
  }
}
