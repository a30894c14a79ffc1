import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { recordDecisions } from '../../../src/core/metadata/writeArticle';
import type { Decision } from '../../../src/core/decisions/types';
import { REPO_ROOT } from '../paths';
import { TempWorkspace } from '../helpers/tempWorkspace';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const ARTICLE = 'seeds/001_eb5c65e7f4da4a69.txt';

function run(cwd: string, command: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.invalid' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const cli = (cwd: string, ...args: string[]): ReturnType<typeof run> => run(cwd, process.execPath, CLI, ...args);
function git(cwd: string, ...args: string[]): string {
  const result = run(cwd, 'git', ...args);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

describe('cli: diff on a throw-away git repository', () => {
  let written: TempWorkspace;
  let workspace: TempWorkspace;
  let repo: string;
  let file: string;

  before(() => {
    written = new TempWorkspace('cc-written');
    written.copyFolder('seeds');
    assert.equal(cli(written.root, 'write').status, 0);
  });

  after(() => { written.remove(); });

  beforeEach(() => {
    workspace = new TempWorkspace('cc-diff');
    repo = workspace.root;
    workspace.copyFolder('', written.root);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'front matter written');
    file = path.join(repo, ARTICLE);
  });

  afterEach(() => { workspace.remove(); });

  const edit = (from: RegExp, to: string): void => { writeFileSync(file, readFileSync(file, 'utf8').replace(from, to)); };

  it('nothing changed: an empty report and exit 0', () => {
    const { status, stdout } = cli(repo, 'diff');
    assert.equal(status, 0);
    assert.match(stdout, /^Metadata changes: HEAD → working tree\n0 article\(s\) changed/u);
  });

  it('the working tree against HEAD, staged, and two commits, in text, markdown and json', () => {
    edit(/^status: draft$/mu, 'status: reviewed');
    edit(/^ {2}- \{name: Женева, wikidata: Q71, forms: \[Женеве\], mentions: 1\}\n/mu, '');
    const text = cli(repo, 'diff');
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^seeds\/001_eb5c65e7f4da4a69\.txt: −1 LOC, draft → reviewed$/mu);
    assert.match(text.stdout, /^ {2}− LOC Женева \[Q71\]$/mu);

    assert.match(cli(repo, 'diff', '--staged').stdout, /^0 article\(s\) changed/mu);
    git(repo, 'add', ARTICLE);
    assert.match(cli(repo, 'diff', '--staged').stdout, /^Metadata changes: HEAD → index\n1 article\(s\) changed/u);
    git(repo, 'commit', '-q', '-m', 'reviewed');

    const markdown = cli(repo, 'diff', 'HEAD~1', 'HEAD', '--format', 'markdown');
    assert.equal(markdown.status, 0);
    assert.match(markdown.stdout, /^### Metadata changes: `HEAD~1` → `HEAD`\n\n\| \| \|\n\| --- \| ---: \|\n\| Articles changed \| 1 \|\n\| LOC added \/ removed \| \+0 \/ −1 \|\n\| Status draft → reviewed \| 1 \|/u);
    assert.match(markdown.stdout, /<details>\n<summary><code>seeds\/001_eb5c65e7f4da4a69\.txt<\/code>: −1 LOC, draft → reviewed<\/summary>\n\n- status: draft → reviewed\n- − LOC Женева \[Q71\]\n\n<\/details>/u);

    const json = JSON.parse(cli(repo, 'diff', 'HEAD~1', 'HEAD', '--format', 'json', '--', 'seeds').stdout) as { articles: { path: string; changes: { type: string; name?: string; id?: string }[] }[] };
    assert.deepEqual(json.articles.map((article) => article.path), [ARTICLE]);
    assert.deepEqual(json.articles[0]?.changes.map((change) => [change.type, change.name, change.id]), [['status-changed', undefined, undefined], ['entity-removed', 'Женева', 'Q71']]);
  });

  it('--fail-on blocks a body change and a reversed decision, and names them', () => {
    const decide = (decision: Decision): void => {
      const result = recordDecisions(readFileSync(file, 'utf8'), file, [decision]);
      assert.equal(result.status, 'changed');
      if (result.status === 'changed') writeFileSync(file, result.newText);
    };
    decide({ type: 'accept', kind: 'LOC', name: 'Женева' });
    git(repo, 'commit', '-q', '-am', 'accepted Женева');
    const original = readFileSync(file, 'utf8');
    const bodyAt = original.lastIndexOf('Эльвирой Азимовой');
    writeFileSync(file, `${original.slice(0, bodyAt)}Э. Азимовой${original.slice(bodyAt + 'Эльвирой Азимовой'.length)}`);
    const result = cli(repo, 'diff', '--fail-on', 'body-change,decision-reversed');
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^ {2}BODY CHANGED at line \d+: \+1 −1 lines/mu);
    assert.match(result.stderr, /^seeds\/001_eb5c65e7f4da4a69\.txt: body-change$/mu);
    assert.equal(cli(repo, 'diff', '--fail-on', 'decision-reversed').status, 0);

    writeFileSync(file, original);
    decide({ type: 'reject', kind: 'LOC', name: 'Женева' });
    const reversed = cli(repo, 'diff', '--fail-on', 'body-change,decision-reversed');
    assert.equal(reversed.status, 1);
    assert.match(reversed.stdout, /^ {2}decision reversed: accepted LOC Женева \(now rejected\)$/mu);
    assert.match(reversed.stderr, /^seeds\/001_eb5c65e7f4da4a69\.txt: decision-reversed$/mu);
    assert.equal(cli(repo, 'diff', '--fail-on', 'nonsense').status, 2);
  });

  it('bad input: not a repository, an unknown revision, a shallow clone without it, conflict markers, deleted and binary files', () => {
    const outside = new TempWorkspace('cc-nogit');
    try {
      const result = cli(outside.root, 'diff');
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^corpus-curator: '.*' is not inside a git repository/u);
    } finally { outside.remove(); }

    const unknown = cli(repo, 'diff', 'no-such-branch');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown revision or path not in the working tree: 'no-such-branch'/u);

    writeFileSync(path.join(repo, 'seeds', 'extra.txt'), '---\nid: extra\nlanguage: ru\nstatus: draft\n---\nТекст.\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'second');
    const shallow = `${repo}-shallow`;
    try {
      git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
      const missing = cli(shallow, 'diff', 'HEAD~1');
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /revision 'HEAD~1' is not in this shallow clone; fetch the history it needs/u);
    } finally { rmSync(shallow, { recursive: true, force: true }); }

    edit(/^status: draft$/mu, '<<<<<<< HEAD\nstatus: draft\n=======\nstatus: reviewed\n>>>>>>> review');
    rmSync(path.join(repo, 'seeds', 'extra.txt'));
    writeFileSync(path.join(repo, 'seeds', '002_dc49007d92890326.txt'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
    mkdirSync(path.join(repo, 'seeds', 'new'));
    writeFileSync(path.join(repo, 'seeds', 'new', 'latin1.txt'), Buffer.from([0x41, 0xe9]));
    const report = cli(repo, 'diff');
    assert.equal(report.status, 0, report.stderr);
    assert.match(report.stdout, /^seeds\/001_eb5c65e7f4da4a69\.txt \(conflict\): merge conflict: not compared\n {2}note: merge-conflict markers in the front matter \(line \d+, new version\): resolve the conflict first$/mu);
    assert.match(report.stdout, /^seeds\/002_dc49007d92890326\.txt \(unreadable\): unreadable: not compared\n {2}note: new version: a binary file \(NUL byte at byte 4\)$/mu);
    assert.match(report.stdout, /^seeds\/extra\.txt \(deleted\): deleted, draft → \(absent\)/mu);
    assert.match(report.stdout, /^seeds\/new\/latin1\.txt \(unreadable\)/mu);
    assert.doesNotMatch(report.stderr, /at .*\.js:\d+/u, 'no stack trace');
    assert.equal(cli(repo, 'diff', '--fail-on', 'conflict').status, 1);
  });

  it('a textconv diff driver shows the metadata facts above the YAML in git diff and git log -p', () => {
    writeFileSync(path.join(repo, '.gitattributes'), 'seeds/** diff=corpus-metadata\n');
    git(repo, 'config', 'diff.corpus-metadata.textconv', `"${process.execPath}" "${CLI}" textconv`);
    edit(/^status: draft$/mu, 'status: reviewed');
    const diff = git(repo, 'diff', '--', ARTICLE);
    assert.match(diff, /^-# metadata: status: draft\n\+# metadata: status: reviewed\n/mu);
    assert.ok(diff.indexOf('# metadata: status') < diff.indexOf('-status: draft'), 'the fact above the YAML');
    git(repo, 'commit', '-q', '-am', 'reviewed');
    assert.match(git(repo, 'log', '-p', '-1', '--', ARTICLE), /^\+# metadata: status: reviewed$/mu);
  });
});
