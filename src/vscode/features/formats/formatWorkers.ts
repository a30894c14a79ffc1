import { cpus } from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { lazyWorkerPool } from '../../../core/corpus/workerPool';
import { workspaceEntityDecisionsFile, workspaceGazetteerFile } from '../../services/workspaceTagger';

/**
 * Worker threads (dist/summaryWorker.js beside the extension bundle) that read and tag the articles
 * of an export or an import, so the extension host's thread only writes the output: at most one per
 * core, and no more than there are articles.
 */
export function formatWorkers(articles = Number.POSITIVE_INFINITY): ReturnType<typeof lazyWorkerPool> {
  return lazyWorkerPool(path.join(__dirname, 'summaryWorker.js'), Math.max(1, Math.min(cpus().length, articles)));
}

/** The workspace files that set up the tagger of `root`'s articles on a worker, as taggerFor does here. */
export function taggerFiles(root: vscode.Uri): { gazetteerFile?: string; entitiesFile?: string } {
  const gazetteerFile = workspaceGazetteerFile(root);
  const entitiesFile = workspaceEntityDecisionsFile(root);
  return { ...(gazetteerFile === undefined ? {} : { gazetteerFile }), ...(entitiesFile === undefined ? {} : { entitiesFile }) };
}

/** How many articles each worker has in hand while the host thread writes: enough to keep it busy. */
export const LOOKAHEAD_PER_WORKER = 8;
