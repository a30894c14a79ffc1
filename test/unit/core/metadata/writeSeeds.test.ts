import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { SEED_NAMES, SEEDS } from '../../paths';
import { frontMatterOf, written } from './helpers';

describe('core/metadata/writeArticle on the seeds', () => {
  for (const name of SEED_NAMES) {
    it(`${name}: valid front matter, body byte-identical, second run changes nothing`, () => {
      const original = readFileSync(path.join(SEEDS, name), 'utf8');
      const first = written(original, name);
      assert.equal(splitArticle(first).body, original, 'the body is the seed, unchanged');
      assert.deepEqual(checkArticle(first, name), []);
      assert.deepEqual(writeArticle(first, name), { status: 'unchanged', problems: [] });
    });
  }

  it('writes what the texts say: languages, titles, authors, sources, the 003 dateline', () => {
    const metadata = Object.fromEntries(SEED_NAMES.map((name) => [name.slice(0, 3), frontMatterOf(written(readFileSync(path.join(SEEDS, name), 'utf8'), name))]));
    assert.deepEqual(Object.values(metadata).map((m) => m.language), ['kk', 'ru', 'ru', 'kk', 'az']);
    assert.equal(metadata['000']?.title, null);
    assert.equal(metadata['002']?.title, 'Казахстан и Евросоюз переходят на новый уровень сотрудничества в сфере защиты прав человека');
    assert.deepEqual(metadata['001']?.authors, ['Жанат Эрнст', 'Жомарт Ахметов']);
    assert.equal(metadata['001']?.source, '24KZ');
    assert.equal(metadata['002']?.source, 'МИА «Казинформ»');
    assert.equal(metadata['004']?.source, 'AZƏRTAC');
    assert.equal(metadata['003']?.published, '2026-02-27');
    assert.equal(metadata['003']?.id, '003_c55b704b24c84185');
  });

  it('counts boilerplate lines from the top of the file, front matter included, and keeps them true after a decision', () => {
    const name = '003_c55b704b24c84185.txt';
    const seed = readFileSync(path.join(SEEDS, name), 'utf8');
    const seedLines = seed.split('\n');
    const check = (text: string): void => {
      const fileLines = text.split('\n');
      const bodyFrom = fileLines.length - seedLines.length;
      const boilerplate = frontMatterOf(text).boilerplate as { lines: [number, number]; reason: string }[];
      // The body lines of the seed that are furniture: the site header, the dateline, the footer.
      assert.deepEqual(boilerplate.map(({ lines, reason }) => [lines[0] - bodyFrom, lines[1] - bodyFrom, reason]), [
        [1, 1, 'site-header'], [47, 47, 'dateline'], [49, 49, 'app-promotion'], [51, 51, 'site-footer'], [53, 53, 'partners'],
      ]);
      for (const { lines } of boilerplate) assert.equal(fileLines[lines[0] - 1], seedLines[lines[0] - bodyFrom - 1], `line ${lines[0]} of the file is the boilerplate`);
    };
    const first = written(seed, name);
    check(first);
    const decided = recordDecisions(first, name, [{ type: 'reject', kind: 'ORG', name: 'Алматы қаласы Дін істері жөніндегі басқармасы' }, { type: 'accept', kind: 'LOC', name: 'Қазақстан' }]);
    assert.equal(decided.status, 'changed');
    if (decided.status !== 'changed') return;
    check(decided.newText);
    assert.equal(writeArticle(decided.newText, name).status, 'unchanged', 'a re-run changes nothing');
  });

  it('writes non-ASCII as itself, quotes dates and ids, and never folds long lines', () => {
    const text = written(readFileSync(path.join(SEEDS, '003_c55b704b24c84185.txt'), 'utf8'), '003_c55b704b24c84185.txt');
    const yaml = splitArticle(text).frontMatter?.yaml ?? '';
    assert.ok(!yaml.includes('\\u'), 'no \\u escapes');
    assert.match(yaml, /^title: "Қазақстан БҰҰ алаңдарында: адам құқықтары және қарусыздану мәселелері талқыланды"$/mu);
    assert.match(yaml, /^published: '2026-02-27'$/mu);
    assert.match(yaml, /^id: '003_c55b704b24c84185'$/mu);
    assert.match(yaml, /^ {2}- \{lines: \[\d+, \d+\], reason: dateline\}$/mu, 'one line per boilerplate block');
  });
});
