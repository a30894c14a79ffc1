// A worker thread that reads, hashes and summarises articles, so building the corpus index uses
// every core and keeps file reading, YAML parsing and tagging off the caller's thread. Articles
// without front matter are tagged with their workspace's gazetteer, as in the editor.
import { parentPort } from 'node:worker_threads';
import { gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import { taggerWith } from '../tagging/tag';
import { isRefusal, readArticleBytes } from './articleBytes';
import { contentHash, summarizeArticle } from './summary';

interface Request { id: number; path: string; gazetteerFile?: string; maxBytes?: number }

parentPort?.on('message', (request: Request) => {
  const read = readArticleBytes(request.path, { ...(request.maxBytes === undefined ? {} : { maxBytes: request.maxBytes }), followSymlinks: true });
  if (isRefusal(read)) {
    parentPort?.postMessage({ id: request.id, missing: true });
    return;
  }
  const content = read.bytes.toString('utf8');
  try {
    parentPort?.postMessage({ id: request.id, hash: contentHash(content), summary: summarizeArticle(content, request.path, taggerWith(gazetteerFromFile(request.gazetteerFile))) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
