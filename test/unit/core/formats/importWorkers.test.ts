import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { encodeArticle } from '../../../../src/core/article/decode';
import { SummaryWorkerPool } from '../../../../src/core/corpus/workerPool';
import type { FormatProblem } from '../../../../src/core/formats/document';
import { exportCorpus } from '../../../../src/core/formats/exportCorpus';
import { type ImportRequest, importCorpus } from '../../../../src/core/formats/importCorpus';
import { tag } from '../../../../src/core/tagging/tag';
import { REPO_ROOT, SEED_NAMES, SEEDS } from '../../paths';

describe('core/formats: importing on worker threads', () => {
  let work: string;
  beforeEach(() => { work = mkdtempSync(path.join(tmpdir(), 'cc-import-workers-')); });
  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  const folderText = (folder: string): string[] => readdirSync(folder).sort().map((name) => `${name}\n${readFileSync(path.join(folder, name), 'utf8')}`);

  it('writes the same articles and reports the same problems, in the same order, as in this thread', async function () {
    this.timeout(120_000);
    const exported = path.join(work, 'seeds.jsonl');
    await exportCorpus({ files: SEED_NAMES.map((name) => path.join(SEEDS, name)), format: 'jsonl', out: exported, force: false, tags: 'all', withoutBoilerplate: false, tagger: tag });
    const lines = readFileSync(exported, 'utf8').trimEnd().split('\n');
    // A bad line, a repeated id and an unsafe id between the good documents.
    const input = path.join(work, 'input.jsonl');
    writeFileSync(input, [lines[0], '{ not json', ...lines.slice(1), lines[2], (lines[3] ?? '').replace(/"id":"[^"]*"/u, '"id":"../outside"')].join('\n') + '\n');
    const pool = new SummaryWorkerPool(path.join(REPO_ROOT, 'dist', 'summaryWorker.js'), 2);
    try {
      for (const mode of ['gold', 'suggestions'] as const) {
        const run = async (into: string, onWorkers: boolean): Promise<{ summary: unknown; problems: FormatProblem[]; planned: string[] }> => {
          mkdirSync(into);
          const problems: FormatProblem[] = [];
          const planned: string[] = [];
          const request: ImportRequest = {
            input, format: 'jsonl', into, mode, force: false, tagger: tag,
            onProblem: (problem) => { problems.push(problem); },
            onPlan: (plan) => { planned.push(path.basename(plan.file)); writeFileSync(plan.file, encodeArticle({ text: plan.newText, bom: false }), { flag: 'wx' }); },
            ...(onWorkers ? { computeOutcome: (document, existingText, file) => pool.computeImport(document, existingText, file, mode, false), lookahead: 3 } : {}),
          };
          return { summary: await importCorpus(request), problems, planned };
        };
        const here = await run(path.join(work, `here-${mode}`), false);
        const there = await run(path.join(work, `there-${mode}`), true);
        assert.equal(here.problems.length, 3);
        assert.deepEqual(there, here);
        assert.equal(readdirSync(path.join(work, `here-${mode}`)).length, SEED_NAMES.length);
        assert.deepEqual(folderText(path.join(work, `there-${mode}`)), folderText(path.join(work, `here-${mode}`)));
        // Again onto the imported articles: the same texts add nothing.
        const again = await importCorpus({ input: exported, format: 'jsonl', into: path.join(work, `there-${mode}`), mode, force: false, tagger: tag, onProblem: () => undefined, onPlan: () => undefined, computeOutcome: (document, existingText, file) => pool.computeImport(document, existingText, file, mode, false), lookahead: 3 });
        const againHere = await importCorpus({ input: exported, format: 'jsonl', into: path.join(work, `here-${mode}`), mode, force: false, tagger: tag, onProblem: () => undefined, onPlan: () => undefined });
        assert.deepEqual(again, againHere);
      }
    } finally {
      await pool.close();
    }
  });
});
