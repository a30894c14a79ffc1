import * as assert from 'node:assert/strict';
import { shippedModel } from '../../../../../src/core/tagging/model/shippedModel';
import { separatePersons, tagWithModel, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import type { EntityKind } from '../../../../../src/core/tagging/model/labels';

/** The spans `separatePersons` makes of `names` (each given as its words in `text`, with its kind), as `KIND words`. */
function separated(text: string, names: [string, EntityKind][], lang: 'ru' | 'kk' = 'ru'): string[] {
  const { tokens, features } = textFeatures(text, lang, []);
  const spans = names.map(([name, kind]): [number, number, EntityKind] => {
    const start = text.indexOf(name);
    const first = tokens.findIndex((token) => token.start === start);
    const end = tokens.findIndex((token) => token.end === start + name.length) + 1;
    assert.ok(first >= 0 && end > first, `${name} is a run of tokens`);
    return [first, end, kind];
  });
  return separatePersons(spans, tokens, features, lang).map(([first, end, kind]) => `${kind} ${text.slice(tokens[first]?.start, tokens[end - 1]?.end)}`);
}

/** Asserts that `separatePersons` leaves the name `name` (of `kind`) in `text` whole. */
function keptWhole(text: string, name: string, kind: EntityKind, lang: 'ru' | 'kk' = 'ru'): void {
  assert.deepEqual(separated(text, [[name, kind]], lang), [`${kind} ${name}`]);
}

describe('core/tagging/model: where a person begins and ends beside other names (separatePersons)', () => {
  it('an organisation that runs on into a full name ends before the given name', () => {
    const text = 'Об этом сказал генеральный директор Большого театра Анатолий Иксанов.';
    assert.deepEqual(separated(text, [['Большого театра Анатолий Иксанов', 'ORG']]), ['ORG Большого театра', 'PER Анатолий Иксанов']);
  });

  it('a person the organisation is named after stays in it', () => {
    keptWhole('Солисты Музыкального театра имени Сергея Прокофьева выступили в Париже.', 'Музыкального театра имени Сергея Прокофьева', 'ORG');
  });

  it('a word the dictionary knows as a common word too is not taken for a given name', () => {
    keptWhole('Акции скупает Российский фонд Надежда Капитал.', 'Российский фонд Надежда Капитал', 'ORG');
  });

  it('a person ends at a surname inside it, not at a patronymic', () => {
    const text = 'Президент Қасым-Жомарт Тоқаев Арыстың тұрғындарына сөз арнады.';
    assert.deepEqual(separated(text, [['Қасым-Жомарт Тоқаев Арыстың', 'PER']], 'kk'), ['PER Қасым-Жомарт Тоқаев']);
    keptWhole('Нұрсұлтан Әбішұлы Назарбаев сөз сөйледі.', 'Нұрсұлтан Әбішұлы Назарбаев', 'PER', 'kk');
  });

  it('a common adjective before its noun is not the last word of a full name', () => {
    const text = 'Как сообщил Сергей Иванов Русской службе Би-би-си, суд отложен.';
    assert.deepEqual(separated(text, [['Сергей Иванов Русской', 'PER']]), ['PER Сергей Иванов']);
  });

  it('a surname that is an adjective stays: two words, or after a patronymic', () => {
    keptWhole('Люди собрались у памятника Юрию Долгорукому ещё днём.', 'Юрию Долгорукому', 'PER');
    keptWhole('Лев Николаевич Толстой написал роман.', 'Лев Николаевич Толстой', 'PER');
  });

  it('the shipped model tags the person without the adjective after it', () => {
    const model = shippedModel();
    assert.ok(model, 'the shipped model loads');
    const text = 'Как сообщил Сергей Иванов Русской службе Би-би-си, суд отложен. Письмо направил Андрей Сахаров Нобелевскому комитету.';
    const persons = tagWithModel(text, 'ru', model, []).filter((span) => span.kind === 'PER').map((span) => span.text);
    assert.deepEqual(persons, ['Сергей Иванов', 'Андрей Сахаров']);
  });
});
