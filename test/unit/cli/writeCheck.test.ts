import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isLoaded, loadArticle, writeArticleSafely } from '../../../src/cli/articleFile';
import { REPO_ROOT, SEED_NAMES, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(folder: string): Map<string, Buffer> {
  return new Map(readdirSync(folder).map((name) => [name, readFileSync(path.join(folder, name))]));
}

describe('cli: write and check on a copy of the seeds', () => {
  let work: string;
  let corpus: string;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cc-cli-'));
    corpus = path.join(work, 'seeds');
    cpSync(SEEDS, corpus, { recursive: true });
  });

  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  it('check fails on articles without front matter; write fixes that; a second write changes no byte; bodies stay the seeds', () => {
    const before = cli(work, 'check');
    assert.equal(before.status, 1);
    assert.equal(before.stdout.trim().split('\n').length, 5);
    assert.match(before.stdout, /^seeds\/000_a37ffc7efebda23c\.txt:1:1: error: the article has no front matter yet/mu);

    const first = cli(work, 'write');
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stderr, /wrote 5, unchanged 0, failed 0/u);
    const written = snapshot(corpus);
    for (const name of SEED_NAMES) {
      const text = written.get(name)?.toString('utf8') ?? '';
      assert.ok(text.endsWith(readFileSync(path.join(SEEDS, name), 'utf8')), `${name}: body unchanged`);
    }
    assert.match(written.get('003_c55b704b24c84185.txt')?.toString('utf8') ?? '', /^published: '2026-02-27'$/mu);

    const second = cli(work, 'write');
    assert.equal(second.status, 0);
    assert.match(second.stderr, /wrote 0, unchanged 5, failed 0/u);
    assert.deepEqual(snapshot(corpus), written);

    const after = cli(work, 'check', '--format', 'json');
    assert.equal(after.status, 0, after.stdout);
    assert.deepEqual(JSON.parse(after.stdout), []);
  });

  it('a hand edit to a field survives a re-run', () => {
    assert.equal(cli(work, 'write').status, 0);
    const file = path.join(corpus, '002_dc49007d92890326.txt');
    const edited = readFileSync(file, 'utf8').replace(/^source: .*$/mu, 'source: Kazinform (curated)');
    writeFileSync(file, edited);
    assert.equal(cli(work, 'write').status, 0);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  it('--dry-run prints a unified diff and writes nothing', () => {
    const before = snapshot(corpus);
    const { status, stdout } = cli(work, 'write', '--dry-run', 'seeds/003_c55b704b24c84185.txt');
    assert.equal(status, 0);
    assert.match(stdout, /^--- a\/seeds\/003_c55b704b24c84185\.txt$/mu);
    assert.match(stdout, /^\+published: '2026-02-27'$/mu);
    assert.deepEqual(snapshot(corpus), before);
  });

  it('a malformed front matter is reported with its line and left untouched (exit 1)', () => {
    const file = path.join(corpus, 'bad.txt');
    const content = '---\nid: bad\ntitle: [unclosed\nlanguage: ru\n---\nТекст.\n';
    writeFileSync(file, content);
    const write = cli(work, 'write', 'seeds/bad.txt');
    assert.equal(write.status, 1);
    assert.match(write.stderr, /^seeds\/bad\.txt:[3-5]:\d+: error: /mu);
    assert.equal(readFileSync(file, 'utf8'), content);
    const check = cli(work, 'check', 'seeds/bad.txt');
    assert.equal(check.status, 1);
    assert.match(check.stdout, /^seeds\/bad\.txt:[3-5]:\d+: error: /mu);
  });

  it('skips a non-UTF-8 file with a message and keeps its bytes; keeps BOM and CRLF of others', () => {
    const legacy = path.join(corpus, 'cp1251.txt');
    const bytes = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a]);
    writeFileSync(legacy, bytes);
    const crlf = path.join(corpus, 'crlf.txt');
    const crlfBody = Buffer.from('\ufeffЗаголовок статьи о правах\r\n\r\nТекст статьи.\r\n', 'utf8');
    writeFileSync(crlf, crlfBody);
    const { status, stderr } = cli(work, 'write', 'seeds/cp1251.txt', 'seeds/crlf.txt');
    assert.equal(status, 1);
    assert.match(stderr, /^seeds\/cp1251\.txt:1:1: error: skipped: not valid UTF-8 at byte 0/mu);
    assert.deepEqual(readFileSync(legacy), bytes);
    const written = readFileSync(crlf);
    assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    assert.ok(written.toString('utf8').endsWith(crlfBody.toString('utf8').slice(1)), 'body bytes kept');
    assert.match(written.toString('utf8'), /^\ufeff---\r\nid: 'crlf'\r\n/u);
  });

  it('does not overwrite a file that changed on disk after it was read', async () => {
    const file = path.join(corpus, '000_a37ffc7efebda23c.txt');
    const loaded = await loadArticle(file);
    assert.ok(isLoaded(loaded));
    writeFileSync(file, 'edited elsewhere\n');
    assert.equal(await writeArticleSafely(loaded, `---\nid: x\n---\n${loaded.text}`), 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), 'edited elsewhere\n');
  });

  it('prints the schema', () => {
    const { status, stdout } = cli(work, 'schema');
    assert.equal(status, 0);
    assert.equal((JSON.parse(stdout) as { $schema: string }).$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  it('rejects an unknown --format with exit 2', () => {
    const { status, stderr } = cli(work, 'check', '--format', 'xml');
    assert.equal(status, 2);
    assert.match(stderr, /--format must be text or json/u);
  });
});
