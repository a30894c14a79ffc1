// A worker thread that rebuilds the workspace model from the curator's decisions, or reads it,
// and sends its weights back (transferred, not copied), so that the extension host's thread
// never reads, parses or trains a model.
import { parentPort, workerData } from 'node:worker_threads';
import { listArticleFiles } from '../corpus/articleFiles';
import { entityDecisionsFromFile } from '../knowledge/entityDecisionsLoad';
import { gazetteerFileStamp, gazetteerFromFile } from '../tagging/gazetteer/gazetteerFile';
import { taggerWith } from '../tagging/tag';
import { ExampleMemo, rebuildWorkspaceModelSharing } from './learnCorpus';
import { FOLD_HELPER_ROLE, FoldHelper, serveFolds } from './foldHelper';
import { readWorkspaceModelFile } from '../tagging/model/workspaceModel';
import type { LearnReply, LearnRequest } from './learnClient';

/** The examples of each workspace's last rebuild: after a batch of decisions, only the articles that changed are tagged again. */
const memos = new Map<string, ExampleMemo>();
async function answer(request: LearnRequest, helper: FoldHelper): Promise<{ reply: LearnReply; transfer: ArrayBuffer[] }> {
  if (request.kind === 'load') {
    const { weights, manifest } = readWorkspaceModelFile(request.modelFile);
    return { reply: { id: request.id, status: 'learnt', weights, manifest, examples: 0, problems: [] }, transfer: [weights.values.buffer as ArrayBuffer] };
  }
  const files = (await Promise.all(request.roots.map((root) => listArticleFiles(root)))).flat();
  const gazetteerStamp = request.gazetteerFile === undefined ? 'none' : gazetteerFileStamp(request.gazetteerFile);
  const gazetteer = gazetteerFromFile(request.gazetteerFile);
  const entityDecisions = entityDecisionsFromFile(request.entitiesFile);
  const tagger = taggerWith(gazetteer, entityDecisions);
  const memo = (memos.get(request.modelFile) ?? new ExampleMemo([])).forTagger([gazetteer, entityDecisions]);
  memos.set(request.modelFile, memo);
  const foldsBefore = helper.foldsComputed;
  const result = await rebuildWorkspaceModelSharing(files, request.modelFile, tagger, helper.elsewhere(request.gazetteerFile, gazetteerStamp), gazetteer, new Map(Object.entries(request.unsaved)), memo);
  const { outcome } = result;
  const common = { id: request.id, examples: result.examples, problems: result.problems, foldsElsewhere: helper.foldsComputed - foldsBefore };
  if (outcome.status !== 'learnt') return { reply: { ...common, status: outcome.status }, transfer: [] };
  return { reply: { ...common, status: 'learnt', weights: outcome.weights, manifest: outcome.manifest }, transfer: [outcome.weights.values.buffer as ArrayBuffer] };
}

function serveRebuilds(): void {
  // Half the cross-validation of each rebuild runs there (this script again, in the helper's role).
  const helper = new FoldHelper(__filename);
  parentPort?.on('message', (request: LearnRequest) => {
    answer(request, helper)
      .then(({ reply, transfer }) => { parentPort?.postMessage(reply, transfer); })
      .catch((error: unknown) => { parentPort?.postMessage({ id: request.id, status: 'failed', error: error instanceof Error ? error.message : String(error) } satisfies LearnReply); });
  });
}

if ((workerData as { role?: string } | null)?.role === FOLD_HELPER_ROLE) serveFolds();
else serveRebuilds();
