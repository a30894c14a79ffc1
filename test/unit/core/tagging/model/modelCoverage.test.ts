import * as assert from 'node:assert/strict';
import { readShippedWeights } from '../../../../../src/core/learning/learnCorpus';
import { type LanguageCode, shippedModelLanguages } from '../../../../../src/core/languages/registry';
import { createTagger } from '../../../../../src/core/tagging/createTagger';
import type { Scorer } from '../../../../../src/core/tagging/model/entityModel';
import { loadShippedModelAsync, shippedModel } from '../../../../../src/core/tagging/model/shippedModel';
import { workspaceScorer } from '../../../../../src/core/tagging/model/workspaceModel';

/** A sentence per language with names no gazetteer knows: only a model tags them. */
const SENTENCES: Record<LanguageCode, string> = {
  kk: 'Кеше Ерболат Сейітқалиев пен Гүлназ Мұхамеджанова Шымкентте кездесті.',
  ru: 'Вчера Анатолий Ерёменко и Светлана Касымова встретились в Шымкенте.',
  az: 'Dünən Kamran Hüseynzadə və Gülnar Rzayeva Sumqayıtda görüşüblər.',
};

/**
 * The model's names in the language's sentence. In Azerbaijani, whatever the model's confidence in
 * them: which languages a model tags is asked here, not how sure it is (the shipped model's names
 * in Azerbaijani, which it never learnt, are unsure: 0.39 since the lexicon features, below its
 * least confidence of 0.45). In Kazakh and Russian, at the model's own least confidence.
 */
function modelTags(model: Scorer, lang: LanguageCode): number {
  const scorer = lang === 'az' ? { ...model, nameFloor: 0 } : model;
  return createTagger({ model: scorer, link: false })(SENTENCES[lang], { lang }).spans.filter((span) => span.source === 'model').length;
}

function covered(model: Scorer): LanguageCode[] {
  return (Object.keys(SENTENCES) as LanguageCode[]).filter((lang) => modelTags(model, lang) > 0).sort();
}

describe('core/tagging: which languages an entity model tags', function () {
  this.timeout(60_000);
  let shipped: Scorer;
  before(async () => {
    await loadShippedModelAsync();
    const loaded = shippedModel();
    assert.ok(loaded, 'the shipped model loads');
    shipped = loaded;
  });

  it('the shipped model: the languages whose pack says it covers them (kk, ru; not az)', () => {
    assert.deepEqual(shippedModelLanguages().sort(), ['kk', 'ru']);
    assert.deepEqual(covered(shipped), ['kk', 'ru']);
  });

  it('a model that declares its languages tags those and no other, whatever the packs say of the shipped model', () => {
    assert.deepEqual(covered({ ...shipped, languages: new Set<LanguageCode>(['kk']) }), ['kk']);
    assert.deepEqual(covered({ ...shipped, languages: new Set<LanguageCode>(['az']) }), ['az']);
  });

  it('a workspace model taught on Azerbaijani decisions covers az and the shipped model\'s languages', () => {
    const workspace = workspaceScorer(readShippedWeights().weights, { languages: ['az'] });
    assert.deepEqual([...(workspace.languages ?? [])].sort(), ['az', 'kk', 'ru']);
    assert.deepEqual(covered(workspace), ['az', 'kk', 'ru']);
  });
});
