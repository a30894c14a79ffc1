import { statSync } from 'node:fs';
import { DEFAULT_MAX_ARTICLE_BYTES, isRefusal, readArticleBytes } from './articleBytes';
import type { CorpusFiles } from './corpusIndex';

/**
 * The corpus on the local disk. `stat` is synchronous on purpose: a stat takes microseconds,
 * and thousands of them queued on libuv's thread pool cost more than they save while the
 * summary workers need the cores. Special files and files over the size limit are not articles.
 */
export function nodeCorpusFiles(maxBytesOf: (file: string) => number = () => DEFAULT_MAX_ARTICLE_BYTES): CorpusFiles {
  return {
    stat: (file) => {
      try {
        const info = statSync(file);
        return Promise.resolve(info.isFile() && info.size <= maxBytesOf(file) ? { mtimeMs: info.mtimeMs, size: info.size } : undefined);
      } catch {
        return Promise.resolve(undefined);
      }
    },
    read: (file) => {
      const read = readArticleBytes(file, { maxBytes: maxBytesOf(file), followSymlinks: true });
      return Promise.resolve(isRefusal(read) ? undefined : read.bytes.toString('utf8'));
    },
  };
}
