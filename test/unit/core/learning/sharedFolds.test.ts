import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { crossValidateFold, crossValidationTasks, type FoldTask } from '../../../../src/core/learning/confidenceFloor';
import type { CuratedArticle } from '../../../../src/core/learning/curatedArticle';
import { type FoldsElsewhere, learnFromDecisions, learnFromDecisionsSharing, type LearnOutcome, trainerFrom } from '../../../../src/core/learning/learn';
import { LearnClient } from '../../../../src/core/learning/learnClient';
import { gatherExamples, readShippedWeights, rebuildWorkspaceModel } from '../../../../src/core/learning/learnCorpus';
import { tagName } from '../../../../src/core/decisions/articleTags';
import { entityDecisionsFromFile } from '../../../../src/core/knowledge/entityDecisionsLoad';
import { gazetteerFromFile } from '../../../../src/core/tagging/gazetteer/gazetteerFile';
import { manifestFileOf, workspaceModelFile } from '../../../../src/core/tagging/model/workspaceModel';
import { tag, taggerWith } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';
import { REPO_ROOT, SEEDS } from '../../paths';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const SEEDS_BY_LANGUAGE: Record<LanguageCode, string[]> = {
  kk: ['000_a37ffc7efebda23c.txt', '003_c55b704b24c84185.txt'],
  ru: ['001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt'],
  az: ['004_df8d99c26602f3bf.txt'],
};
const ARTICLES_PER_LANGUAGE = 6;

/**
 * Six curated articles per language, each made of every sixth line of the language's seeds: the
 * tagger's names accepted, every fourth rejected, every third article reviewed.
 */
function curatedCorpus(temp: TempWorkspace): string[] {
  const files: string[] = [];
  for (const [lang, seeds] of Object.entries(SEEDS_BY_LANGUAGE) as [LanguageCode, string[]][]) {
    const lines = seeds.flatMap((seed) => readFileSync(path.join(SEEDS, seed), 'utf8').split('\n').filter((line) => line.trim() !== ''));
    for (let k = 0; k < ARTICLES_PER_LANGUAGE; k++) {
      const body = `${lines.filter((_, i) => i % ARTICLES_PER_LANGUAGE === k).join('\n')}\n`;
      const names = [...new Map(tag(body, { lang }).spans.filter((span) => span.kind !== 'DATE').map((span) => [`${span.kind} ${tagName(span)}`, span])).values()];
      const list = (spans: typeof names): string => spans.map((span) => `    - {kind: ${span.kind}, name: ${JSON.stringify(tagName(span))}}\n`).join('');
      const decided = `---\nlanguage: ${lang}\nstatus: ${k % 3 === 0 ? 'reviewed' : 'draft'}\ncuration:\n  accepted:\n${list(names.filter((_, n) => n % 4 !== 3))}  rejected:\n${list(names.filter((_, n) => n % 4 === 3))}---\n${body}`;
      files.push(temp.write(`corpus/${lang}_${String(k)}.txt`, decided));
    }
  }
  return files;
}

function assertSameModel(actual: LearnOutcome, expected: LearnOutcome): void {
  assert.ok(actual.status === 'learnt' && expected.status === 'learnt', `${actual.status} / ${expected.status}`);
  assert.deepEqual(actual.manifest, expected.manifest);
  assert.ok(Buffer.from(actual.weights.values.buffer).equals(Buffer.from(expected.weights.values.buffer)), 'the same weights');
  assert.equal(actual.weights.scale, expected.weights.scale);
}

describe('learning: the cross-validation shared with a second thread', function () {
  this.timeout(300000);
  let temp: TempWorkspace;
  let files: string[];
  let examples: CuratedArticle[];
  let single: LearnOutcome;
  const shipped = readShippedWeights();

  before(() => {
    temp = new TempWorkspace('corpus-curator-shared-folds');
    files = curatedCorpus(temp);
    examples = gatherExamples(files, (text, options) => tag(text, options)).examples;
    single = learnFromDecisions(examples, shipped);
  });

  after(() => { temp.remove(); });

  it('has folds to share: the decisions are enough to cross-validate in several languages', () => {
    const tasks = crossValidationTasks(examples, ['az', 'kk', 'ru']);
    assert.ok(new Set(tasks.map((task) => task.lang)).size >= 2, JSON.stringify(tasks));
  });

  it('computes some folds elsewhere, with only the articles of their languages, and learns the same model as on one thread', async () => {
    const sent: FoldTask[] = [];
    const elsewhere: FoldsElsewhere = (tasks, articles, languages) => {
      sent.push(...tasks);
      assert.ok(articles.every((article) => tasks.some((task) => task.lang === article.lang)), 'only the articles of the languages sent');
      const { train } = trainerFrom(shipped.weights);
      return Promise.resolve(tasks.map((task) => crossValidateFold(task, articles, languages, train, undefined, shipped.weights)));
    };
    const shared = await learnFromDecisionsSharing(examples, shipped, elsewhere);
    const all = crossValidationTasks(examples, ['az', 'kk', 'ru']).length;
    assert.ok(sent.length > 0 && sent.length < all, `${String(sent.length)} of ${String(all)} folds sent`);
    assertSameModel(shared, single);
  });

  it('computes at home the folds of a helper that fails, and still learns the same model', async () => {
    const shared = await learnFromDecisionsSharing(examples, shipped, () => Promise.reject(new Error('the helper stopped')));
    assertSameModel(shared, single);
  });

  it('the learning worker, with its helper thread, writes the model that `corpus-curator learn` writes on one thread', async () => {
    const client = new LearnClient(path.join(REPO_ROOT, 'dist', 'learnWorker.js'));
    try {
      const workerFile = workspaceModelFile(temp.root);
      const reply = await client.learn({ roots: [temp.path('corpus')], modelFile: workerFile, unsaved: {} });
      assert.equal(reply.status, 'learnt', JSON.stringify(reply.status === 'failed' ? reply.error : reply.status));
      assert.ok(reply.status === 'learnt' && (reply.foldsElsewhere ?? 0) > 0, 'the helper thread computed folds');
      const cliFile = temp.path('cli', 'entities.model');
      const cli = rebuildWorkspaceModel(files, cliFile, taggerWith(gazetteerFromFile(undefined), entityDecisionsFromFile(undefined)));
      assert.ok(reply.status === 'learnt' && cli.outcome.status === 'learnt');
      assert.deepEqual(reply.manifest, cli.outcome.manifest);
      assert.ok(readFileSync(workerFile).equals(readFileSync(cliFile)), 'the same model file');
      assert.equal(readFileSync(manifestFileOf(workerFile), 'utf8'), readFileSync(manifestFileOf(cliFile), 'utf8'), 'the same manifest');
    } finally {
      await client.dispose();
    }
  });
});
