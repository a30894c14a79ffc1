import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { identifyLanguage } from '../../../../src/core/tagging/lang/identify';
import { REPO_ROOT, SEEDS } from '../../paths';

describe('core/tagging/lang/identify', () => {
  it('identifies the seeds: kk, ru, ru, kk, az', () => {
    const expected = { '000': 'kk', '001': 'ru', '002': 'ru', '003': 'kk', '004': 'az' } as const;
    for (const name of ['000_a37ffc7efebda23c.txt', '001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt', '003_c55b704b24c84185.txt', '004_df8d99c26602f3bf.txt']) {
      const guess = identifyLanguage(readFileSync(path.join(SEEDS, name), 'utf8'));
      assert.equal(guess.lang, expected[name.slice(0, 3) as keyof typeof expected], name);
      assert.equal(guess.script, name.startsWith('004') ? 'Latn' : 'Cyrl', name);
    }
  });

  it('identifies every paragraph of the seeds that has 40 letters or more', () => {
    const expected = { '000': 'kk', '001': 'ru', '002': 'ru', '003': 'kk', '004': 'az' } as const;
    let paragraphs = 0;
    for (const [prefix, lang] of Object.entries(expected)) {
      const name = ['000_a37ffc7efebda23c.txt', '001_eb5c65e7f4da4a69.txt', '002_dc49007d92890326.txt', '003_c55b704b24c84185.txt', '004_df8d99c26602f3bf.txt'].find((file) => file.startsWith(prefix)) ?? '';
      for (const paragraph of readFileSync(path.join(SEEDS, name), 'utf8').split(/\n\s*\n/u).filter((text) => (text.match(/\p{L}/gu) ?? []).length >= 40)) {
        assert.equal(identifyLanguage(paragraph).lang, lang, paragraph);
        paragraphs++;
      }
    }
    assert.ok(paragraphs >= 40, `${String(paragraphs)} paragraphs`);
  });

  it('identifies single sentences, including Russian ones that name Kazakh people', () => {
    assert.equal(identifyLanguage('Тоқаев встретился с делегацией ООН в Астане.').lang, 'ru');
    assert.equal(identifyLanguage('Тоқаев БҰҰ делегациясымен кездесті.').lang, 'kk');
    assert.equal(identifyLanguage('Prezident BMT nümayəndə heyəti ilə görüşüb.').lang, 'az');
    assert.equal(identifyLanguage('Проект ҹамијјәти үчүн ҝөрүш кечирилди.').lang, 'az');
  });

  it('identifies every sentence of the development sets', () => {
    for (const lang of ['kk', 'ru', 'az'] as const) {
      for (const line of readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'dev', `${lang}.gold.jsonl`), 'utf8').split('\n').filter((row) => row.trim() !== '')) {
        const { text } = JSON.parse(line) as { text: string };
        assert.equal(identifyLanguage(text).lang, lang, text);
      }
    }
  });

  it('says und rather than guess for other languages and for no letters', () => {
    const others = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'dev', 'other-languages.tsv'), 'utf8').split('\n').filter((row) => row.trim() !== '');
    assert.ok(others.length >= 8);
    for (const row of others) assert.equal(identifyLanguage(row.split('\t')[1] ?? '').lang, 'und', row);
    assert.equal(identifyLanguage('The delegation met in Geneva on Monday.').lang, 'und');
    assert.equal(identifyLanguage('Cumhurbaşkanı Ankara’da görüştü.').lang, 'und');
    assert.deepEqual(identifyLanguage('2789 — 27.02.2026'), { lang: 'und', script: 'Zyyy' });
  });
});
