import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync, cpSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const ARTICLE = path.join(SEEDS, '000_a37ffc7efebda23c.txt');
const NOBODY = 65534;
const runsAsRoot = process.getuid?.() === 0;

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs the CLI; as root, as the user nobody, so that permissions are enforced as for a curator. */
function cli(cwd: string, args: string[], options: { asUser?: boolean } = {}): Run {
  const asNobody = options.asUser === true && runsAsRoot;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}) });
  assert.equal(result.signal, null, `the CLI was stopped (${result.signal ?? ''}): it hung`);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe('cli: files that are not plain, writable articles', () => {
  let work: string;
  let corpus: string;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cc-files-'));
    chmodSync(work, 0o755);
    corpus = path.join(work, 'corpus');
    mkdirSync(corpus);
    for (const name of ['a.txt', 'z.txt']) cpSync(ARTICLE, path.join(corpus, name));
  });

  afterEach(() => {
    execFileSync('chmod', ['-R', 'u+rwX', work]);
    rmSync(work, { recursive: true, force: true });
  });

  const hasFrontMatter = (file: string): boolean => readFileSync(file, 'utf8').startsWith('---\n');

  it('an unreadable file, an unreadable and a read-only sub-folder: one located line each, the others written, exit 1', () => {
    for (const folder of ['locked', 'readonly']) {
      mkdirSync(path.join(corpus, folder));
      cpSync(ARTICLE, path.join(corpus, folder, 'b.txt'));
    }
    cpSync(ARTICLE, path.join(corpus, 'secret.txt'));
    execFileSync('chmod', ['-R', 'a+rwX', corpus]);
    chmodSync(path.join(corpus, 'secret.txt'), 0o000);
    chmodSync(path.join(corpus, 'locked'), 0o000);
    chmodSync(path.join(corpus, 'readonly'), 0o555);

    const list = cli(work, ['list', 'corpus'], { asUser: true });
    assert.equal(list.status, 1, list.stderr);
    assert.deepEqual(lines(list.stderr), ['corpus/locked: error: cannot read the folder (EACCES); the articles in it were not processed']);
    assert.deepEqual(lines(list.stdout), ['corpus/a.txt', 'corpus/readonly/b.txt', 'corpus/secret.txt', 'corpus/z.txt']);

    const write = cli(work, ['write', 'corpus'], { asUser: true });
    assert.equal(write.status, 1, write.stderr);
    assert.deepEqual(lines(write.stderr), [
      'corpus/locked: error: cannot read the folder (EACCES); the articles in it were not processed',
      'corpus/readonly/b.txt:1:1: error: cannot write the file (EACCES): no permission to create a file in its folder; not written',
      'corpus/secret.txt:1:1: error: cannot read the file (EACCES)',
      'wrote 2, unchanged 0, failed 3, skipped 0',
    ]);
    assert.ok(hasFrontMatter(path.join(corpus, 'a.txt')) && hasFrontMatter(path.join(corpus, 'z.txt')), 'the files after the bad ones are written');

    const check = cli(work, ['check', 'corpus'], { asUser: true });
    assert.equal(check.status, 1);
    assert.match(check.stdout, /^corpus\/secret\.txt:1:1: error: cannot read the file \(EACCES\)$/mu);
    assert.match(check.stderr, /^checked 4 article\(s\)/mu);
  });

  it('a !!binary value is written around with its bytes kept; an article the core refuses is one located error line; the others are written, on one thread or on workers', () => {
    const binary = 'scan: !!binary |\n  R0lGODlhDAAMAIQAAP//9/X17unp5WZmZgAAAOfn515eXvPz7Y6OjuDg4J+fn5\n';
    writeFileSync(path.join(corpus, 'm.txt'), `---\nid: m\n${binary}---\n${readFileSync(ARTICLE, 'utf8')}`);
    writeFileSync(path.join(corpus, 'n.txt'), `---\nid: n\ntitle: never closed\n${readFileSync(ARTICLE, 'utf8')}`);
    for (const jobs of ['0', '2']) {
      const write = cli(work, ['write', '--jobs', jobs, '--no-cache', 'corpus']);
      assert.equal(write.status, 1, write.stderr);
      assert.equal(lines(write.stderr).filter((line) => line.startsWith('corpus/m.txt')).length, 0, write.stderr);
      const about = lines(write.stderr).filter((line) => line.startsWith('corpus/n.txt'));
      assert.equal(about.length, 1, write.stderr);
      assert.match(about[0] ?? '', /^corpus\/n\.txt:\d+:\d+: error: /u);
      assert.doesNotMatch(write.stderr, /^\s+at /mu, 'no stack trace');
      assert.match(write.stderr, /failed 1, skipped 0\n$/u);
    }
    assert.ok(readFileSync(path.join(corpus, 'm.txt'), 'utf8').includes(binary), 'the !!binary value keeps its bytes');
    assert.ok(hasFrontMatter(path.join(corpus, 'z.txt')), 'the article after it is written');
  });

  it('refuses a FIFO and a link to /dev/zero without waiting on them, and an article over the size limit', () => {
    execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]);
    symlinkSync('/dev/zero', path.join(corpus, 'zero.txt'));
    writeFileSync(path.join(corpus, 'big.txt'), `${'Астана қаласында форум өтті. '.repeat(400_000)}\n`);
    const write = cli(work, ['write', 'corpus']);
    assert.equal(write.status, 1);
    assert.deepEqual(lines(write.stderr), [
      'corpus/pipe.txt:1:1: warning: skipped: a FIFO (named pipe), not a regular file',
      'corpus/zero.txt:1:1: warning: skipped: a symbolic link; pass --follow-symlinks to follow it',
      'corpus/big.txt:1:1: error: skipped: the file is 20.2 MB, over the limit of 10 MB for an article (raise it with --max-size or the corpusCurator.maxArticleSize setting)',
      'wrote 2, unchanged 0, failed 1, skipped 2',
    ]);
    const followed = cli(work, ['write', '--follow-symlinks', 'corpus/zero.txt', 'corpus/pipe.txt']);
    assert.equal(followed.status, 1);
    assert.deepEqual(lines(followed.stderr), [
      'corpus/zero.txt:1:1: error: skipped: a character device, not a regular file',
      'corpus/pipe.txt:1:1: error: skipped: a FIFO (named pipe), not a regular file',
      'wrote 0, unchanged 0, failed 2, skipped 0',
    ]);
    const small = cli(work, ['check', '--max-size', '4KB', 'corpus/a.txt']);
    assert.match(small.stdout, /^corpus\/a\.txt:1:1: error: skipped: the file is \d+(?:\.\d)? KB, over the limit of 4 KB for an article/mu);
    assert.equal(cli(work, ['check', '--max-size', '64KB', 'corpus/a.txt']).status, 0, 'a raised limit lets it through');
  });

  it('keeps the mode (group write under umask 022) and hard links; refuses a read-only file', () => {
    const shared = path.join(corpus, 'a.txt');
    chmodSync(shared, 0o664);
    const other = path.join(work, 'elsewhere.txt');
    linkSync(shared, other);
    const locked = path.join(corpus, 'z.txt');
    chmodSync(locked, 0o444);
    const before = readFileSync(locked);
    const previous = process.umask(0o022);
    let write: Run;
    try {
      write = cli(work, ['write', 'corpus']);
    } finally {
      process.umask(previous);
    }
    assert.equal(write.status, 1);
    assert.deepEqual(lines(write.stderr), [
      'corpus/z.txt:1:1: error: the file is read-only (mode 0444); not written: make it writable (chmod u+w) to let write change it',
      'wrote 1, unchanged 0, failed 1, skipped 0',
    ]);
    assert.equal(statSync(shared).mode & 0o777, 0o664);
    assert.equal(statSync(shared).ino, statSync(other).ino, 'the hard link is kept');
    assert.equal(statSync(shared).nlink, 2);
    assert.ok(hasFrontMatter(other));
    assert.deepEqual(readFileSync(locked), before);
    assert.deepEqual(readdirSync(corpus).sort(), ['a.txt', 'z.txt'], 'no temporary file is left');
  });

  it('writes through a symbolic link given by name only with --follow-symlinks, keeping the link', () => {
    const link = path.join(corpus, 'link.txt');
    symlinkSync('a.txt', link);
    const refused = cli(work, ['write', 'corpus/link.txt']);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^corpus\/link\.txt:1:1: error: skipped: a symbolic link; pass --follow-symlinks to write through it$/mu);
    assert.equal(hasFrontMatter(path.join(corpus, 'a.txt')), false);
    const followed = cli(work, ['write', '--follow-symlinks', 'corpus/link.txt']);
    assert.equal(followed.status, 0, followed.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
    assert.match(readFileSync(path.join(corpus, 'a.txt'), 'utf8'), /^---\nid: 'a'\n/u);
  });

  it('removes the temporary files of killed runs, keeps those of running ones, and never lists them', () => {
    const gone = spawnSync(process.execPath, ['-e', '']).pid ?? 0;
    const stale = path.join(corpus, `.a.txt.${gone}.corpus-curator.tmp`);
    const running = path.join(corpus, `.z.txt.${process.pid}.corpus-curator.tmp`);
    writeFileSync(stale, '');
    writeFileSync(running, '');
    assert.deepEqual(lines(cli(work, ['list', 'corpus']).stdout), ['corpus/a.txt', 'corpus/z.txt']);
    assert.equal(cli(work, ['write', 'corpus']).status, 0);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(running), true);
  });

  it('escapes control characters in file names in every line it prints', () => {
    const name = 'evil\nname\u001b[31m\u202e.txt';
    writeFileSync(path.join(corpus, name), '\u0000binary');
    const list = cli(work, ['list', 'corpus']);
    assert.ok(lines(list.stdout).includes('corpus/evil\\nname\\x1b[31m\\u202e.txt'), list.stdout);
    const write = cli(work, ['write', 'corpus']);
    assert.match(write.stderr, /^corpus\/evil\\nname\\x1b\[31m\\u202e\.txt:1:1: error: skipped: a binary file/mu);
    assert.ok(!(write.stderr + list.stdout).includes('\u001b') && !(write.stderr + list.stdout).includes('\u202e'), 'no raw escape or bidi character');
  });

  it('never takes repository documents for articles: write . leaves README.md and CHANGELOG.md alone', () => {
    for (const name of ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'requirements.txt']) cpSync(ARTICLE, path.join(corpus, name));
    const write = cli(corpus, ['write', '.']);
    assert.equal(write.status, 0, write.stderr);
    assert.match(write.stderr, /wrote 2, /u);
    for (const name of ['README.md', 'CHANGELOG.md', 'LICENSE.txt', 'requirements.txt']) assert.deepEqual(readFileSync(path.join(corpus, name)), readFileSync(ARTICLE), name);
  });
});
