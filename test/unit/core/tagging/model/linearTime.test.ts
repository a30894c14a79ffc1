import * as assert from 'node:assert/strict';
import { tag } from '../../../../../src/core/tagging/tag';
import { leastCpuMsOf3 as leastOf3 } from '../../../cpuTime';

describe('core/tagging/model: pathological input is tagged in linear time', function () {
  this.timeout(120000);

  it('a 1 MB line with no spaces', () => {
    const line = (size: number): string => 'Қазақстан'.repeat(Math.ceil(size / 9)).slice(0, size);
    const result = tag(line(1_000_000), { lang: 'kk' });
    assert.ok(result.spans.every((span) => span.end <= 1_000_000));
    const small = leastOf3(() => tag(line(250_000), { lang: 'kk' }));
    const large = leastOf3(() => tag(line(1_000_000), { lang: 'kk' }));
    assert.ok(large < 10 * Math.max(small, 1), `250 KB: ${small.toFixed(0)} ms, 1 MB: ${large.toFixed(0)} ms of CPU`);
  });

  it('100,000 capitalised words in a row', () => {
    const words = (count: number): string => Array.from({ length: count }, (_, i) => `Слово${String.fromCharCode(0x0410 + (i % 32))}ов`).join(' ');
    const result = tag(words(100_000), { lang: 'ru' });
    assert.ok(result.spans.length > 0, 'capitalised words in a row are taken for names');
    const small = leastOf3(() => tag(words(25_000), { lang: 'ru' }));
    const large = leastOf3(() => tag(words(100_000), { lang: 'ru' }));
    assert.ok(large < 10 * Math.max(small, 1), `25,000 words: ${small.toFixed(0)} ms, 100,000 words: ${large.toFixed(0)} ms of CPU`);
  });

  it('a line full of unclosed quotation marks', () => {
    const marks = (count: number): string => 'Астана «бүгін '.repeat(count);
    assert.ok(tag(marks(70_000), { lang: 'kk' }).spans.length > 0);
    const small = leastOf3(() => tag(marks(17_500), { lang: 'kk' }));
    const large = leastOf3(() => tag(marks(70_000), { lang: 'kk' }));
    assert.ok(large < 10 * Math.max(small, 1), `17,500 marks: ${small.toFixed(0)} ms, 70,000 marks: ${large.toFixed(0)} ms of CPU`);
  });

  it('organisation heads without end, in Kazakh and Azerbaijani (phrases and joined organisations stay short)', () => {
    for (const [run, lang] of [['Білім Басқармасы ', 'kk'], ['Təhsil Nazirliyi ', 'az']] as const) {
      const heads = (count: number): string => run.repeat(count);
      const names = tag(heads(16_000), { lang }).spans.filter((span) => span.kind === 'ORG');
      assert.ok(names.length > 0 && names.every((span) => span.text.split(' ').length <= 20), `${lang}: the longest name has ${Math.max(...names.map((span) => span.text.split(' ').length))} words`);
      const small = leastOf3(() => tag(heads(4_000), { lang }));
      const large = leastOf3(() => tag(heads(16_000), { lang }));
      assert.ok(large < 10 * Math.max(small, 1), `${lang}: 4,000 heads: ${small.toFixed(0)} ms, 16,000 heads: ${large.toFixed(0)} ms of CPU`);
    }
  });
});
