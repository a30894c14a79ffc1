import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { lazyWorkerPool, SummaryWorkerPool } from '../../../../src/core/corpus/workerPool';
import { summaryIdsBeforeDecisions } from '../../../../src/core/corpus/summary';
import { REPO_ROOT, SEEDS, SEED_NAMES } from '../../paths';

describe('core/corpus: the worker pool', function () {
  this.timeout(60_000);
  let work: string;
  beforeEach(() => { work = mkdtempSync(path.join(tmpdir(), 'cc-pool-')); });
  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  it('fails the requests of a worker that stops, and every later one, instead of leaving them waiting', async () => {
    const script = path.join(work, 'stops.js');
    writeFileSync(script, "require('node:worker_threads').parentPort.once('message', () => process.exit(3));\n");
    const pool = new SummaryWorkerPool(script, 1);
    try {
      await assert.rejects(pool.summarizeFile(path.join(SEEDS, SEED_NAMES[0])), /stopped/u);
      await assert.rejects(pool.summarizeFile(path.join(SEEDS, SEED_NAMES[1])), /no summary worker is running/u);
    } finally {
      await pool.close();
    }
  });

  it('closing fails what is still waiting', async () => {
    const script = path.join(work, 'silent.js');
    writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => undefined);\n");
    const pool = new SummaryWorkerPool(script, 2);
    const waiting = pool.summarizeFile(path.join(SEEDS, SEED_NAMES[0])).then(() => new Error('answered'), (error: unknown) => error);
    await pool.close();
    assert.match(String(await waiting), /closed|stopped/u);
  });

  it('a lazy pool starts no worker until asked, and its workers summarise as the pool does', async () => {
    const lazy = lazyWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), 2);
    await lazy.close(); // never started: nothing to stop
    const summaries = await Promise.all(SEED_NAMES.map((name) => lazy.get().summarizeFile(path.join(SEEDS, name))));
    await lazy.close();
    assert.equal(lazy.size, 2);
    assert.deepEqual(summaries.map((summary) => summary?.summary.language), ['kk', 'ru', 'ru', 'kk', 'az']);
  });

  it('a worker\'s summary under a workspace\'s entity decisions records the ids the mentions had before them', async () => {
    mkdirSync(path.join(work, '.corpus'));
    const gazetteerFile = path.join(work, '.corpus', 'gazetteer.yaml');
    writeFileSync(path.join(work, '.corpus', 'entities.yaml'), 'merges:\n  - into: local:PER:somebody-else\n    from: [Q232]\n');
    const files = SEED_NAMES.map((name) => {
      const file = path.join(work, name);
      copyFileSync(path.join(SEEDS, name), file);
      return file;
    });
    const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), 2);
    try {
      const summaries = await Promise.all(files.map((file) => pool.summarizeFile(file, gazetteerFile)));
      const naming = summaries.flatMap((summary) => (summary?.summary.idsBeforeDecisions?.includes('Q232') === true ? [summary.summary] : []));
      assert.ok(naming.length >= 3, 'the seeds that name Kazakhstan record Q232 as it was before the merge');
      for (const summary of naming) {
        assert.ok(!summary.entities.some((entity) => entity.id === 'Q232') && summary.entities.some((entity) => entity.id === 'local:PER:somebody-else'), 'their entities carry the id merged into');
        assert.equal(summaryIdsBeforeDecisions(summary), summary.idsBeforeDecisions, 'the check reads them');
      }
    } finally {
      await pool.close();
    }
  });
});
