import { cpus } from 'node:os';
import * as path from 'node:path';
import { lazyWorkerPool } from '../core/corpus/workerPool';

/** One worker thread per core once there are `from` articles or more; none (this thread) below. */
export function workerCount(articles: number, from: number): number {
  return articles >= from ? cpus().length : 0;
}

/** The worker pool of a command (dist/summaryWorker.js beside the CLI bundle), started when first needed. */
export function commandWorkerPool(jobs: number): ReturnType<typeof lazyWorkerPool> {
  return lazyWorkerPool(path.join(__dirname, 'summaryWorker.js'), jobs);
}
