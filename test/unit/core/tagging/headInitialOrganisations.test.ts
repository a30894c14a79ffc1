import * as assert from 'node:assert/strict';
import { findHeadInitialOrganisations } from '../../../../src/core/tagging/entities/headInitialPhrases';
import { tag } from '../../../../src/core/tagging/tag';
import { tokenizeWords } from '../../../../src/core/text/tokenize';
import type { LanguageCode } from '../../../../src/core/tagging/types';

function phrases(text: string, lang: LanguageCode = 'ru'): string[] {
  return findHeadInitialOrganisations(text, tokenizeWords(text), lang).map((span) => span.text);
}

describe('core/tagging: organisations led by their head or by adjectives before it (Russian)', () => {
  it('a capitalised adjective, lower-case adjectives and a head, in any case form', () => {
    assert.deepEqual(phrases('Жалобу рассмотрел Верховный суд, а затем её передали в Генеральную прокуратуру.'), ['Верховный суд', 'Генеральную прокуратуру']);
    assert.deepEqual(phrases('Представитель Федеральной миграционной службы сообщил, что документы готовы.'), ['Федеральной миграционной службы']);
    assert.deepEqual(phrases('Дело передано в Московский городской суд.'), ['Московский городской суд']);
  });

  it('a capitalised head and the genitive after it: adjectives, then a noun', () => {
    assert.deepEqual(phrases('Письмо направлено в Министерство иностранных дел и в Комитет национальной безопасности.'), ['Министерство иностранных дел', 'Комитет национальной безопасности']);
    assert.deepEqual(phrases('По данным Министерства юстиции, организация закрыта.'), ['Министерства юстиции']);
  });

  it('not at a sentence start, where the capital says nothing; not in the plural', () => {
    assert.deepEqual(phrases('Районный суд отказал в иске. Центр города перекрыт.'), []);
    assert.deepEqual(phrases('Как отмечают правозащитники, Российские суды редко оправдывают.'), []);
  });

  it('a phrase right before a quoted name is its descriptor, not a name', () => {
    assert.deepEqual(phrases('Юрист Общественного фонда «Хартия за права человека» подал иск.'), []);
  });

  it('a preposition, a conjunction or an adverb after a head is not the noun it governs', () => {
    assert.deepEqual(phrases('Заседание Совета при президенте прошло в Сенате и в правительстве.'), []);
    assert.deepEqual(phrases('Об этом заявил Комитет вчера, а Совет сегодня.'), []);
  });

  it('Kazakh and Azerbaijani name their bodies head last: none are found this way', () => {
    assert.deepEqual(phrases('Шағым Жоғарғы сотқа жіберілді.', 'kk'), []);
    assert.deepEqual(phrases('Şikayət Ali Məhkəməyə göndərildi.', 'az'), []);
  });

  it('the tagger proposes them where the entity model leaves those words', () => {
    const found = tag('По данным Министерства юстиции, организация закрыта.', { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text} ${span.source ?? ''}`);
    assert.deepEqual(found, ['ORG Министерства юстиции rule']);
  });
});
