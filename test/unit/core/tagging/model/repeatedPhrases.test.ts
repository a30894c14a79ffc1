import * as assert from 'node:assert/strict';
import { tagRepeatedPhrases } from '../../../../../src/core/tagging/model/repeatedPhrases';
import { tag } from '../../../../../src/core/tagging/tag';
import { tokenizeWords } from '../../../../../src/core/text/tokenize';
import type { Span } from '../../../../../src/core/tagging/types';

function spanOf(text: string, name: string, kind: Span['kind'], from = 0): Span {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, kind, text: name, canonical: name };
}

function repeated(text: string, spans: Span[]): string[] {
  return tagRepeatedPhrases(text, tokenizeWords(text), spans, 'ru').map((span) => `${span.kind} ${span.text}`);
}

describe('core/tagging/model: a name of several words, read again in the same article (repeatedPhrases.ts)', () => {
  it('an organisation tagged once is tagged again in another case, and the place inside it gives way', () => {
    const text = 'Он сказал в интервью «Голоса Америки». Голос Америки: Спасибо за интервью!';
    const spans = [spanOf(text, 'Голоса Америки', 'ORG'), spanOf(text, 'Америки', 'LOC', text.indexOf('Голос Америки'))];
    assert.deepEqual(repeated(text, spans), ['ORG Голоса Америки', 'ORG Голос Америки']);
  });

  it('lower-case words inside the name inflect too, and must be lower-case again', () => {
    const text = 'Солисты Большого театра выступили в Париже. Ремонт в Большом театре окончен. Это большой театр Москвы.';
    assert.deepEqual(repeated(text, [spanOf(text, 'Большого театра', 'ORG')]), ['ORG Большого театра', 'ORG Большом театре']);
  });

  it('nothing is taken where a name crosses the repeated words, or across a line break', () => {
    const text = 'Министерство юстиции выступило. Министерства юстиции Казахстана решение. Министерство\nюстиции молчит.';
    const spans = [spanOf(text, 'Министерство юстиции', 'ORG'), spanOf(text, 'юстиции Казахстана', 'ORG')];
    assert.deepEqual(repeated(text, spans), ['ORG Министерство юстиции', 'ORG юстиции Казахстана']);
  });

  it('where the same words hold a name of the same kind already, that reading stays', () => {
    const text = 'Форумға ҚХР Ғылым академиясы қатысты. Сонда ҚХР Ғылым академиясы баяндама жасады.';
    const spans = [spanOf(text, 'Форумға ҚХР Ғылым академиясы', 'ORG'), spanOf(text, 'ҚХР Ғылым академиясы', 'ORG', 30)];
    assert.deepEqual(tagRepeatedPhrases(text, tokenizeWords(text), spans, 'kk').map((span) => `${span.kind} ${span.text}`), ['ORG Форумға ҚХР Ғылым академиясы', 'ORG ҚХР Ғылым академиясы']);
  });

  it('in Azerbaijani, which capitalises every word of a name, a name ending in a lower-case word is not repeated', () => {
    const text = 'Asiya Ombudsmanlar Assosiasiyası çərçivəsində görüş oldu. Asiya Ombudsmanlar Assosiasiyası çərçivəsində yenə danışıldı.';
    const spans = [spanOf(text, 'Asiya Ombudsmanlar Assosiasiyası çərçivəsində', 'ORG')];
    assert.equal(tagRepeatedPhrases(text, tokenizeWords(text), spans, 'az').length, 1);
  });

  it('a span that ends in a preposition is not repeated', () => {
    const text = 'Корпорация Philips в рамках проекта. Компания Philips в Москве.';
    assert.deepEqual(repeated(text, [spanOf(text, 'Philips в', 'ORG')]), ['ORG Philips в']);
  });

  it('in the whole tagger, with the shipped model, the repeated name is one organisation', () => {
    const text = 'Об этом он сказал в эксклюзивном интервью Русской службе «Голоса Америки». Голос Америки: Как вы оцениваете решение суда?';
    const names = tag(text, { lang: 'ru' }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text}`);
    assert.ok(names.includes('ORG Голос Америки'), names.join(', '));
  });
});
