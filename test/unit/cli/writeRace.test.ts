import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isLoaded, loadArticle, writeArticleSafely } from '../../../src/cli/articleFile';
import { SafeWriter } from '../../../src/core/corpus/safeWriter';

const FILES = 20;
const EDITS = 1500;

// Another program appends a numbered line to the articles, one after the other, about once a millisecond.
const APPENDER = `
const fs = require('node:fs');
const files = JSON.parse(process.argv[1]);
const total = Number(process.argv[2]);
const pause = new Int32Array(new SharedArrayBuffer(4));
for (let k = 0; k < total; k++) {
  fs.appendFileSync(files[k % files.length], 'edit ' + k + '\\n');
  Atomics.wait(pause, 0, 0, 1);
}
`;

describe('cli: writing while another program edits the articles', () => {
  let folder: string;
  beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'cc-race-')); });
  afterEach(() => { rmSync(folder, { recursive: true, force: true }); });

  it(`loses none of ${EDITS.toLocaleString('en')} edits appended by another process while the articles are rewritten in a loop`, async function () {
    this.timeout(60_000);
    const files = Array.from({ length: FILES }, (_, i) => path.join(folder, `article_${i}.txt`));
    for (const file of files) writeFileSync(file, 'pass 0\nАстана қаласында форум өтті.\n');
    const appender = spawn(process.execPath, ['-e', APPENDER, JSON.stringify(files), String(EDITS)], { stdio: 'inherit' });
    const appenderDone = new Promise<number | null>((resolve) => appender.on('exit', resolve));
    let running = true;
    void appenderDone.then(() => { running = false; });
    const outcomes = new Map<string, number>();
    const writer = new SafeWriter();
    for (let pass = 1; running; pass++) {
      await new Promise((resolve) => setImmediate(resolve));
      for (const file of files) {
        const loaded = await loadArticle(file);
        assert.ok(isLoaded(loaded));
        const outcome = await writeArticleSafely(loaded, loaded.text.replace(/^pass \d+\n/u, `pass ${pass}\n`), writer);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    }
    assert.equal(await appenderDone, 0);
    const late = await writer.finish();
    outcomes.set('late edits kept', late.length);

    const seen = new Map<number, number>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assert.match(text, /^pass \d+\nАстана қаласында форум өтті\.\n/u, file);
      for (const match of text.matchAll(/^edit (\d+)$/gmu)) seen.set(Number(match[1]), (seen.get(Number(match[1])) ?? 0) + 1);
    }
    const lost = Array.from({ length: EDITS }, (_, k) => k).filter((k) => !seen.has(k));
    const doubled = [...seen].filter(([, count]) => count > 1).map(([k]) => k);
    assert.deepEqual({ lost, doubled }, { lost: [], doubled: [] }, `outcomes: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    assert.ok((outcomes.get('written') ?? 0) > EDITS / 5, `the writer raced the edits: ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });
});
