import * as assert from 'node:assert/strict';
import { findRegionPhrases } from '../../../../src/core/tagging/entities/unknownNames';
import { tag } from '../../../../src/core/tagging/tag';
import { tokenizeWords } from '../../../../src/core/text/tokenize';

const found = (text: string): string[] => findRegionPhrases(text, tokenizeWords(text), 'ru').map((span) => `${span.kind} ${span.text}`);
const names = (text: string): string[] => tag(text, { lang: 'ru' }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text}`);

describe('core/tagging: Russian regions named by an adjective and a region word', () => {
  it('an adjective in -ский or -цкий before край, область, округ, район or республика, in any case form', () => {
    assert.deepEqual(found('В Краснодарском крае, Донецкой области и Чеченской республике прошли обыски.'), ['LOC Краснодарском крае', 'LOC Донецкой области', 'LOC Чеченской республике']);
    assert.deepEqual(found('Жители Ставропольского края и Ленинского района вышли на митинг.'), ['LOC Ставропольского края', 'LOC Ленинского района']);
    assert.deepEqual(found('Он управлял Краснодарским краем и Советским районом.'), ['LOC Краснодарским краем', 'LOC Советским районом']);
  });

  it('the adjective agrees with the region word; a capitalised Республика is a country\'s own name; a common adjective at a sentence\'s start is no region', () => {
    assert.deepEqual(found('Президент Зеленский республику не покидал.'), []);
    assert.deepEqual(found('Делегация Исламской Республики Иран и Кыргызской Республики прибыла.'), []);
    assert.deepEqual(found('Сельский округ остался без света. Городской округ тоже.'), []);
  });

  it('a word that is no region adjective, a lower-case one, or a plural region word is no region', () => {
    assert.deepEqual(found('Главой республики стал он. Новой области не будет. В российских регионах и областях спокойно.'), []);
    assert.deepEqual(found('В Павлодарской и Карагандинской областях прошли обыски.'), []);
  });

  it('the tagger names them where the model reads them as one organisation, and keeps the gazetteer\'s own', () => {
    assert.deepEqual(names('Жители Ставропольского края и Павлодарской области вышли на митинг.'), ['LOC Ставропольского края', 'LOC Павлодарской области']);
    assert.deepEqual(names('Губернатор Алтайского края заявил о выборах.'), ['LOC Алтайского края']);
    const regions = tag('Жители Ставропольского края и Павлодарской области вышли на митинг.', { lang: 'ru' }).spans;
    assert.equal(regions.find((span) => span.text === 'Павлодарской области')?.entityId, 'kb:pavlodar-region');
  });

  it('a known body before a region is the region\'s own body: one organisation, not the State Duma', () => {
    const spans = tag('Депутаты Государственной думы Ставропольского края приняли закон.', { lang: 'ru' }).spans;
    const body = spans.find((span) => span.kind === 'ORG');
    assert.equal(body?.text, 'Государственной думы Ставропольского края');
    assert.equal(body?.canonical, 'Государственной думы Ставропольского края');
    assert.notEqual(body?.entityId, 'kb:state-duma');
    assert.ok(!spans.some((span) => span.entityId === 'kb:state-duma'), spans.map((span) => `${span.kind} ${span.text} ${span.entityId ?? ''}`).join(' | '));
  });

  it('the State Duma before its own country\'s name, before a region not in the genitive, or alone, is still the State Duma', () => {
    const spans = tag('Депутат Государственной думы Российской Федерации выступил. Госдума приняла закон. Госдума Краснодарскому краю выделила средства.', { lang: 'ru' }).spans;
    assert.deepEqual(spans.filter((span) => span.kind === 'ORG').map((span) => `${span.text} ${span.entityId ?? ''}`), ['Государственной думы kb:state-duma', 'Госдума kb:state-duma', 'Госдума kb:state-duma']);
  });

  it('a parliament before its country\'s own name keeps its link', () => {
    const spans = tag('Жогорку Кенеш Кыргызской Республики принял закон.', { lang: 'ru' }).spans;
    assert.equal(spans.find((span) => span.text === 'Жогорку Кенеш')?.entityId, 'kb:jogorku-kenesh', spans.map((span) => `${span.kind} ${span.text} ${span.entityId ?? ''}`).join(' | '));
  });
});
