import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';

const words = fc.constantFrom('Қазақстан', 'БҰҰ', 'Женеве', 'Azərbaycan', '«24KZ»', '27.02.2026', '2789', '—', '---', '#', '-', '  •', '\u00a0', '😀', 'İnsan', 'ı', '\t');
const line = fc.array(fc.oneof(words, fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join(' '));
const body = fc.tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol) + (lines.length > 0 ? eol : ''));
const userFrontMatter = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z_]{0,8}$/u).filter((key) => !['id', 'title', 'language', 'script', 'published', 'source', 'authors', 'status', 'people', 'organizations', 'places', 'events', 'dates', 'boilerplate', 'curation'].includes(key)),
  fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 })),
  { maxKeys: 5 },
);

describe('core/metadata: property tests', () => {
  it('for arbitrary bodies and front matters, the body after a write is the body before, byte for byte', () => {
    fc.assert(fc.property(body, fc.option(userFrontMatter, { nil: undefined }), fc.constantFrom('a.txt', 'b.md'), (text, frontMatter, file) => {
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      const article = frontMatter && Object.keys(frontMatter).length > 0
        ? `---${eol}${stringify(frontMatter).replace(/\n/gu, eol)}---${eol}${text}` : text;
      const before = splitArticle(article);
      const result = writeArticle(article, file);
      if (result.status !== 'changed') return;
      const after = splitArticle(result.newText);
      assert.equal(after.body, before.body);
      assert.equal(result.newText.slice(result.replacement.length), article.slice(result.editEnd));
    }), { numRuns: 300 });
  });

  it('a second write never changes a byte', () => {
    fc.assert(fc.property(body, fc.constantFrom('a.txt', 'b.md'), (text, file) => {
      const first = writeArticle(text, file);
      if (first.status !== 'changed') return;
      const second = writeArticle(first.newText, file);
      assert.equal(second.status, 'unchanged', JSON.stringify({ text, out: first.newText }));
    }), { numRuns: 300 });
  });
});
