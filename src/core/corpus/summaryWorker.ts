// A worker thread that reads, hashes and summarises articles, so building the corpus index uses
// every core and keeps file reading, YAML parsing and tagging off the caller's thread. Articles
// without front matter are tagged with their workspace's gazetteer, as in the editor.
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { entityDecisionsFileBeside, entityDecisionsFromFile } from '../knowledge/entityDecisionsLoad';
import { gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import { taggerWith } from '../tagging/tag';
import { contentHash, summarizeArticle } from './summary';

interface Request { id: number; path: string; gazetteerFile?: string }

parentPort?.on('message', (request: Request) => {
  let content: string;
  try {
    content = readFileSync(request.path, 'utf8');
  } catch {
    parentPort?.postMessage({ id: request.id, missing: true });
    return;
  }
  try {
    parentPort?.postMessage({ id: request.id, hash: contentHash(content), summary: summarizeArticle(content, request.path, taggerWith(gazetteerFromFile(request.gazetteerFile), entityDecisionsFromFile(request.gazetteerFile === undefined ? undefined : entityDecisionsFileBeside(request.gazetteerFile)))) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
