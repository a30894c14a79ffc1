import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { documentFromBytes } from '../../../src/core/formats/exportedDocument';
import { readDocuments } from '../../../src/core/formats/readInput';
import { versionFromBytes } from '../../../src/core/review/versionBytes';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../../src/core/corpus/articleBytes';
import { tag } from '../../../src/core/tagging/tag';
import { REPO_ROOT } from '../paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
/** "Астана" as UTF-16LE with a byte-order mark: NUL bytes, but text. */
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Астана қаласында форум өтті.\n', 'utf16le')]);

describe('cli and core: file names and encodings in messages', function () {
  this.timeout(60_000);
  let work: string;
  beforeEach(() => { work = mkdtempSync(path.join(tmpdir(), 'cc-messages-')); });
  afterEach(() => { rmSync(work, { recursive: true, force: true }); });

  it('calls a UTF-16 file UTF-16, with how to convert it, in export, import and the semantic diff', async () => {
    const exported = documentFromBytes(new Uint8Array(UTF16), 'a.txt', tag, { tags: 'all', withoutBoilerplate: false });
    assert.ok('failure' in exported);
    assert.match(exported.failure, /UTF-16 text \(LE, with a byte-order mark\); articles must be UTF-8: convert it with `iconv -f UTF-16 -t UTF-8/u);
    const input = path.join(work, 'in.jsonl');
    writeFileSync(input, UTF16);
    const problems = [];
    for await (const item of readDocuments(input, 'jsonl')) problems.push(...(item.problems ?? []));
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? '', /UTF-16 text .*iconv/u);
    const version = versionFromBytes(new Uint8Array(UTF16));
    assert.equal(version.kind, 'unreadable');
    assert.match(version.kind === 'unreadable' ? version.reason : '', /UTF-16 text .*iconv/u);
    // A real binary file is still called binary.
    const binary = versionFromBytes(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42]));
    assert.match(binary.kind === 'unreadable' ? binary.reason : '', /binary file \(NUL byte at byte 1\)/u);
  });

  it('the semantic diff compares files up to the articles\' own size limit, not a smaller one', () => {
    const big = new Uint8Array(DEFAULT_MAX_ARTICLE_BYTES - 1).fill(0x61);
    assert.notEqual(versionFromBytes(big).kind, 'unreadable');
    const over = new Uint8Array(DEFAULT_MAX_ARTICLE_BYTES + 1).fill(0x61);
    assert.equal(versionFromBytes(over).kind, 'unreadable');
  });

  it('export, import and tag print file names with control and bidirectional characters escaped', () => {
    const corpus = path.join(work, 'corpus');
    mkdirSync(corpus);
    const hostile = path.join(corpus, 'evil\u001b[31m\u202e.txt');
    writeFileSync(hostile, UTF16);
    writeFileSync(path.join(corpus, 'good\u202e.txt'), 'Астана қаласында форум өтті. Қазақстан Республикасы.\n');
    const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8' });
    const exported = run('export', 'corpus', '--format', 'jsonl', '--out', 'out.jsonl', '--tags', 'all');
    assert.equal(exported.status, 1);
    assert.match(exported.stderr, /^corpus\/evil\\x1b\[31m\\u202e\.txt:1: the file is UTF-16 text/mu);
    assert.ok(!exported.stderr.includes('\u001b') && !exported.stderr.includes('\u202e'), exported.stderr);
    const badInput = path.join(work, 'bad\u001b.jsonl');
    writeFileSync(badInput, '{ not json\n');
    const imported = run('import', badInput, '--format', 'jsonl', '--into', 'copy');
    assert.equal(imported.status, 1);
    assert.match(imported.stderr, /^bad\\x1b\.jsonl:1: /mu);
    const tagged = run('tag', path.join('corpus', 'good\u202e.txt'));
    assert.equal(tagged.status, 0, tagged.stderr);
    assert.doesNotMatch(tagged.stdout, /\u202e/u);
    assert.equal((JSON.parse(tagged.stdout) as { file: string }).file, path.join('corpus', 'good\u202e.txt'));
  });
});
