import * as assert from 'node:assert/strict';
import { decodeArticle, describeDecodeFailure, encodeArticle, isDecodeFailure } from '../../../../src/core/article/decode';
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

  it('tells UTF-16 (with or without a byte-order mark) from a binary file, and says how to convert it', () => {
    const text = 'Астана, 12 қараша — форум.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    const cases: [string, Uint8Array, RegExp][] = [
      ['LE with BOM', new Uint8Array([0xff, 0xfe, ...le]), /UTF-16 .*iconv -f UTF-16 -t UTF-8/u],
      ['BE with BOM', new Uint8Array([0xfe, 0xff, ...be]), /UTF-16 .*iconv -f UTF-16 -t UTF-8/u],
      ['LE without BOM', new Uint8Array(le), /UTF-16LE.*iconv -f UTF-16LE -t UTF-8/u],
      ['BE without BOM', new Uint8Array(be), /UTF-16BE.*iconv -f UTF-16BE -t UTF-8/u],
    ];
    for (const [name, bytes, message] of cases) {
      const decoded = decodeArticle(bytes);
      assert.ok(isDecodeFailure(decoded), name);
      assert.equal(decoded.code, 'utf16', name);
      assert.match(describeDecodeFailure(decoded), message, name);
      assert.doesNotMatch(describeDecodeFailure(decoded), /binary/u, name);
    }
  });

  it('says where a binary file and a non-UTF-8 file go wrong', () => {
    assert.match(describeDecodeFailure({ code: 'binary', offset: 4 }), /binary file \(NUL byte\) at byte 4/u);
    assert.match(describeDecodeFailure({ code: 'not-utf8', offset: 3 }), /not valid UTF-8 at byte 3/u);
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
