import * as assert from 'node:assert/strict';
import { defaultGazetteer } from '../../../../../src/core/tagging/gazetteer/gazetteer';
import { tag } from '../../../../../src/core/tagging/tag';

const spansOf = (text: string, lang: 'kk' | 'ru', gazetteer = defaultGazetteer()): string[] =>
  tag(text, { lang }, { gazetteer }).spans.filter((span) => span.kind !== 'DATE').map((span) => `${span.kind} ${span.text} ${span.source ?? ''}`);

describe('core/tagging/model: a sure model name over a shorter name of the shipped gazetteer', function () {
  this.timeout(60000);

  it('takes the region with its descriptor, as the corpora annotate it, in any case form', () => {
    // Moscow is in the shipped gazetteer, its region is not (the regions of Kazakhstan are since 2026-12-01).
    assert.deepEqual(spansOf('Былтыр Мәскеу облысында жаңа мектеп ашылды.', 'kk'), ['LOC Мәскеу облысында model']);
    assert.deepEqual(spansOf('Вчера в Московской области прошли выборы.', 'ru'), ['LOC Московской области model']);
  });

  it('leaves the shipped gazetteer\'s name alone where the model finds nothing longer', () => {
    assert.deepEqual(spansOf('Ақтау қаласында жиын өтті.', 'kk').filter((span) => span.includes('Ақтау')), ['LOC Ақтау gazetteer']);
  });

  it('does so with a workspace gazetteer too, for the shipped gazetteer\'s names', () => {
    const workspace = defaultGazetteer().withEntries([{ kind: 'PER', names: { kk: 'Ботагөз Сәрсенова' } }]);
    assert.deepEqual(spansOf('Былтыр Мәскеу облысында жаңа мектеп ашылды.', 'kk', workspace), ['LOC Мәскеу облысында model']);
  });

  it('the workspace gazetteer\'s own names still win over the model', () => {
    const workspace = defaultGazetteer().withEntries([{ kind: 'ORG', names: { kk: 'Қостанай облысы' } }]);
    assert.deepEqual(spansOf('Былтыр Қостанай облысында жаңа мектеп ашылды.', 'kk', workspace), ['ORG Қостанай облысында gazetteer']);
  });
});
