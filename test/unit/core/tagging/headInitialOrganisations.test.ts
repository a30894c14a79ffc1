import * as assert from 'node:assert/strict';
import { findHeadInitialOrganisations } from '../../../../src/core/tagging/entities/headInitialPhrases';
import { tag } from '../../../../src/core/tagging/tag';
import { CONTINUES, isWord, sentenceStarts, tokenizeAll } from '../../../../src/core/text/tokenize';
import type { LanguageCode } from '../../../../src/core/tagging/types';

/** The rule on a text, with the sentence starts as the pipeline gives them (the entity model's reading). */
function phrases(text: string, lang: LanguageCode = 'ru'): string[] {
  const all = tokenizeAll(text);
  const starts = sentenceStarts(text, all);
  const sentenceFirst = new Set(all.filter((_, k) => starts[k] !== CONTINUES).map((token) => token.start));
  return findHeadInitialOrganisations(text, all.filter(isWord), lang, (token) => sentenceFirst.has(token.start)).map((span) => span.text);
}

describe('core/tagging: organisations led by their head or by adjectives before it (Russian)', () => {
  it('a capitalised adjective, lower-case adjectives and a head, in any case form', () => {
    assert.deepEqual(phrases('Жалобу рассмотрел Верховный суд, а затем её передали в Генеральную прокуратуру.'), ['Верховный суд', 'Генеральную прокуратуру']);
    assert.deepEqual(phrases('Представитель Федеральной миграционной службы сообщил, что документы готовы.'), ['Федеральной миграционной службы']);
    assert.deepEqual(phrases('Дело передано в Московский городской суд.'), ['Московский городской суд']);
    assert.deepEqual(phrases('Дело рассмотрел Северо-Казахстанский областной суд.'), ['Северо-Казахстанский областной суд']);
  });

  it('a capitalised head and the genitive after it: adjectives, then a noun', () => {
    assert.deepEqual(phrases('Письмо направлено в Министерство иностранных дел и в Комитет национальной безопасности.'), ['Министерство иностранных дел', 'Комитет национальной безопасности']);
    assert.deepEqual(phrases('По данным Министерства юстиции, организация закрыта.'), ['Министерства юстиции']);
    // A genitive plural in -ей is the noun, not an adjective before a verb.
    assert.deepEqual(phrases('Члены Палаты предпринимателей заявили о нарушениях.'), ['Палаты предпринимателей']);
    assert.deepEqual(phrases('Жалобу направили в Союз писателей.'), ['Союз писателей']);
  });

  /** Sentences in which the rule finds nothing, by what keeps it from finding a name. */
  const FOUND_NONE: readonly [string, readonly string[]][] = [
    ['not at a sentence start, where the capital says nothing, as the model reads sentences', [
      'Районный суд отказал в иске. Центр города перекрыт.', 'Вот так… Районный суд отказал.', 'Иск отклонён.   Районный суд отказал.']],
    ['no plural head, and no proper word for an adjective', [
      'Как отмечают правозащитники, Российские суды редко оправдывают.', 'Дело передано Российским судам.', 'Страны подписали с Россией союз о сотрудничестве.']],
    ['a preposition, a conjunction, an adverb or a verb after a head is not the noun it governs', [
      'Заседание Совета при президенте прошло в Сенате и в правительстве.', 'Об этом заявил Комитет вчера, а Совет сегодня.',
      'В ответ Палата приняла закон, а Суд фактически отказал, и Комиссия была распущена.']],
  ];
  for (const [why, texts] of FOUND_NONE) {
    it(why, () => {
      for (const text of texts) assert.deepEqual(phrases(text), [], text);
    });
  }

  it('Kazakh and Azerbaijani name their bodies head last: a Russian-shaped phrase in their text is not found this way', () => {
    assert.deepEqual(phrases('Дело рассмотрел Верховный суд.', 'ru'), ['Верховный суд'], 'the Russian rule finds it');
    assert.deepEqual(phrases('Дело рассмотрел Верховный суд.', 'kk'), []);
    assert.deepEqual(phrases('Дело рассмотрел Верховный суд.', 'az'), []);
  });

  it('the tagger proposes them where the entity model leaves those words', () => {
    const found = tag('По данным Министерства юстиции, организация закрыта.', { lang: 'ru' }).spans.map((span) => `${span.kind} ${span.text} ${span.source ?? ''}`);
    assert.deepEqual(found, ['ORG Министерства юстиции rule']);
  });

  it('a phrase right before a quoted name is found, and the tagger leaves it out as the name\'s descriptor', () => {
    const text = 'Юрист Общественного фонда «Хартия за права человека» подал иск.';
    assert.deepEqual(phrases(text), ['Общественного фонда']);
    assert.deepEqual(tag(text, { lang: 'ru' }).spans.filter((span) => span.kind === 'ORG').map((span) => span.text), ['Хартия за права человека']);
  });
});
