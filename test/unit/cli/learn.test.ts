import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(cwd: string, args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A workspace with the seeds and, in the Azerbaijani one, the curation section given. */
function workspace(curation: string | undefined): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-learn-cli-'));
  mkdirSync(path.join(folder, 'seeds'));
  for (const name of ['000_a37ffc7efebda23c.txt', '004_df8d99c26602f3bf.txt']) copyFileSync(path.join(SEEDS, name), path.join(folder, 'seeds', name));
  if (curation !== undefined) {
    const file = path.join(folder, 'seeds', '004_df8d99c26602f3bf.txt');
    writeFileSync(file, `---\nlanguage: az\ncuration:\n${curation}---\n${readFileSync(file, 'utf8')}`);
  }
  return folder;
}

/** The name the curator rejects in the decided article (the entity's canonical name), and its words in a later Azerbaijani text. */
const REJECTED_NAME = 'Ombudsman Aparatı';
const REJECTED = 'Ombudsman Aparatından';
const LATER = `${JSON.stringify({ text: `Hüquq müdafiəçisi Leyla Yunus Sumqayıtda keçirilən tədbirdə Beynəlxalq Amnistiya təşkilatının hesabatını təqdim edib. ${REJECTED} AZƏRTAC-a verilən məlumata görə, görüş Bakıda keçirilib.`, lang: 'az' })}\n`;

describe('cli: learn', function () {
  this.timeout(120000);

  it('without decisions says so, writes no model and keeps the shipped one', () => {
    const folder = workspace(undefined);
    const { status, stdout, stderr } = run(folder, ['learn']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /no curator decisions in the 2 articles: nothing to learn; the shipped entity model is kept/u);
    assert.equal(existsSync(path.join(folder, '.corpus', 'model', 'entities.model')), false);
  });

  it('with only rejections says so and keeps the shipped model', () => {
    const folder = workspace(`  rejected:\n    - {kind: ORG, name: ${REJECTED_NAME}}\n`);
    const { status, stdout, stderr } = run(folder, ['learn']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /only rejections \(1\) .*a model cannot learn names from rejections alone; the shipped entity model is kept/u);
    assert.equal(existsSync(path.join(folder, '.corpus', 'model', 'entities.model')), false);
  });

  it('learns from the decisions into .corpus/model; tag uses it (here, --workspace elsewhere), the same decisions give the same file', () => {
    const folder = workspace(`  accepted:\n    - {kind: PER, name: Səbinə Əliyeva}\n  added:\n    - {kind: ORG, name: AZƏRTAC, text: AZƏRTAC}\n  rejected:\n    - {kind: ORG, name: ${REJECTED_NAME}}\n`);
    const learnt = run(folder, ['learn']);
    assert.equal(learnt.status, 0, learnt.stderr);
    assert.match(learnt.stdout, /learnt from the decisions in 1 of 2 articles \(0 reviewed\): \d+ names, 1 rejections?; languages az/u);
    const modelFile = path.join(folder, '.corpus', 'model', 'entities.model');
    const manifest = readFileSync(path.join(folder, '.corpus', 'model', 'entities.manifest.json'), 'utf8');
    assert.equal(run(folder, ['learn']).status, 0);
    assert.equal(readFileSync(path.join(folder, '.corpus', 'model', 'entities.manifest.json'), 'utf8'), manifest);
    const shipped = run(mkdtempSync(path.join(tmpdir(), 'corpus-curator-empty-')), ['tag', '--input-jsonl', '-'], LATER);
    const here = run(folder, ['tag', '--input-jsonl', '-'], LATER);
    const elsewhere = run(REPO_ROOT, ['tag', '--input-jsonl', '-', '--workspace', folder], LATER);
    assert.equal(here.stderr, '');
    // One curated Azerbaijani article is too few to judge the model's own names there (they stay
    // off); the workspace model's memory is what changes the tags: the rejected form is not proposed.
    assert.ok(shipped.stdout.includes(`"text":"${REJECTED}"`), shipped.stdout);
    assert.ok(!here.stdout.includes(`"text":"${REJECTED}"`), here.stdout);
    assert.doesNotMatch(here.stdout, /"source":"model"/u);
    assert.equal(elsewhere.stdout, here.stdout);
    // A corrupt workspace model: named, and the shipped model tags.
    writeFileSync(modelFile, readFileSync(modelFile).subarray(0, 4000));
    const corrupt = run(folder, ['tag', '--input-jsonl', '-'], LATER);
    assert.equal(corrupt.status, 0, corrupt.stderr);
    assert.ok(corrupt.stderr.includes(path.join('.corpus', 'model', 'entities.model')), corrupt.stderr);
    assert.match(corrupt.stderr, /warning: .*the shipped entity model is used instead/u);
    assert.equal(corrupt.stdout, shipped.stdout);
  });
});
