import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEED_NAMES, SEEDS } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: export, import and eval', function () {
  this.timeout(60000);
  let work: string;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'cc-formats-'));
    cpSync(SEEDS, path.join(work, 'seeds'), { recursive: true });
    assert.equal(cli(work, 'write').status, 0);
  });

  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  for (const format of ['jsonl', 'conll', 'brat'] as const) {
    it(`${format}: export --tags all, then import as suggestions into a new folder gives the same files`, () => {
      const out = format === 'brat' ? 'out/brat' : `out/corpus.${format}`;
      const exported = cli(work, 'export', '--format', format, '--out', out, '--tags', 'all');
      assert.equal(exported.status, 0, exported.stderr);
      const imported = cli(work, 'import', out, '--format', format, '--into', 'copy', '--as', 'suggestions');
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stderr, /created 5, updated 0, unchanged 0, failed 0/u);
      for (const name of SEED_NAMES) assert.equal(readFileSync(path.join(work, 'copy', name), 'utf8'), readFileSync(path.join(work, 'seeds', name), 'utf8'), name);
      const again = cli(work, 'import', out, '--format', format, '--into', 'copy', '--as', 'suggestions');
      assert.match(again.stderr, /created 0, updated 0, unchanged 5, failed 0/u);
    });
  }

  it('export refuses an existing target without --force, and leaves no partial file behind', () => {
    assert.equal(cli(work, 'export', '--format', 'csv', '--out', 'out.csv').status, 0);
    const csv = readFileSync(path.join(work, 'out.csv'));
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const refused = cli(work, 'export', '--format', 'csv', '--out', 'out.csv');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /exists; choose another place or allow replacing it \(--force\)/u);
    assert.equal(cli(work, 'export', '--format', 'csv', '--out', 'out.csv', '--force', '--tags', 'all').status, 0);
    assert.deepEqual(readdirSync(work).filter((name) => name.includes('partial')), []);
  });

  it('--without-boilerplate leaves site furniture out of the exported text', () => {
    assert.equal(cli(work, 'export', '--format', 'jsonl', '--out', 'with.jsonl').status, 0);
    assert.equal(cli(work, 'export', '--format', 'jsonl', '--out', 'without.jsonl', '--without-boilerplate').status, 0);
    const texts = (file: string): string[] => readFileSync(path.join(work, file), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
    const [withFurniture, without] = [texts('with.jsonl'), texts('without.jsonl')];
    assert.ok((without[3] ?? '').length < (withFurniture[3] ?? '').length);
    const siteHeader = (withFurniture[3] ?? '').split('\n')[0] ?? '';
    assert.ok(siteHeader.length > 0 && !(without[3] ?? '').includes(siteHeader), 'seed 003 loses its site header line');
    for (const line of readFileSync(path.join(work, 'without.jsonl'), 'utf8').trim().split('\n')) {
      const { text, spans } = JSON.parse(line) as { text: string; spans: { start: number; end: number; text: string }[] };
      for (const span of spans) assert.equal(Array.from(text).slice(span.start, span.end).join(''), span.text);
    }
  });

  it('bad input: each problem as file:line: message, the other documents imported, exit code 1', () => {
    const good = (id: string, text: string): string => JSON.stringify({ text, spans: [], meta: { id } });
    writeFileSync(path.join(work, 'in.jsonl'), [
      good('first', 'Эльвира Азимова выступила в Женеве.'),
      '{"text": "not closed", ',
      JSON.stringify({ text: 'Женева', spans: [{ start: 3, end: 40, label: 'LOC' }], meta: { id: 'beyond' } }),
      good('../escape', 'Қазақстан Республикасы'),
      good('last', 'Астана қаласында форум өтті.'),
    ].join('\n'));
    const result = cli(work, 'import', 'in.jsonl', '--format', 'jsonl', '--into', 'imported', '--as', 'suggestions');
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^in\.jsonl:2: not JSON: /mu);
    assert.match(result.stderr, /^in\.jsonl:3: span 1: 3-40 is beyond the text \(6 code points\)$/mu);
    assert.match(result.stderr, /^in\.jsonl:4: id '\.\.\/escape' is not a safe file name .*refused$/mu);
    assert.match(result.stderr, /created 2, updated 0, unchanged 0, failed 3/u);
    assert.deepEqual(readdirSync(path.join(work, 'imported')).sort(), ['first.txt', 'last.txt']);
    assert.ok(!existsSync(path.join(work, 'escape.txt')));

    writeFileSync(path.join(work, 'latin1.jsonl'), Buffer.concat([Buffer.from(`${good('ok', 'Астана қаласы')}\n{"text": "caf`), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const latin1 = cli(work, 'import', 'latin1.jsonl', '--format', 'jsonl', '--into', 'from-latin1');
    assert.equal(latin1.status, 1);
    assert.match(latin1.stderr, /^latin1\.jsonl:2: not valid UTF-8; the rest of the file is not read$/mu);
    assert.ok(existsSync(path.join(work, 'from-latin1', 'ok.txt')));

    mkdirSync(path.join(work, 'brat'));
    writeFileSync(path.join(work, 'brat', 'a.txt'), 'Эльвира Азимова в Женеве');
    writeFileSync(path.join(work, 'brat', 'a.ann'), 'T1\tPER 0 15\tЭльвира Азимова\nT2\tLOC 0 6\tЖеневе\n');
    writeFileSync(path.join(work, 'brat', 'b.txt'), 'Астана қаласы');
    writeFileSync(path.join(work, 'brat', 'b.ann'), 'T1\tLOC 0 6\tАстана\n');
    const brat = cli(work, 'import', 'brat', '--format', 'brat', '--into', 'from-brat');
    assert.equal(brat.status, 1);
    assert.match(brat.stderr, /^brat\/a\.ann:2: T2 0-6 reads 'Эльвир' in the \.txt, not 'Женеве'$/mu);
    assert.ok(existsSync(path.join(work, 'from-brat', 'b.txt')));

    writeFileSync(path.join(work, 'bad.conll'), '-DOCSTART-:x O\n\nАзимова O\nговорит I-PER\n\n-DOCSTART-:y O\n\nЖенева B-LOC\n');
    const conll = cli(work, 'import', 'bad.conll', '--format', 'conll', '--into', 'from-conll');
    assert.equal(conll.status, 1);
    assert.match(conll.stderr, /^bad\.conll:4: I-PER after O: an entity starts with B-PER in IOB2$/mu);
    assert.deepEqual(readdirSync(path.join(work, 'from-conll')), ['y.txt']);
  });

  it('import never overwrites a different text without --force, and --dry-run writes nothing', () => {
    writeFileSync(path.join(work, 'one.jsonl'), `${JSON.stringify({ text: 'Эльвира Азимова выступила в Женеве.', spans: [{ start: 0, end: 15, label: 'PER' }], meta: { id: '001_eb5c65e7f4da4a69' } })}\n`);
    const before = readFileSync(path.join(work, 'seeds', '001_eb5c65e7f4da4a69.txt'), 'utf8');
    const dry = cli(work, 'import', 'one.jsonl', '--format', 'jsonl', '--into', 'seeds', '--dry-run');
    assert.equal(dry.status, 1);
    assert.match(dry.stderr, /one\.jsonl:1: an article with this id exists and its text differs; not overwritten \(use --force to replace it\)/u);
    const forced = cli(work, 'import', 'one.jsonl', '--format', 'jsonl', '--into', 'seeds', '--force', '--dry-run');
    assert.equal(forced.status, 0);
    assert.match(forced.stdout, /^would update seeds\/001_eb5c65e7f4da4a69\.txt$/mu);
    assert.equal(readFileSync(path.join(work, 'seeds', '001_eb5c65e7f4da4a69.txt'), 'utf8'), before);
    const replaced = cli(work, 'import', 'one.jsonl', '--format', 'jsonl', '--into', 'seeds', '--force');
    assert.equal(replaced.status, 0, replaced.stderr);
    assert.match(replaced.stderr, /created 0, updated 1/u);
    assert.ok(readFileSync(path.join(work, 'seeds', '001_eb5c65e7f4da4a69.txt'), 'utf8').endsWith('\n---\nЭльвира Азимова выступила в Женеве.'));
  });

  it('gold import onto the matching article records the annotations as accepted decisions', () => {
    assert.equal(cli(work, 'export', '--format', 'jsonl', '--out', 'all.jsonl', '--tags', 'all', 'seeds/004_df8d99c26602f3bf.txt').status, 0);
    const result = cli(work, 'import', 'all.jsonl', '--format', 'jsonl', '--into', 'seeds', '--as', 'gold');
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /updated 1/u);
    const text = readFileSync(path.join(work, 'seeds', '004_df8d99c26602f3bf.txt'), 'utf8');
    assert.match(text, /^ {2}decisions:\n {4}- \{accept: /mu);
    assert.equal(cli(work, 'write', 'seeds/004_df8d99c26602f3bf.txt').status, 0);
    assert.equal(readFileSync(path.join(work, 'seeds', '004_df8d99c26602f3bf.txt'), 'utf8'), text);
  });

  it('eval prints conlleval figures per language, and --json the same figures', () => {
    assert.equal(cli(work, 'export', '--format', 'conll', '--out', 'gold.conll', '--tags', 'all').status, 0);
    const text = cli(work, 'eval', 'gold.conll', '--format', 'conll');
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /^# kk\nprocessed \d+ tokens with \d+ phrases; found: \d+ phrases; correct: \d+\.\naccuracy: +\d+\.\d\d%; precision: +\d+\.\d\d%; recall: +\d+\.\d\d%; FB1: +\d+\.\d\d$/mu);
    const json = JSON.parse(cli(work, 'eval', 'gold.conll', '--format', 'conll', '--json', '--match', 'overlap').stdout) as { match: string; languages: Record<string, { recall: number }>; total: { gold: number; recall: number; precision: number } };
    assert.equal(json.match, 'overlap');
    assert.deepEqual(Object.keys(json.languages), ['az', 'kk', 'ru']);
    // The gold is the engine's own tags outside boilerplate: all found again; the extra finds are in boilerplate.
    assert.ok(json.total.gold > 150);
    assert.equal(json.total.recall, 1);
    assert.ok(json.total.precision > 0.9 && json.total.precision < 1);
  });
});
