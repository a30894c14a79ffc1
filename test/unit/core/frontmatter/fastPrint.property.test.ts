import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Document, isMap, parseDocument, Scalar, visit } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { printSimpleNode } from '../../../../src/core/frontmatter/fastPrint';
import { printNode, printWithLibrary } from '../../../../src/core/frontmatter/print';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';

const SEEDS = path.resolve(__dirname, '..', '..', '..', '..', '..', 'seeds');

const trickyStrings = ['1_000', '0b11', '0o17', '0x1F', '-0x1F', '+12', '012', '1e3', '74234e98', '06ac4230', '1.', '.5', '-.5e-3', '.inf', '-.Inf',
  '.NaN', 'null', 'Null', 'NULL', '~', '', 'yes', 'no', 'on', 'true', 'False', 'TRUE', 'tRUE', '2020-01-02', '1:20', '=', '-', '- a', 'a #b',
  'a#b', 'a #', '"q"', "'q'", "it's", 'say "x"', `both ' "`, 'Қазақстан', 'İnsan hüquqları', '«24KZ»', '😀', 'a: b', 'a:b', 'a:', '[1, 2]', 'a,b',
  '{a: 1}', 'Q&A', 'x*y', 'a!b', '@at', '`tick`', '%pct', 'a\\b', ' lead', 'trail ', 'two  spaces', '--- doc', '... end', '? q', ': c', '#c',
  'tab\there', 'line\nbreak', 'sep\u2028arator', 'nel\u0085', 'bell\u0007', 'lone \ud800', 'a\u00a0b', '|', '>', '!', '&a', '*a', 'Тоқаев, Қ.-Ж.'];

const text = fc.oneof(fc.constantFrom(...trickyStrings), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
const scalarValue = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom(1.5, -0, 1e21, Number.MAX_SAFE_INTEGER + 2));
const key = fc.oneof(fc.constantFrom('id', 'title', 'name', 'forms', 'mentions', 'generated'), fc.stringMatching(/^[a-z][a-z_]{0,6}$/u), text);

/** A value with the writer's styles: flow maps in lists, single-quoted strings here and there. */
interface Shaped { value: unknown; flow: boolean; quote: boolean | 'double' }
const shaped: fc.Arbitrary<Shaped> = fc.letrec<{ node: Shaped }>((tie) => ({
  node: fc.record({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalarValue,
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    ),
    flow: fc.boolean(),
    quote: fc.constantFrom(false, true, 'double' as const),
  }),
})).node;

/** A Document node of a shaped value, styled as the writer styles its nodes. */
function nodeOf(document: Document, shape: Shaped): unknown {
  const { value } = shape;
  if (Array.isArray(value) || (value !== null && typeof value === 'object')) {
    const node = document.createNode(Array.isArray(value) ? [] : {}) as { flow: boolean; items: unknown[] };
    node.flow = shape.flow;
    if (Array.isArray(value)) {
      for (const item of value as Shaped[]) node.items.push(nodeOf(document, item));
    } else {
      for (const [name, item] of Object.entries(value as Record<string, Shaped>)) node.items.push(document.createPair(name, nodeOf(document, item)));
    }
    return node;
  }
  const scalar = new Scalar(value);
  if (shape.quote !== false && typeof value === 'string') scalar.type = shape.quote === 'double' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  return scalar;
}

/** Whether the direct printer printed `node` (and then exactly as the library does). */
function assertSame(node: unknown): boolean {
  const fast = printSimpleNode(node);
  if (fast === undefined) return false;
  assert.equal(fast, printWithLibrary(node));
  return true;
}

describe('core/frontmatter: the direct printer prints what the yaml library prints', () => {
  it('on random values in the writer\'s styles (block and flow collections, plain and single-quoted strings)', () => {
    let printed = 0;
    fc.assert(fc.property(shaped, (shape) => {
      const document = new Document();
      if (assertSame(nodeOf(document, { ...shape, value: shape.value !== null && typeof shape.value === 'object' ? shape.value : [shape] }))) printed++;
    }), { numRuns: 5000 });
    // The comparison means something only if the direct printer takes most cases on.
    assert.ok(printed > 2000, `the direct printer printed only ${printed} of 5000 values`);
  });

  it('on every tricky string, as a block value, a flow item, a key and single-quoted', () => {
    for (const value of trickyStrings) {
      for (const flow of [false, true]) {
        for (const quote of [false, true, 'double'] as const) {
          const document = new Document();
          assertSame(nodeOf(document, { value: { v: { value, flow, quote } }, flow, quote }));
          assertSame(nodeOf(document, { value: [{ value, flow, quote }], flow, quote }));
          assertSame(nodeOf(document, { value: { [value]: { value: 1, flow, quote } }, flow, quote }));
        }
      }
    }
  });

  it('prints the whole front matter the writer gives each seed, and the nodes parsed back from it', () => {
    for (const name of readdirSync(SEEDS).sort()) {
      const result = writeArticle(readFileSync(path.join(SEEDS, name), 'utf8'), name);
      assert.equal(result.status, 'changed');
      const yaml = splitArticle(result.newText).frontMatter?.yaml ?? '';
      const parsed = parseDocument(yaml);
      assert.ok(isMap(parsed.contents));
      assert.equal(printSimpleNode(parsed.contents), yaml, `${name}: the direct printer gave up on the writer's own front matter`);
      assert.equal(printNode(parsed.contents), printWithLibrary(parsed.contents));
    }
  });

  it('leaves anchors, tags, comments kept as blank lines and number formats to the library', () => {
    for (const yaml of ['a: &x 1\nb: *x\n', 'a: !!str x\n', 'a: 0x1F\n', 'a: ~\n', 'a: True\n', 'a: 1.50\n', 'a: 1\n\nb: 2\n', 'a: |\n  x\n']) {
      const parsed = parseDocument(yaml);
      visit(parsed, { Node(_, item) { if ('comment' in item) item.comment = null; } });
      assert.equal(printSimpleNode(parsed.contents), undefined, JSON.stringify(yaml));
    }
  });
});
