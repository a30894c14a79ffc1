import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

describe('cli: write on worker threads, and the cache of unchanged articles', () => {
  let work: string;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cc-cache-'));
    env = { ...process.env, CORPUS_CURATOR_CACHE_DIR: path.join(work, 'cache') };
    for (const copy of ['one', 'two']) cpSync(SEEDS, path.join(work, copy, 'seeds'), { recursive: true });
  });
  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  function cli(cwd: string, ...args: string[]): { status: number | null; stderr: string } {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
    return { status: result.status, stderr: result.stderr };
  }

  const contents = (folder: string): Map<string, string> => new Map(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));

  it('writes the same bytes and messages on worker threads as in one thread', () => {
    const inThread = cli(path.join(work, 'one'), 'write', '--jobs', '0', '--no-cache');
    const onWorkers = cli(path.join(work, 'two'), 'write', '--jobs', '2', '--no-cache');
    assert.equal(onWorkers.status, inThread.status);
    assert.equal(onWorkers.stderr, inThread.stderr);
    assert.deepEqual(contents(path.join(work, 'two', 'seeds')), contents(path.join(work, 'one', 'seeds')));
  });

  it('shows a progress line on stderr when it is a terminal, and none when it is not', () => {
    const corpus = path.join(work, 'many');
    mkdirSync(corpus);
    for (let i = 0; i < 260; i++) writeFileSync(path.join(corpus, `a${i}.txt`), `Заголовок ${i}\n\nАстана қаласында форум өтті.\n`);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} write --jobs 0 --no-cache many`;
    const terminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: work, encoding: 'utf8', env });
    assert.equal(terminal.status, 0, terminal.stdout);
    assert.match(terminal.stdout, /write: 250\/260 articles/u);
    assert.match(terminal.stdout, /wrote 260, unchanged 0, failed 0, skipped 0/u);
    const piped = cli(work, 'write', '--no-cache', 'many');
    assert.doesNotMatch(piped.stderr, /articles\r|\/260/u);
  });

  it('a re-run skips the articles it left unchanged, but never an article whose bytes changed', () => {
    const cwd = path.join(work, 'one');
    assert.equal(cli(cwd, 'write').status, 0);
    assert.match(cli(cwd, 'write').stderr, /wrote 0, unchanged 5, failed 0/u);
    assert.ok(readdirSync(path.join(work, 'cache')).length > 0, 'the cache is kept outside the corpus');
    const file = path.join(cwd, 'seeds', '002_dc49007d92890326.txt');
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, readFileSync(path.join(SEEDS, '002_dc49007d92890326.txt')));
    assert.match(cli(cwd, 'write').stderr, /wrote 1, unchanged 4, failed 0/u);
    assert.equal(readFileSync(file, 'utf8'), written);
  });
});
