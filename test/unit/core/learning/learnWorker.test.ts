import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { LearnClient } from '../../../../src/core/learning/learnClient';
import { ExampleMemo, gatherExamples } from '../../../../src/core/learning/learnCorpus';
import { tag } from '../../../../src/core/tagging/tag';
import type { Tagger } from '../../../../src/core/tagging/types';
import { workspaceModelFile } from '../../../../src/core/tagging/model/workspaceModel';
import { REPO_ROOT, SEEDS } from '../../paths';
import { TempWorkspace } from '../../helpers/tempWorkspace';

/** The Azerbaijani seed, with the curation section given. */
function curated(curation: string): string {
  return `---\nlanguage: az\ncuration:\n${curation}---\n${readFileSync(path.join(SEEDS, '004_df8d99c26602f3bf.txt'), 'utf8')}`;
}

const ACCEPTED = '  accepted:\n    - {kind: PER, name: Səbinə Əliyeva}\n';
const ONLY_REJECTED = '  rejected:\n    - {kind: ORG, name: Ombudsman Aparatı}\n';

/** The learning worker as the editor runs it (dist/learnWorker.js), on a workspace of its own. */
describe('learning: the learning worker', function () {
  this.timeout(120000);
  let temp: TempWorkspace;
  let workspace: string;
  let corpus: string;
  let client: LearnClient;

  beforeEach(() => {
    temp = new TempWorkspace('corpus-curator-learn-worker');
    workspace = temp.root;
    corpus = temp.path('corpus');
    temp.write('corpus/plain.txt', readFileSync(path.join(SEEDS, '001_eb5c65e7f4da4a69.txt')));
    client = new LearnClient(path.join(REPO_ROOT, 'dist', 'learnWorker.js'));
  });

  afterEach(async () => {
    await client.dispose();
    temp.remove();
  });

  const learn = (unsaved: Record<string, string> = {}): ReturnType<LearnClient['learn']> => client.learn({ roots: [corpus], modelFile: workspaceModelFile(workspace), unsaved });

  it('with no decisions says so and writes no model: the shipped model tags', async () => {
    const reply = await learn();
    assert.equal(reply.status, 'no-decisions');
    assert.equal(existsSync(workspaceModelFile(workspace)), false);
  });

  it('with only rejections says so and removes the model learnt before, so the shipped model tags again', async () => {
    const file = path.join(corpus, 'decided.txt');
    writeFileSync(file, curated(ACCEPTED));
    assert.equal((await learn()).status, 'learnt');
    assert.ok(existsSync(workspaceModelFile(workspace)));
    writeFileSync(file, curated(ONLY_REJECTED));
    const reply = await learn();
    assert.equal(reply.status, 'only-rejections');
    assert.equal(reply.status === 'only-rejections' ? reply.examples : -1, 1);
    assert.equal(existsSync(workspaceModelFile(workspace)), false);
  });

  it('learns from an editor\'s unsaved text over the file', async () => {
    const file = path.join(corpus, 'decided.txt');
    writeFileSync(file, curated(ONLY_REJECTED));
    const reply = await learn({ [file]: curated(ACCEPTED) });
    assert.equal(reply.status, 'learnt');
  });

  it('learns from the well-formed decisions of an article with a malformed one, and names an unreadable article without stopping', async () => {
    writeFileSync(path.join(corpus, 'decided.txt'), curated('  decisions:\n    - {frobnicate: PER, name: Səbinə Əliyeva}\n    - {accept: PER, name: Səbinə Əliyeva}\n'));
    const broken = path.join(corpus, 'latin1.txt');
    writeFileSync(broken, Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0xfe, 0x0a]));
    const reply = await learn();
    assert.equal(reply.status, 'learnt', JSON.stringify(reply));
    if (reply.status !== 'learnt') return;
    assert.equal(reply.examples, 1);
    assert.ok(reply.manifest.memory.some((remembered) => remembered.form === 'Səbinə Əliyeva' && remembered.accepted > 0), 'the accepted name is remembered');
    assert.deepEqual(reply.problems.map((problem) => problem.file), [broken]);
    assert.match(reply.problems[0]?.message ?? '', /UTF-8/u);
  });

  it('reading a corrupt model fails, naming the file', async () => {
    writeFileSync(path.join(corpus, 'decided.txt'), curated(ACCEPTED));
    assert.equal((await learn()).status, 'learnt');
    const modelFile = workspaceModelFile(workspace);
    writeFileSync(modelFile, readFileSync(modelFile).subarray(0, 4000));
    const reply = await client.load(modelFile);
    assert.equal(reply.status, 'failed');
    assert.ok(reply.status === 'failed' && reply.error.includes(modelFile), JSON.stringify(reply));
  });

  it('after a batch of decisions tags again only the article that changed, and learns the same model as a fresh worker', async () => {
    const first = path.join(corpus, 'first.txt');
    const second = path.join(corpus, 'second.txt');
    writeFileSync(first, curated(ACCEPTED));
    writeFileSync(second, curated(ONLY_REJECTED));
    let tagged = 0;
    const counting: Tagger = (text, options) => { tagged++; return tag(text, options); };
    const memo = new ExampleMemo([]);
    const files = [first, second, path.join(corpus, 'plain.txt')];
    assert.equal(gatherExamples(files, counting, new Map(), memo).examples.length, 2);
    assert.equal(tagged, 2, 'the two curated articles are tagged; the one without decisions is not');
    writeFileSync(second, curated(`${ACCEPTED}${ONLY_REJECTED}`));
    const again = gatherExamples(files, counting, new Map(), memo);
    assert.equal(tagged, 3, 'only the changed article is tagged again');
    assert.deepEqual(again.examples, gatherExamples(files, (text, options) => tag(text, options)).examples, 'the same examples as without the memo');
    const memoFor = new ExampleMemo(['gazetteer']);
    assert.equal(memoFor.forTagger(['gazetteer']), memoFor, 'the same tagger inputs keep the memo');
    assert.notEqual(memoFor.forTagger(['another gazetteer']), memoFor, 'another gazetteer starts afresh');

    writeFileSync(second, curated(ONLY_REJECTED));
    assert.equal((await learn()).status, 'learnt');
    writeFileSync(second, curated(`${ACCEPTED}${ONLY_REJECTED}`));
    const warm = await learn();
    const fresh = new LearnClient(path.join(REPO_ROOT, 'dist', 'learnWorker.js'));
    try {
      const cold = await fresh.learn({ roots: [corpus], modelFile: workspaceModelFile(workspace), unsaved: {} });
      assert.ok(warm.status === 'learnt' && cold.status === 'learnt');
      assert.deepEqual(warm.manifest, cold.manifest);
      assert.ok(Buffer.from(warm.weights.values.buffer).equals(Buffer.from(cold.weights.values.buffer)), 'the same weights');
    } finally {
      await fresh.dispose();
    }
  });
});
