import * as assert from 'node:assert/strict';
import { parseBlocks } from '../../../../src/core/article/blocks';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';

// Inputs that made the Markdown parser quadratic: long delimiter runs and deep nesting. Each must
// parse in linear time; these tests finish within mocha's timeout only when it does (the figures
// are in `npm run bench`).
const SIZE = 100_000;
const PATHOLOGICAL: Record<string, string> = {
  'a run of * around one letter': `${'*'.repeat(SIZE / 2)}x${'*'.repeat(SIZE / 2)}`,
  'a run of _ around one letter': `${'_'.repeat(SIZE / 2)}x${'_'.repeat(SIZE / 2)}`,
  'alternating *x': '*x'.repeat(SIZE / 2),
  'a run of >': '>'.repeat(SIZE),
  'a run of "> "': '> '.repeat(SIZE / 2),
  'nested list markers': `${'- '.repeat(SIZE / 2)}x`,
  'a run of [': '['.repeat(SIZE),
};

describe('core/article: parsing is linear, and .txt is not Markdown', () => {
  for (const [name, line] of Object.entries(PATHOLOGICAL)) {
    for (const plainText of [false, true]) {
      it(`${name} (${SIZE / 1000} KB, ${plainText ? '.txt' : '.md'})`, () => {
        const body = `Заголовок\n\n${line}\n\nСоңғы жол.\n`;
        const blocks = parseBlocks(body, 0, { plainText });
        assert.equal(blocks[0]?.text, 'Заголовок');
        assert.equal(blocks.at(-1)?.text, 'Соңғы жол.');
        const middle = blocks.slice(1, -1);
        assert.ok(middle.length >= 1);
        assert.equal(body.slice(middle[0]?.start, middle.at(-1)?.end), line.trimEnd(), 'the blocks cover the line');
      });
    }
  }

  it('the whole writer on 100 KB of *x in a .md and a .txt article', () => {
    for (const file of ['a.md', 'a.txt']) {
      const result = writeArticle(`Заголовок мақала\n\n${'*x'.repeat(SIZE / 2)}\n`, file);
      assert.equal(result.status, 'changed', file);
    }
  });

  it('.txt lines are text: no headings, emphasis, quotes or code; bullets are list items', () => {
    const body = '# Not a heading\n\nTitle\n=====\n\n> not a quote\n    indented paragraph\n```\nnot code\n```\n- a bullet\n';
    const blocks = parseBlocks(body, 0, { plainText: true });
    assert.deepEqual(blocks.map((block) => [block.kind, block.text]), [
      ['paragraph', '# Not a heading'],
      ['paragraph', 'Title'],
      ['paragraph', '====='],
      ['paragraph', '> not a quote'],
      ['paragraph', 'indented paragraph'],
      ['paragraph', '```'],
      ['paragraph', 'not code'],
      ['paragraph', '```'],
      ['listItem', '- a bullet'],
    ]);
  });

  it('.md keeps its structure: headings, wrapped paragraphs, list items, quotes', () => {
    const body = '# Тақырып\n\nБірінші жол\nекінші жол.\n\n- бір\n- екі\n\n> дәйексөз\n';
    const blocks = parseBlocks(body, 0, { plainText: false });
    assert.deepEqual(blocks.map((block) => [block.kind, block.text]), [
      ['heading', '# Тақырып'],
      ['paragraph', 'Бірінші жол\nекінші жол.'],
      ['listItem', '- бір'],
      ['listItem', '- екі'],
      ['quote', '> дәйексөз'],
    ]);
  });

  it('a body with lone carriage returns is cut into chunks like any other', () => {
    const paragraph = `${'Сөз '.repeat(40)}.\r\r`;
    const body = paragraph.repeat(2000);
    const blocks = parseBlocks(body, 0, { plainText: false });
    assert.equal(blocks.length, 2000);
    assert.equal(blocks[1999]?.firstLine, 3999);
  });
});
