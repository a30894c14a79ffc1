import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SummaryWorkerPool } from '../../../../src/core/corpus/workerPool';
import { conllSidecarPath, exportCorpus, ExportTargetExists } from '../../../../src/core/formats/exportCorpus';
import { tag } from '../../../../src/core/tagging/tag';
import { REPO_ROOT, SEED_NAMES, SEEDS } from '../../paths';

describe('core/formats: exporting a corpus leaves no half-written files', () => {
  let work: string;
  const files = SEED_NAMES.map((name) => path.join(SEEDS, name));
  const request = { files, tags: 'all' as const, withoutBoilerplate: false, tagger: tag, force: false };

  beforeEach(() => { work = mkdtempSync(path.join(tmpdir(), 'cc-export-')); });
  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  for (const format of ['jsonl', 'conll', 'brat', 'csv'] as const) {
    it(`${format}: a cancelled export writes nothing, and an earlier export stays as it was`, async () => {
      const out = path.join(work, `corpus.${format}`);
      const done = await exportCorpus({ ...request, format, out });
      assert.equal(done.status, 'done');
      const before = readdirSync(work).sort();
      let seen = 0;
      const cancelled = await exportCorpus({ ...request, format, out, force: true, tags: 'accepted', isCancelled: () => ++seen > 2 });
      assert.equal(cancelled.status, 'cancelled');
      assert.deepEqual(readdirSync(work).sort(), before);
      if (format !== 'brat') assert.equal(readFileSync(out, 'utf8').length > 0, true);
    });
  }

  it('refuses an existing target without force', async () => {
    const out = path.join(work, 'corpus.jsonl');
    writeFileSync(out, 'mine\n');
    await assert.rejects(exportCorpus({ ...request, format: 'jsonl', out }), ExportTargetExists);
    assert.equal(readFileSync(out, 'utf8'), 'mine\n');
  });

  it('an article that is not UTF-8 is reported and the others are exported', async () => {
    const bad = path.join(work, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x41, 0xff, 0x42]));
    const summary = await exportCorpus({ ...request, files: [bad, ...files], format: 'jsonl', out: path.join(work, 'out.jsonl') });
    assert.deepEqual(summary.failed, [{ file: bad, message: 'not valid UTF-8 at byte 1' }]);
    assert.equal(readFileSync(path.join(work, 'out.jsonl'), 'utf8').trimEnd().split('\n').length, files.length);
  });

  it('on worker threads, writes the same bytes in the same order as in this thread, failures included', async function () {
    this.timeout(120_000);
    const bad = path.join(work, 'bad.txt');
    writeFileSync(bad, Buffer.from([0x41, 0xff, 0x42]));
    const all = [...files, bad, ...files.slice().reverse()];
    const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), 2);
    try {
      for (const format of ['jsonl', 'conll', 'brat', 'csv'] as const) {
        for (const options of [{ tags: 'all' as const, withoutBoilerplate: false }, { tags: 'accepted' as const, withoutBoilerplate: true }]) {
          const here = path.join(work, `here-${format}-${options.tags}`);
          const there = path.join(work, `there-${format}-${options.tags}`);
          const inThread = await exportCorpus({ ...request, ...options, files: all, format, out: here });
          const onWorkers = await exportCorpus({ ...request, ...options, files: all, format, out: there, lookahead: 4, computeDocument: (file) => pool.computeExport(file, options) });
          assert.deepEqual({ ...onWorkers, outputs: [] }, { ...inThread, outputs: [] });
          assert.equal(inThread.failed.length, 1);
          const read = (target: string): string[] => (format === 'brat'
            ? readdirSync(target).sort().map((name) => `${name}\n${readFileSync(path.join(target, name), 'utf8')}`)
            : [readFileSync(target, 'utf8'), ...(format === 'conll' ? [readFileSync(conllSidecarPath(target), 'utf8')] : [])]);
          assert.deepEqual(read(there), read(here), `${format}, tags ${options.tags}`);
        }
      }
    } finally {
      await pool.close();
    }
  });
});
