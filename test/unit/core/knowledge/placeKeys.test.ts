import * as assert from 'node:assert/strict';
import { linkEntities, localEntityId } from '../../../../src/core/knowledge/link';
import { personNameKey } from '../../../../src/core/knowledge/personKey';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode, Span } from '../../../../src/core/tagging/types';

/** One mention as the tagger gives it, linked alone in its sentence. */
function linkOne(mention: string, kind: Span['kind'], lang: LanguageCode): Span | undefined {
  const [span] = linkEntities([{ start: 0, end: mention.length, kind, text: mention, canonical: mention }], lang);
  return span;
}

describe('core/knowledge: places across the three languages\' spellings', () => {
  it('a place the knowledge base lacks has one local id whatever vowels each language writes', () => {
    const ids = [['Исфара', 'ru'], ['Исфаре', 'ru'], ['Исфарада', 'kk'], ['İsfarada', 'az'], ['Isfara', 'en']]
      .map(([name = '', lang]) => localEntityId('LOC', name, lang as LanguageCode));
    assert.equal(new Set(ids).size, 1, ids.join(' '));
    const spelt = [['Душанбе', 'ru'], ['Дүшанбе', 'kk'], ['Düşənbə', 'az']].map(([name = '', lang]) => localEntityId('LOC', name, lang as LanguageCode));
    assert.equal(new Set(spelt).size, 1, spelt.join(' '));
  });

  it('a short name keeps its vowels, so that short places stay apart', () => {
    assert.notEqual(localEntityId('LOC', 'Нарын', 'ru'), localEntityId('LOC', 'Нурин', 'ru'));
    assert.equal(localEntityId('LOC', 'Ош', 'ru'), localEntityId('LOC', 'Oş', 'az'));
  });

  it('a place of the knowledge base spelt with other vowels links to it, by transliteration', () => {
    const span = linkOne('Нахичеванға', 'LOC', 'kk');
    assert.equal(span?.entityId, 'kb:nakhchivan', JSON.stringify(span));
    assert.equal(span?.linkReason, 'transliteration');
  });

  it('a short key never links to the knowledge base by transliteration (Колумбо is not Колумбия)', () => {
    assert.ok(linkOne('Колумбо', 'LOC', 'ru')?.entityId?.startsWith('local:'));
    // Коломбо is the city of CLDR's time zones, as written; it is not Colombia either.
    assert.equal(linkOne('Коломбо', 'LOC', 'ru')?.entityId, 'kb:colombo');
    assert.equal(linkOne('Колумбия', 'LOC', 'ru')?.entityId, 'Q739');
  });

  it('a word in lower case that spells an abbreviation is not it (Уиктың is not the UK)', () => {
    assert.ok(linkOne('Уиктың', 'LOC', 'kk')?.entityId?.startsWith('local:'));
    assert.equal(linkOne('АҚШ-тағы', 'LOC', 'kk')?.entityId, 'Q30');
  });
});

describe('core/knowledge: a place the tagger took for a person or a body', () => {
  it('one word that is a place of the knowledge base links to it as a place', () => {
    const span = linkOne('Нахичеванға', 'PER', 'kk');
    assert.equal(span?.kind, 'LOC');
    assert.equal(span?.entityId, 'kb:nakhchivan');
    assert.equal(linkOne('Qazaxıstanın', 'ORG', 'az')?.kind, 'LOC');
  });

  it('a person\'s name of two words, or one that is no place, keeps its kind', () => {
    assert.equal(linkOne('Ильхам Алиев', 'PER', 'ru')?.kind, 'PER');
    assert.equal(linkOne('Бокаев', 'PER', 'ru')?.kind, 'PER');
  });
});

describe('core/knowledge: Azerbaijani and English patronymics', () => {
  it('-eviç and -evich between given name and surname are left out of the key, as -евич is', () => {
    const key = personNameKey('Арман Болатович Сеитов', 'ru');
    assert.equal(personNameKey('Arman Bolatoviç Seitov', 'az'), key);
    assert.equal(personNameKey('Ruslan Aliyeviç Seitov', 'az'), personNameKey('Руслан Алиевич Сеитов', 'ru'));
    assert.equal(personNameKey('Ruslan Abishevich Seitov', 'en'), personNameKey('Руслан Абишевич Сеитов', 'ru'));
    assert.equal(personNameKey('Ruslan Abişeviç Seitov', 'az'), personNameKey('Руслан Абишевич Сеитов', 'ru'));
  });
});

describe('core/knowledge: regions and bodies across the three languages', () => {
  const ids = (text: string, lang: LanguageCode): string[] => tag(text, { lang }).spans.filter((span) => span.kind !== 'DATE').map((span) => span.entityId ?? '-');

  it('a region is one entity in its Russian adjectival, Kazakh and Azerbaijani forms, and not its city', () => {
    const region = ids('Полиция задержала активиста в селе Павлодарской области.', 'ru');
    assert.deepEqual(region, ['kb:pavlodar-region']);
    assert.deepEqual(ids('Полиция Павлодар облысындағы ауылда белсендіні ұстады.', 'kk'), region);
    assert.deepEqual(ids('Polis Pavlodar vilayətindəki kənddə fəalı saxlayıb.', 'az'), region);
    assert.deepEqual(ids('Суд прошёл в Павлодаре.', 'ru'), ['kb:pavlodar']);
  });

  it('a Russian adjective of a country is no mention of it', () => {
    assert.deepEqual(ids('Казахстанская делегация прибыла в Ташкент.', 'ru'), ['Q269']);
  });

  it('a body\'s name with or without the genitive on its owner is one body', () => {
    assert.deepEqual(ids('BMT İnsan Hüquqları Şurası qətnamə qəbul edib.', 'az'), ['kb:un-human-rights-council']);
    assert.deepEqual(ids('BMT-nin İnsan Hüquqları Şurası qətnamə qəbul edib.', 'az'), ['kb:un-human-rights-council']);
  });

  it('a body of the knowledge base tagged as a place is linked as a body', () => {
    const span = linkOne('НАТО', 'LOC', 'ru');
    assert.equal(span?.kind, 'ORG');
    assert.equal(span?.entityId, 'Q7184');
  });
});

describe('core/knowledge: the curator\'s kind stands', () => {
  it('a place tagged as a person by the curator stays a person', () => {
    const [span] = linkEntities([{ start: 0, end: 11, kind: 'PER', text: 'Нахичеванға', canonical: 'Нахичеванға', source: 'curator' }], 'kk');
    assert.equal(span?.kind, 'PER');
  });
});
