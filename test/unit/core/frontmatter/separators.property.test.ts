import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { isOneInsertion } from './unownedKeys';

// Line separators anywhere (title, body, front matter values) and values of keys the writer does
// not own: after a write the body is byte-identical, the unowned bytes are identical (the writer
// only inserts its keys), and a second write changes nothing.

const SEPARATORS = ['\u2028', '\u2029', '\u0085'] as const;
const separator = fc.constantFrom(...SEPARATORS);
const word = fc.constantFrom('Астана', 'форум', 'өтті', 'Женева', 'Azərbaycan', 'İnsan', 'құқықтары', '---', '...', '#', '*', '>', '2026', '«24KZ»');
/** Text on one line (by YAML's and VS Code's rules) that may hold U+2028, U+2029 or U+0085. */
const lineText = fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: separator }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '));
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

const base64 = fc.uint8Array({ minLength: 1, maxLength: 120 }).map((bytes) => Buffer.from(bytes).toString('base64'));
/** One value of an unowned key, as YAML text after `key:` (block values start on the next line). */
const unownedValue = fc.oneof(
  fc.bigInt({ min: 10n ** 18n, max: 10n ** 40n }).map((n) => ` ${n}`),
  fc.constantFrom(' 1e400', ' -1e400', ' 012', ' 007', ' +12', ' +0', ' 0o17', ' 0x1F', ' .5', ' 1_000'),
  fc.nat(4095).map((n) => ` 0${n.toString(8)}`),
  fc.nat().map((n) => ` +${n}`),
  fc.array(lineText, { minLength: 1, maxLength: 3 }).map((lines) => ` >-\n${lines.map((l) => `  ${l}`).join('\n')}`),
  fc.array(lineText, { minLength: 1, maxLength: 3 }).map((lines) => ` |\n${lines.map((l) => `  ${l}`).join('\n')}`),
  fc.array(lineText, { minLength: 1, maxLength: 3 }).map((lines) => ` >\n${lines.map((l) => `  ${l}`).join('\n\n')}`),
  base64.map((text) => ` !!binary ${text}`),
  base64.map((text) => ` !!binary |\n${(text.match(/.{1,60}/gu) ?? []).map((chunk) => `  ${chunk}`).join('\n')}`),
  lineText.map((text) => ` "${text.replace(/"/gu, '\\"')}"`),
  fc.tuple(word, separator, word).map(([a, s, b]) => ` plain ${a}${s}${b}`),
  fc.tuple(word, word).filter(([a]) => a !== '#').map(([a, b]) => ` multi ${a}\n  line ${b}`),
  fc.constantFrom(' # a comment after the key\n  - item', '\n  - {name: x}   # kept', ' !custom tagged'),
  fc.tuple(word, separator).map(([a, s]) => ` 1 # a comment ${a}${s} with a separator`),
);
const unownedFrontMatter = fc.array(unownedValue, { minLength: 1, maxLength: 6 })
  .map((values) => values.map((value, i) => `key${i}:${value}\n`).join(''));

const article = fc.record({
  frontMatter: fc.option(unownedFrontMatter, { nil: undefined }),
  crlf: fc.boolean(),
  title: lineText.filter((text) => !/^---[ \t]*$/u.test(text)), // a first line of --- opens a front matter
  bodyLines: fc.array(fc.tuple(lineText, lineBreak), { minLength: 1, maxLength: 6 }),
}).map(({ frontMatter, crlf, title, bodyLines }) => {
  const eol = crlf ? '\r\n' : '\n';
  const yaml = frontMatter?.replace(/\n/gu, eol);
  const body = `${title}${eol}${eol}${bodyLines.map(([text, end]) => text + end).join('')}`;
  return { yaml, text: yaml === undefined ? body : `---${eol}${yaml}---${eol}${body}` };
});

describe('core/frontmatter: property test: separators and unowned values survive a write', () => {
  it('body and unowned bytes identical, values kept, second write unchanged', () => {
    fc.assert(fc.property(article, fc.constantFrom('a.txt', 'b.md'), ({ yaml, text }, file) => {
      const before = splitArticle(text);
      const result = writeArticle(text, file);
      // Line separators alone (U+2028, U+2029) are white space: such an article is empty, and refused as one, unwritten.
      if (text.trim() === '' || (before.body.trim() === '' && !before.frontMatter)) {
        assert.equal(result.status, 'skipped');
        assert.deepEqual(result.problems.map((problem) => problem.code), ['empty-article']);
        return;
      }
      assert.notEqual(result.status, 'skipped', JSON.stringify(result.problems));
      if (result.status !== 'changed') return;
      assert.equal(result.newText.slice(result.replacement.length), text.slice(result.editEnd), 'only the front matter block is replaced');
      const after = splitArticle(result.newText);
      assert.equal(after.body, before.body, 'the body is byte-identical');
      const written = after.frontMatter?.yaml ?? '';
      for (const character of SEPARATORS) {
        if (yaml === undefined) assert.ok(!written.includes(character), 'generated values escape separators');
      }
      if (yaml !== undefined) {
        assert.ok(isOneInsertion(yaml, written), `unowned bytes are kept:\n${JSON.stringify(yaml)}\n${JSON.stringify(written)}`);
        const old = parseDocument(yaml, { intAsBigInt: true }).toJS() as Record<string, unknown>;
        const now = parseDocument(written, { intAsBigInt: true }).toJS() as Record<string, unknown>;
        for (const key of Object.keys(old)) assert.deepEqual(now[key], old[key], key);
      }
      const again = writeArticle(result.newText, file);
      assert.equal(again.status, 'unchanged', again.status === 'changed' ? JSON.stringify({ text, first: result.newText, second: again.newText }) : JSON.stringify(again.problems));
    }), { numRuns: 200 });
  });

  it('with keys the writer owns written by hand among them: unowned entries kept, second write unchanged', () => {
    const owned = fc.constantFrom(
      'title: Қолмен жазылған тақырып # by hand\n',
      'status: reviewed\n',
      'status: draft\n',
      "language: 'kk'\n",
      'places: # checked\n  - {name: Астана, wikidata: Q1520}\n',
      'people: []\n',
      'curation:\n  rejected:\n    - {kind: LOC, name: Женева}\n',
      'curation: # decisions\n  generated:\n    title: 00000000\n',
    );
    const entries = fc.tuple(fc.array(unownedValue, { minLength: 1, maxLength: 4 }), fc.uniqueArray(owned, { maxLength: 3, selector: (entry) => entry.split(':')[0] }))
      .chain(([values, ownedEntries]) => fc.shuffledSubarray([...values.map((value, i) => `key${i}:${value}\n`), ...ownedEntries], { minLength: values.length + ownedEntries.length }));
    fc.assert(fc.property(entries, lineText, fc.constantFrom('a.txt', 'b.md'), (list, title, file) => {
      const body = `${title}\n\nАстана мен Алматы қалаларында форум өтті.\n`;
      const text = `---\n${list.join('')}---\n${body}`;
      const result = writeArticle(text, file);
      assert.notEqual(result.status, 'skipped', JSON.stringify(result.problems));
      if (result.status !== 'changed') return;
      assert.ok(result.newText.endsWith(body), 'the body is byte-identical');
      const written = splitArticle(result.newText).frontMatter?.yaml ?? '';
      for (const entry of list.filter((item) => item.startsWith('key'))) assert.ok(written.includes(entry), `${JSON.stringify(entry)} kept in:\n${written}`);
      const again = writeArticle(result.newText, file);
      assert.equal(again.status, 'unchanged', again.status === 'changed' ? JSON.stringify({ text, first: result.newText, second: again.newText }) : JSON.stringify(again.problems));
    }), { numRuns: 150 });
  });
});
