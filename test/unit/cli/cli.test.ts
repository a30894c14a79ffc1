import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, SEED_NAMES } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: corpus-curator', () => {
  it('prints help on --help with exit 0, naming its commands and exit codes', () => {
    const { status, stdout } = cli('--help');
    assert.equal(status, 0);
    assert.match(stdout, /Usage: corpus-curator/u);
    assert.match(stdout, /list \[options\] \[paths\.\.\.\]/u);
    assert.match(stdout, /Exit codes: 0 ok, 1 problems found, 2 usage or I\/O error/u);
  });

  it('prints the package version on --version', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const { status, stdout } = cli('--version');
    assert.equal(status, 0);
    assert.equal(stdout.trim(), version);
  });

  it('exits 2 with a message on stderr for an unknown option or command', () => {
    for (const args of [['--frobnicate'], ['frobnicate']]) {
      const { status, stdout, stderr } = cli(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /error: unknown/u);
    }
  });

  it('exits 2 with usage on stderr when run without a command', () => {
    const { status, stderr } = cli();
    assert.equal(status, 2);
    assert.match(stderr, /Usage: corpus-curator/u);
  });

  it('lists the seed articles by default', () => {
    const { status, stdout } = cli('list');
    assert.equal(status, 0);
    assert.deepEqual(stdout.trim().split('\n'), SEED_NAMES.map((name) => `seeds/${name}`));
  });

  it('exits 2 with the path in the message when a path cannot be read', () => {
    const { status, stderr } = cli('list', 'no/such/folder');
    assert.equal(status, 2);
    assert.equal(stderr, "corpus-curator: cannot read 'no/such/folder': ENOENT\n");
  });
});
