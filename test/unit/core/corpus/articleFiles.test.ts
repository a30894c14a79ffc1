import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isArticlePath, isCorpusArticle, listArticleFiles } from '../../../../src/core/corpus/articleFiles';
import { SEED_NAMES, SEEDS } from '../../paths';

describe('core/corpus/articleFiles', () => {
  it('lists the five seed articles in code-point order', async () => {
    const files = await listArticleFiles(SEEDS);
    assert.deepEqual(files.map((file) => path.basename(file)), [...SEED_NAMES]);
    assert.ok(files.every((file) => path.isAbsolute(file)));
  });

  it('recognises .txt and .md articles whatever the case of the extension', () => {
    assert.equal(isArticlePath('a/b/Мақала.TXT'), true);
    assert.equal(isArticlePath('b.md'), true);
    assert.equal(isArticlePath('notes.yaml'), false);
    assert.equal(isArticlePath('txt'), false);
  });

  it('walks sub-folders but skips hidden folders and node_modules, and tells single files the same way', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cc-articles-'));
    try {
      for (const folder of ['kk/2024', '.corpus', 'node_modules/x']) mkdirSync(path.join(root, folder), { recursive: true });
      for (const file of ['kk/2024/б.txt', 'kk/а.md', 'z.txt', 'Ä.txt', '.corpus/gazetteer.txt', 'node_modules/x/y.txt', 'kk/readme.json']) {
        writeFileSync(path.join(root, file), 'text');
      }
      const relative = (await listArticleFiles(root)).map((file) => path.relative(root, file).split(path.sep).join('/'));
      assert.deepEqual(relative, ['kk/2024/б.txt', 'kk/а.md', 'z.txt', 'Ä.txt']);
      for (const file of ['kk/2024/б.txt', 'kk/а.md', 'z.txt', 'Ä.txt', '.corpus/gazetteer.txt', 'node_modules/x/y.txt', 'kk/readme.json', '../outside.txt']) {
        assert.equal(isCorpusArticle(root, path.join(root, file)), relative.includes(file), `the watcher and the listing agree on ${file}`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails with the operating system error for a missing folder', async () => {
    await assert.rejects(listArticleFiles(path.join(SEEDS, 'no-such-folder')), { code: 'ENOENT' });
  });
});
