import * as assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { type ArticleBytes, isRefusal, readArticleBytes } from '../../../../src/core/corpus/articleBytes';
import { SafeWriter } from '../../../../src/core/corpus/safeWriter';

const ORIGINAL = 'Астана қаласында форум өтті.\n';
const NEW = `---\nid: 'a'\n---\n${ORIGINAL}`;

describe('core/corpus/safeWriter', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cc-writer-'));
    file = path.join(folder, 'a.txt');
    writeFileSync(file, ORIGINAL);
  });
  afterEach(() => { rmSync(folder, { recursive: true, force: true }); });

  function read(): ArticleBytes {
    const result = readArticleBytes(file);
    assert.ok(!isRefusal(result));
    return result;
  }

  it('appends again an edit that a program holding the old version open wrote after the rename', async () => {
    const article = read();
    const editor = openSync(file, 'a');
    try {
      const writer = new SafeWriter();
      assert.equal(writer.write(article, Buffer.from(NEW)), 'written');
      writeSync(editor, 'Дописано.\n');
      assert.deepEqual(await writer.finish(), [{ file, kept: 'appended' }]);
    } finally {
      closeSync(editor);
    }
    assert.equal(readFileSync(file, 'utf8'), `${NEW}Дописано.\n`);
  });

  it('keeps any other late edit of the old version whole in a conflict copy', async () => {
    const article = read();
    const editor = openSync(file, 'r+');
    try {
      const writer = new SafeWriter();
      assert.equal(writer.write(article, Buffer.from(NEW)), 'written');
      writeSync(editor, 'Б', 0);
      const copy = `${file}.corpus-curator-conflict`;
      assert.deepEqual(await writer.finish(), [{ file, kept: 'copy', copy }]);
      assert.match(readFileSync(copy, 'utf8'), /^Бстана/u);
    } finally {
      closeSync(editor);
    }
    assert.equal(readFileSync(file, 'utf8'), NEW);
  });

  it("puts back another program's save that replaced the file between the compare and the rename", async () => {
    const article = read();
    const saved = 'Сохранено редактором.\n';
    const writer = new SafeWriter({
      beforeSwap: (target) => {
        writeFileSync(`${target}.editor`, saved);
        renameSync(`${target}.editor`, target);
      },
    });
    assert.equal(writer.write(article, Buffer.from(NEW)), 'changed-on-disk');
    assert.deepEqual(await writer.finish(), []);
    assert.equal(readFileSync(file, 'utf8'), saved);
    assert.deepEqual(readdirSync(folder), ['a.txt'], 'no temporary file left');
  });

  it('refuses a file that changed after it was read, before writing anything', () => {
    const article = read();
    writeFileSync(file, `${ORIGINAL}x`);
    const writer = new SafeWriter();
    assert.equal(writer.write(article, Buffer.from(NEW)), 'changed-on-disk');
    assert.equal(readFileSync(file, 'utf8'), `${ORIGINAL}x`);
    assert.deepEqual(readdirSync(folder), ['a.txt']);
  });
});
