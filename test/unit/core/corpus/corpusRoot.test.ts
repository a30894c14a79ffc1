import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { corpusPathLeavesWorkspace, isInside, resolveCorpusRoot } from '../../../../src/core/corpus/corpusRoot';

const existing = (...folders: string[]) => (candidate: string): boolean => folders.map((f) => path.resolve(f)).includes(candidate);

describe('core/corpus/corpusRoot', () => {
  it('finds the corpus folder inside a project workspace', () => {
    assert.equal(resolveCorpusRoot('/work/project', 'seeds', existing('/work/project/seeds')), path.resolve('/work/project/seeds'));
  });

  it('takes the workspace folder itself when the corpus folder was opened directly', () => {
    assert.equal(resolveCorpusRoot('/tmp/x/seeds', 'seeds', existing('/tmp/x/seeds')), path.resolve('/tmp/x/seeds'));
    assert.equal(resolveCorpusRoot('/tmp/x/corpus', 'data/corpus', existing()), path.resolve('/tmp/x/corpus'));
  });

  it('reports no corpus when neither applies', () => {
    assert.equal(resolveCorpusRoot('/work/other', 'seeds', existing('/work/other')), undefined);
  });

  it('accepts "." and absolute paths inside the workspace folder', () => {
    assert.equal(resolveCorpusRoot('/work/p', '.', existing('/work/p')), path.resolve('/work/p'));
    assert.equal(resolveCorpusRoot('/work/p', '/work/p/data/news', existing('/work/p/data/news')), path.resolve('/work/p/data/news'));
  });

  it('confines the corpus to the workspace folder unless the user allows otherwise', () => {
    for (const outside of ['/etc', '../outside', '/work/p-2']) {
      const exists = existing(path.resolve('/work/p', outside));
      assert.equal(resolveCorpusRoot('/work/p', outside, exists), undefined, outside);
      assert.equal(corpusPathLeavesWorkspace('/work/p', outside, exists), true, outside);
      assert.equal(resolveCorpusRoot('/work/p', outside, exists, { allowOutsideWorkspace: true }), path.resolve('/work/p', outside), outside);
    }
    const linkOut = (candidate: string): string => (candidate === path.resolve('/work/p/link') ? '/etc' : candidate);
    assert.equal(resolveCorpusRoot('/work/p', 'link', existing('/work/p/link'), { realPath: linkOut }), undefined, 'a link that leads out');
    assert.equal(corpusPathLeavesWorkspace('/work/p', 'seeds', existing('/work/p/seeds')), false);
  });

  it('tells whether a file lies inside a root', () => {
    assert.equal(isInside('/a/seeds', '/a/seeds/x.txt'), true);
    assert.equal(isInside('/a/seeds', '/a/seeds-2/x.txt'), false);
    assert.equal(isInside('/a/seeds', '/a/x.txt'), false);
  });
});
