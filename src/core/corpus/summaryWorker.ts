// A worker thread that reads, hashes and summarises articles (and computes the front matter that
// `write` puts on them), so building the corpus index uses
// every core and keeps file reading, YAML parsing and tagging off the caller's thread. Articles
// without front matter are tagged with their workspace's gazetteer, as in the editor.
import { parentPort } from 'node:worker_threads';
import { entityDecisionsFileBeside } from '../knowledge/entityDecisionsLoad';
import { WorkspaceTaggerCache } from './workspaceTagger';
import type { CorpusTagger } from '../tagging/createTagger';
import { isRefusal, readArticleBytes } from './articleBytes';
import { contentHash, summarizeArticle } from './summary';
import { writeArticle } from '../metadata/writeArticle';
import { exportedDocument } from '../formats/exportedDocument';
import type { ExportOptions } from '../formats/fromArticle';
import type { AnnotatedDocument } from '../formats/document';
import { type ImportMode, importDocument } from '../formats/importDocument';
import { memoTagger } from '../formats/memoTagger';
import { readWorkspaceModel, workspaceModelFileBeside } from '../tagging/model/workspaceModel';
import type { Scorer } from '../tagging/model/entityModel';

/** The workspace model the caller found usable (it reported any problem with it). */
function workspaceModelOf(file: string | undefined): Scorer | undefined {
  if (file === undefined) return undefined;
  const model = readWorkspaceModel(file);
  return model.status === 'loaded' ? model.scorer : undefined;
}

/**
 * Every request names the workspace files its tagger reads, the gazetteer and the entity
 * decisions (and the workspace model the caller found usable), so that the tagger is the one the extension and the CLI build (createTagger). The
 * index's summaries read the decisions beside the gazetteer, as the editor does.
 */
interface TaggerFiles { gazetteerFile?: string | undefined; entitiesFile?: string | undefined; modelFile?: string | undefined }
interface SummaryRequest extends TaggerFiles { id: number; kind?: 'summary'; path: string; maxBytes?: number }
/** `write`: the front matter of an article already read (the writing itself stays with the caller). */
interface WriteRequest extends TaggerFiles { id: number; kind: 'write'; path: string; text: string }
/** `export`: an article read, decoded and tagged into the document an export writes. */
interface ExportRequest extends TaggerFiles { id: number; kind: 'export'; path: string; options: ExportOptions }
/** `import`: what importing a document makes of the article at `path` (its text, if it exists). */
interface ImportRequest extends TaggerFiles { id: number; kind: 'import'; path: string; document: AnnotatedDocument; existingText?: string; mode: ImportMode; force: boolean }
type Request = SummaryRequest | WriteRequest | ExportRequest | ImportRequest;

// Requests of every kind for the same workspace share one tagger, built again when a file changes.
const taggers = new WorkspaceTaggerCache();

function taggerOf(request: TaggerFiles): CorpusTagger {
  return taggers.get({ gazetteer: request.gazetteerFile, entities: request.entitiesFile, modelFile: request.modelFile, model: workspaceModelOf(request.modelFile) });
}

parentPort?.on('message', (request: Request) => {
  if (request.kind === 'import') {
    try {
      const tagger = memoTagger(taggerOf(request));
      parentPort?.postMessage({ id: request.id, imported: importDocument(request.document, request.existingText, request.path, request.mode, tagger, request.force) });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (request.kind === 'export') {
    try {
      parentPort?.postMessage({ id: request.id, exported: exportedDocument(request.path, taggerOf(request), request.options) });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  if (request.kind === 'write') {
    try {
      const write = writeArticle(request.text, request.path, taggerOf(request));
      // The caller has the text: the new one is its replacement plus the untouched rest, rebuilt there.
      parentPort?.postMessage({ id: request.id, write: write.status === 'changed' ? { ...write, newText: '' } : write });
    } catch (error) {
      parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
  const read = readArticleBytes(request.path, { ...(request.maxBytes === undefined ? {} : { maxBytes: request.maxBytes }), followSymlinks: true });
  if (isRefusal(read)) {
    parentPort?.postMessage({ id: request.id, missing: true });
    return;
  }
  const content = read.bytes.toString('utf8');
  try {
    parentPort?.postMessage({ id: request.id, hash: contentHash(content), summary: summarizeArticle(content, request.path, taggerOf({ ...request, entitiesFile: request.entitiesFile ?? (request.gazetteerFile === undefined ? undefined : entityDecisionsFileBeside(request.gazetteerFile)), modelFile: request.modelFile ?? (request.gazetteerFile === undefined ? undefined : workspaceModelFileBeside(request.gazetteerFile)) })) });
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
});
