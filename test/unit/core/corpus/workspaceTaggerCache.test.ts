import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { WorkspaceTaggerCache } from '../../../../src/core/corpus/workspaceTagger';
import { shippedModel, loadShippedModelAsync } from '../../../../src/core/tagging/model/shippedModel';
import { TempWorkspace } from '../../helpers/tempWorkspace';

const TEXT = 'Конституциялық реформа туралы заң Астанада талқыланды.';
const REFORM = 'entities:\n  - kind: EVENT\n    names: {kk: Конституциялық реформа}\n';

describe('core/corpus: one tagger per version of a workspace\'s files (the summary worker\'s)', () => {
  let workspace: TempWorkspace;
  let gazetteer: string;
  let entities: string;
  beforeEach(() => {
    workspace = new TempWorkspace('cc-tagger-cache');
    gazetteer = workspace.corpusFile('gazetteer.yaml');
    entities = workspace.corpusFile('entities.yaml');
  });
  afterEach(() => { workspace.remove(); });

  it('builds a tagger once for many asks, again when the gazetteer changes, and tags with the new one', () => {
    const cache = new WorkspaceTaggerCache();
    const files = { gazetteer, entities };
    const first = cache.get(files);
    for (let ask = 0; ask < 5; ask++) assert.equal(cache.get(files), first, 'the same files, the same tagger');
    assert.equal(cache.builds, 1);
    assert.ok(!first(TEXT, { lang: 'kk' }).spans.some((span) => span.kind === 'EVENT'), 'not in the shipped gazetteer');
    writeFileSync(gazetteer, REFORM);
    const second = cache.get(files);
    assert.notEqual(second, first, 'a new version of the gazetteer: a new tagger');
    assert.ok(second(TEXT, { lang: 'kk' }).spans.some((span) => span.kind === 'EVENT' && span.text === 'Конституциялық реформа'));
    assert.equal(cache.get(files), second);
    writeFileSync(entities, 'merges: []\n');
    assert.notEqual(cache.get(files), second, 'new entity decisions: a new tagger');
    assert.equal(cache.builds, 3);
  });

  it('keeps a tagger per workspace model: with and without one, and a new one', async () => {
    await loadShippedModelAsync();
    const model = shippedModel();
    assert.ok(model, 'the shipped model loads');
    const cache = new WorkspaceTaggerCache();
    const without = cache.get({ gazetteer });
    const withModel = cache.get({ gazetteer, modelFile: 'model-a', model });
    assert.notEqual(withModel, without);
    assert.equal(cache.get({ gazetteer }), without);
    assert.equal(cache.get({ gazetteer, modelFile: 'model-a', model }), withModel);
    assert.notEqual(cache.get({ gazetteer, modelFile: 'model-a', model: { ...model } }), withModel, 'a new version of the model');
    assert.equal(cache.builds, 3);
  });
});
