import { Worker } from 'node:worker_threads';
import type { FileSummary } from './corpusIndex';
import type { WriteResult } from '../metadata/writeArticle';
import type { ExportedDocument } from '../formats/exportedDocument';
import type { ExportOptions } from '../formats/fromArticle';
import type { AnnotatedDocument } from '../formats/document';
import type { ImportMode, ImportOutcome } from '../formats/importDocument';

interface Reply { id: number; hash?: string; summary?: FileSummary['summary']; write?: WriteResult; exported?: ExportedDocument; imported?: ImportOutcome; missing?: boolean; error?: string }
interface Pending { resolve: (result: FileSummary | WriteResult | ExportedDocument | ImportOutcome | undefined) => void; reject: (error: Error) => void }

/** Reads and summarises articles on worker threads (dist/summaryWorker.js), one per core by default. */
export class SummaryWorkerPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(workerScript: string, size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      const worker = new Worker(workerScript);
      worker.on('message', (reply: Reply) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (reply.missing) waiting?.resolve(undefined);
        else if (reply.write) waiting?.resolve(reply.write);
        else if (reply.exported) waiting?.resolve(reply.exported);
        else if (reply.imported) waiting?.resolve(reply.imported);
        else if (reply.hash !== undefined && reply.summary) waiting?.resolve({ hash: reply.hash, summary: reply.summary });
        else waiting?.reject(new Error(reply.error ?? 'the summary worker failed'));
      });
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
  computeWrite(text: string, path: string, gazetteerFile?: string, entitiesFile?: string, modelFile?: string): Promise<WriteResult> {
    return this.request({ kind: 'write', text, path, gazetteerFile, entitiesFile, modelFile }) as Promise<WriteResult>;
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
    const worker = this.workers[id % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker?.postMessage({ id, ...message });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
