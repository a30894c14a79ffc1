import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../../src/core/article/analyze';
import { SEEDS } from '../../paths';

function seed(name: string): ReturnType<typeof analyzeArticle> {
  return analyzeArticle(readFileSync(path.join(SEEDS, name), 'utf8'), { plainText: true });
}

function furniture(analysis: ReturnType<typeof analyzeArticle>): string[] {
  return analysis.boilerplate.map(({ block, reason }) => `${block.firstLine}:${reason}`);
}

describe('core/article/analyze on the seeds', () => {
  it('000 (kk) starts with running text: no title is invented, the first line is the lede', () => {
    const analysis = seed('000_a37ffc7efebda23c.txt');
    assert.equal(analysis.title, undefined);
    assert.match(analysis.lede?.text ?? '', /^2024 жылғы 29 мамырда Астана/u);
    assert.deepEqual(furniture(analysis), []);
    assert.equal(analysis.published, undefined, 'an event date is not a publication date');
  });

  it('001 (ru) finds the byline authors and the outlet named by the reporting formula', () => {
    const analysis = seed('001_eb5c65e7f4da4a69.txt');
    assert.equal(analysis.title, undefined);
    assert.deepEqual(analysis.authors, ['Жанат Эрнст', 'Жомарт Ахметов']);
    assert.equal(analysis.source?.name, '24KZ');
    assert.deepEqual(furniture(analysis), ['18:byline']);
  });

  it('002 (ru) finds the headline, the outlet and the view counter and error-report furniture', () => {
    const analysis = seed('002_dc49007d92890326.txt');
    assert.equal(analysis.title, 'Казахстан и Евросоюз переходят на новый уровень сотрудничества в сфере защиты прав человека');
    assert.equal(analysis.source?.name, 'МИА «Казинформ»');
    assert.deepEqual(furniture(analysis), ['3:view-counter', '25:error-report', '27:error-report', '29:error-report']);
    assert.match(analysis.lede?.text ?? '', /^Состоялся четырехдневный визит/u);
  });

  it('003 (kk) tells the site header from the headline and reads the dateline', () => {
    const analysis = seed('003_c55b704b24c84185.txt');
    assert.equal(analysis.title, 'Қазақстан БҰҰ алаңдарында: адам құқықтары және қарусыздану мәселелері талқыланды');
    assert.equal(analysis.published?.value, '2026-02-27');
    assert.equal(analysis.published?.precision, 'day');
    assert.deepEqual(furniture(analysis), ['1:site-header', '47:dateline', '49:app-promotion', '51:site-footer', '53:partners']);
    assert.ok(analysis.blocks.filter((block) => block.kind === 'listItem').length >= 8, 'bullet lines are list items');
  });

  it('004 (az) finds the headline after leading blank lines and AZƏRTAC as the source', () => {
    const analysis = seed('004_df8d99c26602f3bf.txt');
    assert.equal(analysis.title, 'COP29 zamanı Ombudsman təsisatı tərəfindən panel müzakirələrin təşkili nəzərdə tutulub');
    assert.equal(analysis.source?.name, 'AZƏRTAC');
    assert.equal(analysis.titleBlock?.firstLine, 3);
  });

  it('gives every block exact offsets into the file text', () => {
    const text = readFileSync(path.join(SEEDS, '003_c55b704b24c84185.txt'), 'utf8');
    for (const block of seed('003_c55b704b24c84185.txt').blocks) assert.equal(text.slice(block.start, block.end), block.text);
  });
});

describe('core/article/analyze on constructed articles', () => {
  it('counts body lines after the front matter, so boilerplate line ranges survive front matter edits', () => {
    const analysis = analyzeArticle('---\nid: x\n---\nЗаголовок статьи о правах\n\n2789\n\nТекст статьи здесь.\n', { plainText: true });
    assert.equal(analysis.title, 'Заголовок статьи о правах');
    assert.deepEqual(furniture(analysis), ['3:view-counter']);
  });

  it('takes a Markdown heading as the title and keeps wrapped paragraphs whole', () => {
    const analysis = analyzeArticle('# Қазақстан жаңалықтары\n\nБірінші жол\nекінші жол.\n', { plainText: false });
    assert.equal(analysis.title, 'Қазақстан жаңалықтары');
    assert.equal(analysis.contentBlocks.length, 1);
  });

  it('reads Azerbaijani and Kazakh bylines and a prefixed ISO dateline', () => {
    const az = analyzeArticle('Başlıq burada yazılıb\n\nMətn.\n\nMüəlliflər: Səbinə Əliyeva və Liu Xuexin\n', { plainText: true });
    assert.deepEqual(az.authors, ['Səbinə Əliyeva', 'Liu Xuexin']);
    const ru = analyzeArticle('Текст новости.\n\nОпубликовано: 2024-05-29 10:15\n', { plainText: true });
    assert.equal(ru.published?.value, '2024-05-29');
  });

  it('refuses impossible datelines', () => {
    assert.equal(analyzeArticle('Текст.\n\n31.02.2026\n', { plainText: true }).published, undefined);
  });
});
