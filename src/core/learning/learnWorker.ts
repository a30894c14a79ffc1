// A worker thread that rebuilds the workspace model from the curator's decisions, or reads it,
// and sends its weights back (transferred, not copied), so that the extension host's thread
// never reads, parses or trains a model.
import { parentPort } from 'node:worker_threads';
import { listArticleFiles } from '../corpus/articleFiles';
import { entityDecisionsFromFile } from '../knowledge/entityDecisionsLoad';
import { gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import { taggerWith } from '../tagging/tag';
import { ExampleMemo, rebuildWorkspaceModel } from './learnCorpus';
import { readWorkspaceModelFile } from '../tagging/model/workspaceModel';
import type { LearnReply, LearnRequest } from './learnClient';

/** The examples of each workspace's last rebuild: after a batch of decisions, only the articles that changed are tagged again. */
const memos = new Map<string, ExampleMemo>();

async function answer(request: LearnRequest): Promise<{ reply: LearnReply; transfer: ArrayBuffer[] }> {
  if (request.kind === 'load') {
    const { weights, manifest } = readWorkspaceModelFile(request.modelFile);
    return { reply: { id: request.id, status: 'learnt', weights, manifest, examples: 0, problems: [] }, transfer: [weights.values.buffer as ArrayBuffer] };
  }
  const files = (await Promise.all(request.roots.map((root) => listArticleFiles(root)))).flat();
  const gazetteer = gazetteerFromFile(request.gazetteerFile);
  const entityDecisions = entityDecisionsFromFile(request.entitiesFile);
  const tagger = taggerWith(gazetteer, entityDecisions);
  const memo = (memos.get(request.modelFile) ?? new ExampleMemo([])).forTagger([gazetteer, entityDecisions]);
  memos.set(request.modelFile, memo);
  const result = rebuildWorkspaceModel(files, request.modelFile, tagger, gazetteer, undefined, new Map(Object.entries(request.unsaved)), memo);
  const { outcome } = result;
  const common = { id: request.id, examples: result.examples, problems: result.problems };
  if (outcome.status !== 'learnt') return { reply: { ...common, status: outcome.status }, transfer: [] };
  return { reply: { ...common, status: 'learnt', weights: outcome.weights, manifest: outcome.manifest }, transfer: [outcome.weights.values.buffer as ArrayBuffer] };
}

parentPort?.on('message', (request: LearnRequest) => {
  answer(request)
    .then(({ reply, transfer }) => { parentPort?.postMessage(reply, transfer); })
    .catch((error: unknown) => { parentPort?.postMessage({ id: request.id, status: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies LearnReply); });
});
