import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, SEED_NAMES } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', input, maxBuffer: 512 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Line { file?: string; lang: string; script: string; spans: { start: number; end: number; kind: string; text: string; canonical?: string; value?: string }[]; error?: string }

describe('cli: corpus-curator tag', function () {
  this.timeout(120000);

  it('prints the spans of each seed, with offsets into the file text', () => {
    const { status, stdout } = cli(['tag', 'seeds']);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
    assert.deepEqual(lines.map((line) => line.lang), ['kk', 'ru', 'ru', 'kk', 'az']);
    lines.forEach((line, i) => {
      const text = readFileSync(path.join(REPO_ROOT, 'seeds', SEED_NAMES[i] ?? ''), 'utf8');
      for (const span of line.spans) assert.equal(text.slice(span.start, span.end), span.text);
    });
    // The dateline closes the article's boilerplate: left out, as the editor and the index leave it out.
    assert.equal(lines[3]?.spans.find((span) => span.text === '27.02.2026'), undefined);
    assert.equal(lines[3]?.spans.find((span) => span.text === '2025 жылғы')?.value, '2025');
  });

  it('tags a 20,000-line JSONL file line for line, in order', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cc-jsonl-'));
    try {
      const samples = [
        { text: 'Вчера в Астане Токаев встретился с главой ООН.', referenceDate: '2024-05-30' },
        { text: '2024 жылғы 29 мамырда Астанада БҰҰ форумы өтті.', lang: 'kk' },
        { text: 'Səbinə Əliyeva 12 noyabrda Bakıda görüş keçirib.', referenceDate: '2024-11-01' },
      ];
      const input = Array.from({ length: 20_000 }, (_, i) => JSON.stringify({ ...samples[i % 3], id: i })).join('\n');
      const file = path.join(folder, 'input.jsonl');
      writeFileSync(file, input);
      const { status, stdout } = cli(['tag', '--input-jsonl', file]);
      assert.equal(status, 0);
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
      assert.equal(lines.length, 20_000);
      assert.deepEqual(lines.slice(0, 3).map((line) => line.lang), ['ru', 'kk', 'az']);
      assert.equal(lines[19_998]?.spans.find((span) => span.kind === 'DATE')?.value, '2024-05-29');
      assert.equal(lines[19_997]?.spans.find((span) => span.kind === 'PER')?.canonical, 'Səbinə Əliyeva');
      assert.equal(lines[19_999]?.spans.find((span) => span.kind === 'DATE')?.value, '2024-05-29');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reads stdin with -, answers a bad line with an error line in place, and exits 1', () => {
    const { status, stdout } = cli(['tag', '--input-jsonl', '-'], '{"text":"ООН"}\nnot json\n{"text":"БҰҰ","lang":"kk"}\n');
    assert.equal(status, 1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Line);
    assert.equal(lines.length, 3);
    assert.match(lines[1]?.error ?? '', /^line 2: /u);
    assert.equal(lines[2]?.spans[0]?.canonical, 'БҰҰ');
  });

  it('exits 2 without input, or with both files and --input-jsonl', () => {
    assert.equal(cli(['tag']).status, 2);
    assert.equal(cli(['tag', 'seeds', '--input-jsonl', '-']).status, 2);
  });
});
