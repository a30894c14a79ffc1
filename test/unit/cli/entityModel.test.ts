import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../paths';

/** The CLI bundle copied into a folder of its own with the lexicons it ships with, and `model` beside it as its entity model (or none). */
function cliWithModel(model: Buffer | undefined): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-cli-'));
  copyFileSync(path.join(REPO_ROOT, 'dist', 'cli.js'), path.join(folder, 'cli.js'));
  for (const lexicon of ['kk.lexicon', 'ru.lexicon']) copyFileSync(path.join(REPO_ROOT, 'dist', lexicon), path.join(folder, lexicon));
  if (model) writeFileSync(path.join(folder, 'entities.model'), model);
  return folder;
}

function tagLine(folder: string, text: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(folder, 'cli.js'), 'tag', '--input-jsonl', '-'], { input: JSON.stringify({ text, lang: 'ru' }) + '\n', encoding: 'utf8', cwd: folder });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: the entity model', function () {
  this.timeout(60000);
  const text = 'Президент США Дональд Трамп прилетел в Анкару. Встреча Трампа с Эрдоганом прошла во дворце.';
  const shipped = readFileSync(path.join(REPO_ROOT, 'dist', 'entities.model'));

  it('tags with the model shipped beside the bundle, without a warning', () => {
    const { status, stdout, stderr } = tagLine(cliWithModel(shipped), text);
    assert.equal(status, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /"text":"Трампа"/u);
  });

  it('a truncated model: a warning naming the file, and tags from rules and gazetteers', () => {
    const folder = cliWithModel(shipped.subarray(0, 1000));
    const { status, stdout, stderr } = tagLine(folder, text);
    assert.equal(status, 0, stderr);
    assert.ok(stderr.includes(path.join(folder, 'entities.model')), stderr);
    assert.match(stderr, /warning: Entity model .*falls back to rules and gazetteers/u);
    assert.match(stdout, /"text":"Дональд Трамп"/u);
  });

  it('a missing model: the same warning, and the same fallback', () => {
    const folder = cliWithModel(undefined);
    const { status, stdout, stderr } = tagLine(folder, text);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /entities\.model: the file is missing/u);
    assert.match(stdout, /"lang":"ru"/u);
  });
});
