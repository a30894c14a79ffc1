import * as assert from 'node:assert/strict';
import { parseBlocks } from '../../../../src/core/article/blocks';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { frontMatterOf, written } from '../metadata/helpers';

// Lines end at \n, \r\n and \r only. U+2028, U+2029 and U+0085 are characters inside a line, as
// they are to YAML 1.2; JavaScript's `^`/`$` with the `m` flag would take them for line ends.
const SEPARATORS = ['\u2028', '\u2029', '\u0085'] as const;

describe('core/article: line breaks are \\n, \\r\\n and \\r only', () => {
  it('a separator before --- inside the front matter does not close it', () => {
    for (const separator of SEPARATORS) {
      const text = `---\ntitle: "a"\nnote: x${separator}---\n---\nBody.\n`;
      const split = splitArticle(text);
      assert.equal(split.frontMatter?.yaml, `title: "a"\nnote: x${separator}---\n`, JSON.stringify(separator));
      assert.equal(split.body, 'Body.\n');
    }
  });

  it('a closing fence after a lone carriage return closes the front matter', () => {
    const split = splitArticle('---\ntitle: a\r---\rBody.\r');
    assert.equal(split.frontMatter?.yaml, 'title: a\r');
    assert.equal(split.body, 'Body.\r');
  });

  it('the second write of a title ending in U+2028 before --- changes nothing and adds no block', () => {
    const text = 'Заголовок\u2028---\n\nАстана қаласында форум өтті.\n';
    const once = written(text, 'u.txt');
    assert.ok(once.endsWith(text), 'the body is kept byte for byte');
    const again = writeArticle(once, 'u.txt');
    assert.equal(again.status, 'unchanged', again.status === 'changed' ? again.newText : '');
    assert.equal(frontMatterOf(once).id, 'u');
    assert.equal(once.split('\n---\n').length, 2, 'one front matter block');
  });

  it('generated values never carry a raw separator into the front matter', () => {
    for (const separator of SEPARATORS) {
      const out = written(`Жаңа заголовок${separator}екі\n\nАстана қаласында форум өтті.\n`, 'u.txt');
      const yaml = splitArticle(out).frontMatter?.yaml ?? '';
      assert.ok(!yaml.includes(separator), yaml);
      assert.equal(frontMatterOf(out).title, `Жаңа заголовок${separator}екі`);
    }
  });

  it('blocks of a body with separators: the separator stays inside its line', () => {
    const body = 'Бірінші жол\u2028әлі бірінші\n\nЕкінші жол\n';
    const blocks = parseBlocks(body, 0, { plainText: true });
    assert.deepEqual(blocks.map((block) => [block.text, block.firstLine]), [['Бірінші жол\u2028әлі бірінші', 1], ['Екінші жол', 3]]);
  });
});
