import { Worker } from 'node:worker_threads';
import type { FileSummary } from './corpusIndex';
import type { WriteResult } from '../metadata/writeArticle';
import type { ExportedDocument } from '../formats/exportedDocument';
import type { ExportOptions } from '../formats/fromArticle';
import type { AnnotatedDocument } from '../formats/document';
import type { ImportMode, ImportOutcome } from '../formats/importDocument';

interface Reply { id: number; hash?: string; summary?: FileSummary['summary']; write?: WriteResult; exported?: ExportedDocument; imported?: ImportOutcome; missing?: boolean; error?: string }
interface Pending { worker: number; resolve: (result: FileSummary | WriteResult | ExportedDocument | ImportOutcome | undefined) => void; reject: (error: Error) => void }

/**
 * Each worker's young generation, in MB. V8's default (up to 3 × 16 MB per thread) is room for
 * garbage that a tagger making short-lived objects does not need: with it, two workers and the
 * main thread of a `write` of 100,000 articles went over 300 MB of resident memory.
 */
const YOUNG_GENERATION_MB = 8;

/** Reads and summarises articles on worker threads (dist/summaryWorker.js), one per core by default. */
export class SummaryWorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  /** Requests in flight per worker: a new one goes to the least busy, as articles differ in length. */
  private readonly inFlight: number[];
  private nextId = 0;

  constructor(workerScript: string, size: number) {
    this.inFlight = Array.from({ length: Math.max(1, size) }, () => 0);
    this.workers = this.inFlight.map((_, index) => {
      const worker = new Worker(workerScript, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (waiting) this.inFlight[waiting.worker] = (this.inFlight[waiting.worker] ?? 1) - 1;
        if (reply.missing) waiting?.resolve(undefined);
        else if (reply.write) waiting?.resolve(reply.write);
        else if (reply.exported) waiting?.resolve(reply.exported);
        else if (reply.imported) waiting?.resolve(reply.imported);
        else if (reply.hash !== undefined && reply.summary) waiting?.resolve({ hash: reply.hash, summary: reply.summary });
        else waiting?.reject(new Error(reply.error ?? 'the summary worker failed'));
      });
      // A worker that dies (out of memory, a crash) fails its requests instead of leaving them waiting.
      worker.on('error', (error) => { this.failPending(index, error, true); });
      worker.on('exit', () => { this.failPending(index, new Error('the summary worker stopped'), true); });
      return worker;
    });
  }

  /**
   * The file's content hash and summary, or undefined when it cannot be read. `gazetteerFile` is
   * the workspace gazetteer that tags the article when it has no front matter. A special file or
   * one over `maxBytes` counts as unreadable.
   */
  summarizeFile(path: string, gazetteerFile?: string, maxBytes?: number): Promise<FileSummary | undefined> {
    return this.request({ path, gazetteerFile, maxBytes }) as Promise<FileSummary | undefined>;
  }

  /** What `write` makes of an article's text (see writeArticle), computed on a worker. */
  async computeWrite(text: string, path: string, gazetteerFile?: string, entitiesFile?: string, modelFile?: string): Promise<WriteResult> {
    const result = await (this.request({ kind: 'write', text, path, gazetteerFile, entitiesFile, modelFile }) as Promise<WriteResult>);
    return result.status === 'changed' ? { ...result, newText: result.replacement + text.slice(result.editEnd) } : result;
  }

  /** The article at `path` as the document an export writes (see exportedDocument), computed on a worker. */
  computeExport(path: string, options: ExportOptions, gazetteerFile?: string, entitiesFile?: string, modelFile?: string): Promise<ExportedDocument> {
    return this.request({ kind: 'export', path, options: { tags: options.tags, withoutBoilerplate: options.withoutBoilerplate }, gazetteerFile, entitiesFile, modelFile }) as Promise<ExportedDocument>;
  }

  /** What importing `document` makes of the article at `path` (see importDocument), computed on a worker. */
  computeImport(document: AnnotatedDocument, existingText: string | undefined, path: string, mode: ImportMode, force: boolean, gazetteerFile?: string, entitiesFile?: string, modelFile?: string): Promise<ImportOutcome> {
    return this.request({ kind: 'import', document, existingText, path, mode, force, gazetteerFile, entitiesFile, modelFile }) as Promise<ImportOutcome>;
  }

  private request(message: Record<string, unknown>): Promise<FileSummary | WriteResult | ExportedDocument | ImportOutcome | undefined> {
    const id = this.nextId++;
    let chosen = 0;
    for (let index = 1; index < this.inFlight.length; index++) if ((this.inFlight[index] ?? 0) < (this.inFlight[chosen] ?? 0)) chosen = index;
    if (this.inFlight[chosen] === Number.POSITIVE_INFINITY) return Promise.reject(new Error('no summary worker is running'));
    this.inFlight[chosen] = (this.inFlight[chosen] ?? 0) + 1;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { worker: chosen, resolve, reject });
      this.workers[chosen]?.postMessage({ id, ...message });
    });
  }

  /** Stops the workers; requests still waiting fail. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
    for (const index of this.workers.keys()) this.failPending(index, new Error('the worker pool was closed'), true);
  }

  /** Fails the requests waiting on `worker`; a stopped worker gets no more (its load counts as infinite). */
  private failPending(worker: number, error: Error, stopped: boolean): void {
    for (const [id, waiting] of this.pending) {
      if (waiting.worker !== worker) continue;
      this.pending.delete(id);
      waiting.reject(error);
    }
    this.inFlight[worker] = stopped ? Number.POSITIVE_INFINITY : 0;
  }
}

/** A pool started by the first call of `get` (a run that needs no worker starts none) and closed by `close`. */
export function lazyWorkerPool(workerScript: string, size: number): { size: number; get: () => SummaryWorkerPool; close: () => Promise<void> } {
  let pool: SummaryWorkerPool | undefined;
  return {
    size,
    get: () => (pool ??= new SummaryWorkerPool(workerScript, size)),
    close: () => pool?.close() ?? Promise.resolve(),
  };
}
