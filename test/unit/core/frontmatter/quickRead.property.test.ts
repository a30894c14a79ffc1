import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { quickFrontMatterValue } from '../../../../src/core/frontmatter/quickRead';
import { readArticleFrontMatter, readArticleFrontMatterValue } from '../../../../src/core/frontmatter/articleFrontMatter';
import { readFrontMatter } from '../../../../src/core/frontmatter/read';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';

const SEEDS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'seeds');

/** The front matters the writer gives the seeds: what a curated corpus is made of. */
function writtenFrontMatters(): string[] {
  return readdirSync(SEEDS).sort().map((name) => {
    const result = writeArticle(readFileSync(path.join(SEEDS, name), 'utf8'), name);
    assert.equal(result.status, 'changed');
    const yaml = splitArticle(result.newText).frontMatter?.yaml;
    assert.ok(yaml !== undefined);
    return yaml;
  });
}

/** The quick reader either leaves the text to the full reader or gives exactly the full reader's value. */
function assertAgrees(yaml: string): void {
  const quick = quickFrontMatterValue(yaml);
  if (quick === undefined) return;
  const full = readFrontMatter(yaml, 0);
  const errors = full.problems.filter((problem) => problem.severity === 'error');
  assert.deepEqual(errors, [], `the quick reader accepted YAML the full reader rejects: ${JSON.stringify(yaml)}`);
  assert.deepStrictEqual(quick, full.value, `values differ for ${JSON.stringify(yaml)}`);
}

const trickyScalars = ['1_000', '0b11', '0o17', '0x1F', '-0x1F', '+12', '012', '1e3', '1.', '.5', '-.5e-3', '.inf', '-.Inf', '.NaN', '.nan.',
  'null', 'Null', 'NULL', '~', '', 'yes', 'no', 'on', 'off', 'y', 'true', 'False', 'TRUE', 'tRUE', '2020-01-02', '2020-01-02T10:00:00Z', '1:20',
  '12:30:00', '=', '0.', '-', '- a', 'a #b', 'a#b', '"q"', "'q'", "'it''s'", '"a\\"b"', 'Қазақстан', 'İnsan hüquqları', '«24KZ»', '😀', 'a: b', '[1, 2]',
  '{a: 1}', '[]', '{}', '>-\n  folded', '|\n  literal', 'Q&A', 'x*y', 'a!b', 'O\'Brien', '@at', '`tick`', '%pct', 'a\\b'];
const keys = ['title', 'language', 'id', 'status', '1', '0x10', 'true', 'null', '~', '"quoted key"', "'single'", 'two words', 'Қазақ', '__proto__', 'constructor', 'a-b'];

const scalar = fc.oneof(fc.constantFrom(...trickyScalars), fc.string({ maxLength: 10 }));
const key = fc.oneof(fc.constantFrom(...keys), fc.stringMatching(/^[a-z][a-z_]{0,6}$/u));

/** Block-style YAML assembled from tricky pieces, so that resolution and syntax corners come up. */
const blockYaml: fc.Arbitrary<string> = fc.letrec<{ map: string; node: string }>((tie) => ({
  map: fc.array(fc.tuple(key, tie('node')), { minLength: 1, maxLength: 5 }).map((entries) => entries.map(([name, value]) => `${name}:${value}`).join('\n')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar.map((value) => ` ${value}`),
    fc.array(scalar, { minLength: 1, maxLength: 3 }).map((items) => `\n${items.map((item) => `  - ${item}`).join('\n')}`),
    tie('map').map((inner) => `\n${inner.split('\n').map((line) => `  ${line}`).join('\n')}`),
  ),
})).map;

const edit = fc.tuple(fc.nat(), fc.constantFrom(':', '-', ' ', '  ', '"', "'", '\t', '#', '\n', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '%', '\\', '0', '_'), fc.constantFrom('insert', 'delete', 'replace'));

describe('core/frontmatter: the quick reader used by the corpus index', () => {
  const written = writtenFrontMatters();

  it('reads every front matter the writer gives the seeds, with the full reader\'s value, with either line ending', () => {
    for (const yaml of [...written, ...written.map((text) => text.replace(/\n/gu, '\r\n'))]) {
      const quick = quickFrontMatterValue(yaml);
      assert.ok(quick, `the writer's front matter went to the full reader:\n${yaml}`);
      assert.deepStrictEqual(quick, readFrontMatter(yaml, 0).value);
    }
  });

  it('agrees with the full reader on assembled YAML full of resolution and syntax corners', () => {
    fc.assert(fc.property(blockYaml, fc.boolean(), (yaml, crlf) => { assertAgrees(crlf ? yaml.replace(/\n/gu, '\r\n') : yaml); }), { numRuns: 3000 });
  });

  it('agrees with the full reader on written front matters damaged by random edits', () => {
    fc.assert(fc.property(fc.constantFrom(...written), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (yaml, edits, crlf) => {
      let text = crlf ? yaml.replace(/\n/gu, '\r\n') : yaml;
      for (const [at, piece, kind] of edits) {
        const position = at % (text.length + 1);
        text = kind === 'insert' ? text.slice(0, position) + piece + text.slice(position)
          : kind === 'delete' ? text.slice(0, position) + text.slice(position + 1) : text.slice(0, position) + piece + text.slice(position + 1);
      }
      assertAgrees(text);
    }), { numRuns: 3000 });
  });

  it('leaves anchors, aliases, tags, merge keys, complex keys and margin-continued quotes to the full reader', () => {
    for (const yaml of ['a: &x 1\nb: *x', 'a: !!binary aGVsbG8=', '<<: {a: 1}\nb: 2', '? [a]\n: 1', 'title: "two\nlines"', 'null: 1', '~: 1', ': 1', '%YAML 1.2\n---\na: 1', 'a:\n  - - b\n  - c', 'a: [b,\n c]', '- 1\n- 2', 'just text', 'a: [1, 2', 'a: 1\na: 2']) {
      assert.equal(quickFrontMatterValue(yaml), undefined, JSON.stringify(yaml));
    }
  });

  it('an article\'s front matter value for tagging and export is the full reader\'s: ordinary YAML read the quick way, the rest by the full reader, none where it is unreadable', () => {
    const ordinary = [...written, 'title: "Заголовок: «цитата»"\nlanguage: kk\ntags: [a, b]\ncount: 0x1F\nflag: True\nempty:\n', 'a: 1\r\nb: {c: d}\r\n', ''];
    const unusual = ['a: &x 1\nb: *x', '<<: {a: 1}\nb: 2', 'title: "two\nlines"', 'a: [1, 2', 'a: 1\na: 2', 'a: b: c', `${'k'.repeat(1025)}: 1\nlanguage: kk`];
    for (const yaml of ordinary) assert.notEqual(quickFrontMatterValue(yaml), undefined, `read the quick way: ${JSON.stringify(yaml)}`);
    for (const yaml of unusual) assert.equal(quickFrontMatterValue(yaml), undefined, `left to the full reader: ${JSON.stringify(yaml)}`);
    for (const yaml of [...ordinary, ...unusual]) {
      const article = `---\n${yaml}\n---\nБілім және ғылым министрлігі.\n`;
      assert.deepStrictEqual(readArticleFrontMatterValue(article).parsed?.value, readArticleFrontMatter(article).parsed?.value, JSON.stringify(yaml));
    }
    assert.equal(readArticleFrontMatterValue(`---\n${'k'.repeat(1025)}: 1\nlanguage: kk\n---\nText.\n`).parsed?.value, undefined);
    assert.equal(readArticleFrontMatterValue('---\na: [1, 2\n---\nText.\n').parsed?.value, undefined);
    assert.equal(readArticleFrontMatterValue('No front matter.\n').parsed, undefined);
  });

  it('keeps __proto__ and constructor as plain keys', () => {
    const value = quickFrontMatterValue('__proto__: {polluted: true}\nconstructor: x\n');
    assert.ok(value);
    assert.equal(Object.getPrototypeOf(value), null);
    assert.deepEqual(Object.keys(value), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
