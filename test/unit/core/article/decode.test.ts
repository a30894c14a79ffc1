import * as assert from 'node:assert/strict';
import { decodeArticle, encodeArticle, isDecodeFailure } from '../../../../src/core/article/decode';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';

describe('core/article/decode', () => {
  it('keeps a byte-order mark to restore it byte for byte', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Қазақ\r\n')]);
    const decoded = decodeArticle(bytes);
    assert.ok(!isDecodeFailure(decoded));
    assert.equal(decoded.text, 'Қазақ\r\n');
    assert.equal(decoded.bom, true);
    assert.deepEqual(encodeArticle(decoded), bytes);
  });

  it('refuses Windows-1251 text and says at which byte', () => {
    const bytes = new Uint8Array([0x4f, 0x4b, 0x20, 0xcf, 0xf0, 0xe8]); // "OK При" in cp1251
    assert.deepEqual(decodeArticle(bytes), { code: 'not-utf8', offset: 3 });
  });

  it('calls a file with NUL bytes binary', () => {
    assert.deepEqual(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])), { code: 'binary', offset: 4 });
  });
});

describe('core/article/frontMatterBlock', () => {
  it('splits front matter with CRLF line endings and reports the body offset', () => {
    const split = splitArticle('---\r\nid: a\r\n---\r\nBody\r\n');
    assert.equal(split.eol, '\r\n');
    assert.equal(split.frontMatter?.yaml, 'id: a\r\n');
    assert.equal(split.body, 'Body\r\n');
  });

  it('reports an opening fence that is never closed instead of guessing', () => {
    const split = splitArticle('---\nid: a\nBody without a closing fence\n');
    assert.equal(split.unclosedFence, true);
    assert.equal(split.frontMatter, undefined);
  });

  it('does not take a --- further down the body for front matter', () => {
    assert.equal(splitArticle('Text\n---\nmore\n---\n').frontMatter, undefined);
  });
});
