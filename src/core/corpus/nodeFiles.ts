import { readFileSync, statSync } from 'node:fs';
import type { CorpusFiles } from './corpusIndex';

/**
 * The corpus on the local disk. `stat` is synchronous on purpose: a stat takes microseconds,
 * and thousands of them queued on libuv's thread pool cost more than they save while the
 * summary workers need the cores.
 */
export function nodeCorpusFiles(): CorpusFiles {
  return {
    stat: (file) => {
      try {
        const info = statSync(file);
        return Promise.resolve(info.isFile() ? { mtimeMs: info.mtimeMs, size: info.size } : undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    read: (file) => {
      try {
        return Promise.resolve(readFileSync(file, 'utf8'));
      } catch {
        return Promise.resolve(undefined);
      }
    },
  };
}
