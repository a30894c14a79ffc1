import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../paths';
import { TempWorkspace } from '../helpers/tempWorkspace';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(args: string[], cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Row { id: string; kind: string; wikidata?: string; names: Record<string, string>; articles: number; mentions: number }

describe('cli: corpus-curator entities', function () {
  this.timeout(120000);

  it('lists the corpus\'s entities once across languages, with ids, names per language and counts', () => {
    const { status, stdout } = cli(['entities', 'seeds']);
    assert.equal(status, 0);
    const rows = JSON.parse(stdout) as Row[];
    const tokayev = rows.find((row) => row.id === 'kb:kassym-jomart-tokayev');
    assert.ok(tokayev && tokayev.articles >= 2, JSON.stringify(tokayev));
    assert.equal(tokayev.names.kk, 'Қасым-Жомарт Тоқаев');
    assert.equal(tokayev.names.ru, 'Касым-Жомарт Токаев');
    const kazakhstan = rows.find((row) => row.id === 'Q232');
    assert.equal(kazakhstan?.wikidata, 'Q232');
    assert.ok(rows.filter((row) => row.id === 'Q232').length === 1);
    assert.deepEqual(rows.map((row) => row.articles), [...rows.map((row) => row.articles)].sort((a, b) => b - a));
  });

  it('writes CSV with a header, the same rows as JSON', () => {
    const json = JSON.parse(cli(['entities', 'seeds']).stdout) as Row[];
    const { status, stdout } = cli(['entities', 'seeds', '--format', 'csv']);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines[0], 'id,kind,wikidata,name_kk,name_ru,name_az,name_en,articles,mentions');
    assert.equal(lines.length, json.length + 1);
  });

  it('honours merges in .corpus/entities.yaml, and stops with a located error when it is malformed', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cc-entities-cli-'));
    try {
      mkdirSync(path.join(folder, '.corpus'));
      const seeds = path.join(REPO_ROOT, 'seeds');
      writeFileSync(path.join(folder, '.corpus', 'entities.yaml'), 'merges:\n  - into: kb:elvira-azimova\n    from: [kb:zhemis-turmagambetova]\n');
      const rows = JSON.parse(cli(['entities', seeds], folder).stdout) as Row[];
      assert.equal(rows.find((row) => row.id === 'kb:zhemis-turmagambetova'), undefined);
      assert.ok(rows.find((row) => row.id === 'kb:elvira-azimova'));
      writeFileSync(path.join(folder, '.corpus', 'entities.yaml'), 'merges:\n  - into: Q232\n    from: [kb:x\n');
      const broken = cli(['entities', seeds], folder);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /\.corpus\/entities\.yaml:\d+:\d+: error: /u);
      assert.match(broken.stderr, /malformed/u);
      assert.equal(broken.stdout, '');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('warns, at file:line:col, of a decision naming an id no mention has, and of an old place id read as today\'s; the run goes on', () => {
    const workspace = new TempWorkspace('cc-entities-stale');
    try {
      workspace.copySeeds('seeds');
      const decisions = 'merges:\n  - into: kb:elvira-azimova\n    from: [kb:zhemis-turmagambetova]\n  - into: Q232\n    from: [local:LOC:otradno, local:LOC:sakmant]\n';
      writeFileSync(workspace.corpusFile('entities.yaml'), decisions);
      const result = cli(['entities', 'seeds', '--format', 'csv'], workspace.root);
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, [
        '.corpus/entities.yaml:5:12: warning: merges[1] names `local:LOC:otradno` (read as `local:LOC:otrdn`, the form of place ids since 2026-12-01), which no mention in the corpus has now; merging it does nothing. It may be an id of an older version: merge again in the Entities view, or remove it',
        '.corpus/entities.yaml:5:31: info: merges[1] names `local:LOC:sakmant`, a place id of the form before 2026-12-01; it is read as `local:LOC:skmnt`, the id its mentions have now (the file is left as it is)',
        '',
      ].join('\n'));
      assert.ok(!result.stdout.includes('local:LOC:skmnt'), 'the place the old id names is merged into Kazakhstan');
      assert.ok(!result.stdout.includes('kb:zhemis-turmagambetova'), 'the valid merge applies');
      assert.equal(readFileSync(workspace.corpusFile('entities.yaml'), 'utf8'), decisions, 'the file is left as it is');
    } finally {
      workspace.remove();
    }
  });

  it('tag prints each linked span\'s entityId, wikidata where it is a QID, and the reason', () => {
    const lines = cli(['tag', 'seeds']).stdout.trim().split('\n').map((line) => JSON.parse(line) as { spans: { kind: string; entityId?: string; wikidata?: string; linkReason?: string }[] });
    const entities = lines.flatMap((line) => line.spans).filter((span) => span.kind !== 'DATE');
    assert.ok(entities.length > 0 && entities.every((span) => span.entityId !== undefined && span.linkReason !== undefined));
    assert.ok(entities.filter((span) => span.entityId?.startsWith('Q')).every((span) => span.wikidata === span.entityId));
  });
});
