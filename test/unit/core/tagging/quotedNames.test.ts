import * as assert from 'node:assert/strict';
import { tag } from '../../../../src/core/tagging/tag';
import type { LanguageCode } from '../../../../src/core/tagging/types';
import { defaultGazetteer } from '../../../../src/core/tagging/gazetteer/gazetteer';
import { parseWorkspaceGazetteer } from '../../../../src/core/tagging/gazetteer/workspaceGazetteer';

/** The places the rules and gazetteers tag in `text` (no entity model: the gazetteer's names are what the rule concerns). */
function places(text: string, lang: LanguageCode, workspace?: string): string[] {
  const gazetteer = workspace === undefined ? undefined : defaultGazetteer().withEntries(parseWorkspaceGazetteer(workspace).entries);
  return tag(text, { lang }, { model: null, ...(gazetteer ? { gazetteer } : {}) }).spans.filter((span) => span.kind === 'LOC').map((span) => span.text);
}

describe('core/tagging: a listed name inside a quoted name or title is part of it', () => {
  it('kk: the place in a programme\'s or a project\'s name is no mention of the place', () => {
    assert.deepEqual(places('Ол «Әділетті Қазақстан» саясаты аясында ұлттық құқық қорғау жүйесін жаңартуды ұсынды.', 'kk'), []);
    assert.deepEqual(places('Ал « Қазақстанның 100 жаңа есімі » жобасына енген 29 жастағы дарынды маман Астанада тұрады .', 'kk'), ['Астанада']);
  });

  it('ru: the place in a party\'s name is none either', () => {
    assert.deepEqual(places('Выступая на VII съезде партии «Единая Россия», премьер говорил о России.', 'ru'), ['России']);
  });

  it('a quoted name that is the place itself stays a place', () => {
    assert.deepEqual(places('Олар «Қазақстан» атты кітап шығарды.', 'kk'), ['Қазақстан']);
  });

  it('direct speech, a quoted phrase in lower case, and names joined by a dash keep their places', () => {
    assert.deepEqual(places('«Қазақстан мен Қырғызстан шекара мәселесін толық шешті деп айта аламыз», — деді министр.', 'kk'), ['Қазақстан', 'Қырғызстан']);
    assert.deepEqual(places('Они требуют «восстановления прямых выборов в России».', 'ru'), ['России']);
    assert.deepEqual(places('Диалог по правам человека «Республика Казахстан - Европейский Союз» прошёл в Брюсселе.', 'ru').slice(0, 1), ['Республика Казахстан']);
  });

  it('the curator\'s own names are never dropped', () => {
    const workspace = 'entities:\n  - kind: LOC\n    names: {kk: Әділетті Ауыл}\n';
    assert.deepEqual(places('Ол «Әділетті Ауыл Жолы» бағдарламасы туралы айтты.', 'kk', workspace), ['Әділетті Ауыл']);
  });

  it('with a workspace gazetteer, the shipped gazetteer\'s names inside quoted names are still dropped', () => {
    const workspace = 'entities:\n  - kind: LOC\n    names: {kk: Әділетті Ауыл}\n';
    assert.deepEqual(places('Ол «Цифрлы Қазақстан» бағдарламасы мен Әділетті Ауыл туралы айтты.', 'kk', workspace), ['Әділетті Ауыл']);
    // A large city of CLDR's time zones is shipped too, whatever gazetteer the workspace has.
    for (const gazetteer of [undefined, workspace]) assert.deepEqual(places('Фильм «Огни Мадрида» вышел в прокат, премьера прошла в Мадриде.', 'ru', gazetteer), ['Мадриде']);
  });
});
