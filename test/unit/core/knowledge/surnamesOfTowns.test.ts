import * as assert from 'node:assert/strict';
import { linkEntities } from '../../../../src/core/knowledge/link';
import { loadShippedModelAsync } from '../../../../src/core/tagging/model/shippedModel';
import { defaultGazetteer } from '../../../../src/core/tagging/gazetteer/gazetteer';
import { tag } from '../../../../src/core/tagging/tag';

const places = (text: string): string[] => tag(text, { lang: 'ru' }).spans.filter((span) => span.kind === 'LOC').map((span) => span.text);

describe('core/knowledge: a surname made from a town\'s name is no case of the town', function () {
  this.timeout(60000);
  before(async () => { await loadShippedModelAsync(); });

  it('Андижанов, Наманганов, Ферганов are not places, while Андижан and Ташкент are', () => {
    assert.deepEqual(places('Журналист Андижанов задержан в Бишкеке. Андижанов отрицает обвинения.'), ['Бишкеке']);
    assert.deepEqual(places('Сам Наманганов вину не признал.'), []);
    assert.deepEqual(places('Правозащитник Ферганов заявил о давлении.'), []);
    assert.deepEqual(places('Делегация прибыла в Андижан и Ташкент.'), ['Андижан', 'Ташкент']);
  });

  it('a genitive plural still finds a plural place name (Нидерландов → Нидерланды)', () => {
    assert.deepEqual(places('Послы Нидерландов встретились в Астане.'), ['Нидерландов', 'Астане']);
  });

  it('a one-word person shaped as a surname stays a person, whatever town its letters spell', () => {
    const [linked] = linkEntities([{ start: 0, end: 9, kind: 'PER', text: 'Ташкентов', canonical: 'Ташкентов' }], 'ru');
    assert.equal(linked?.kind, 'PER');
    assert.equal(linked?.linkReason, 'local');
  });
});

describe('core/knowledge: the kind a curator listed in the workspace gazetteer stands', () => {
  it('a person the curator listed keeps its kind although the knowledge base has a town of that name', () => {
    const workspace = defaultGazetteer().withEntries([{ kind: 'PER', names: { ru: 'Андижан' } }]);
    const spans = tag('Вчера Андижан выступил на встрече.', { lang: 'ru' }, { gazetteer: workspace }).spans.filter((span) => span.text === 'Андижан');
    assert.deepEqual(spans.map((span) => span.kind), ['PER']);
  });
});
