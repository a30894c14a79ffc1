import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-command-tagger-'));
  mkdirSync(path.join(folder, 'seeds'));
  for (const name of ['000_a37ffc7efebda23c.txt', '004_df8d99c26602f3bf.txt']) copyFileSync(path.join(SEEDS, name), path.join(folder, 'seeds', name));
  return folder;
}

/** Every command that tags, with arguments that make it tag the two articles (export first: import and eval read its file). */
const COMMANDS: readonly (readonly string[])[] = [
  ['export', '--format', 'jsonl', '--out', 'out.jsonl', '--tags', 'all', 'seeds'],
  ['tag', 'seeds'],
  ['write', '--dry-run', 'seeds'],
  ['entities', 'seeds'],
  ['import', 'out.jsonl', '--format', 'jsonl', '--into', 'imported', '--dry-run'],
  ['eval', 'out.jsonl', '--format', 'jsonl'],
];

const warnings = (stderr: string): string[] => stderr.split('\n').filter((line) => line.includes('entity model'));

describe('cli: every tagging command builds its tagger in one place', function () {
  this.timeout(120000);

  it('names a corrupt workspace model in the same words in all six commands, and tags with the shipped model as without one', () => {
    const corrupt = workspace();
    const clean = workspace();
    mkdirSync(path.join(corrupt, '.corpus', 'model'), { recursive: true });
    writeFileSync(path.join(corrupt, '.corpus', 'model', 'entities.model'), 'not a model');
    writeFileSync(path.join(corrupt, '.corpus', 'model', 'entities.manifest.json'), JSON.stringify({ languages: ['az'], decisionsSha256: '0' }));
    const seen = COMMANDS.map((args) => {
      const broken = run(corrupt, args);
      const shipped = run(clean, args);
      assert.equal(broken.status, shipped.status, `${args[0] ?? ''}: ${broken.stderr}`);
      assert.deepEqual(warnings(shipped.stderr), [], `${args[0] ?? ''} without a workspace model says nothing of one`);
      if (args[0] !== 'export') assert.equal(broken.stdout, shipped.stdout, `${args[0] ?? ''} tags as the shipped model does`);
      const said = warnings(broken.stderr);
      assert.equal(said.length, 1, `${args[0] ?? ''}: ${broken.stderr}`);
      return said[0];
    });
    assert.deepEqual(new Set(seen).size, 1, seen.join('\n'));
    assert.match(seen[0] ?? '', /^\.corpus\/model\/entities\.model:1:1: warning: .+; the shipped entity model is used instead \(run corpus-curator learn to rebuild it\)$/u);
  });
});
