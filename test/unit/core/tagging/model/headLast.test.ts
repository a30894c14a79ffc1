import * as assert from 'node:assert/strict';
import { tagWithGazetteer } from '../../../../../src/core/tagging/entities/gazetteerTagger';
import { defaultGazetteer } from '../../../../../src/core/tagging/gazetteer/gazetteer';
import { BEGIN_MARGINS, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import { decodeGreedy, decodeNames } from '../../../../../src/core/tagging/model/entityModel';
import { FeatureBuffer, HEAD_LAST_KEY, headLastKeyOf, orientedFeatures, REGION_BUCKETS, weightsKeyOf } from '../../../../../src/core/tagging/model/features';
import { beginLabel, insideLabel, OUTSIDE, reversedLabels, spansFromLabels } from '../../../../../src/core/tagging/model/labels';
import { shippedModel } from '../../../../../src/core/tagging/model/shippedModel';
import { orientedSequence } from '../../../../../src/core/tagging/model/orientedSequence';
import { loadCorpora } from '../../../../../src/core/tagging/model/training/corpora';
import { trainingSequence } from '../../../../../src/core/tagging/model/training/trainModel';
import { UNKNOWN_LABEL } from '../../../../../src/core/learning/curatedArticle';
import { tokenizeWords } from '../../../../../src/core/text/tokenize';
import { REPO_ROOT } from '../../../paths';

const B_ORG = beginLabel('ORG');
const I_ORG = insideLabel('ORG');
const B_PER = beginLabel('PER');
const I_PER = insideLabel('PER');

describe('core/tagging/model: the right-to-left reading of the shared weights', function () {
  this.timeout(120000);

  it('reverses labels with each name\'s B on its other end, and back again; words without a decision keep theirs', () => {
    const labels = Uint8Array.from([OUTSIDE, B_ORG, I_ORG, I_ORG, UNKNOWN_LABEL, B_PER, B_PER, I_PER]);
    const reversed = reversedLabels(labels);
    assert.deepEqual([...reversed], [B_PER, I_PER, B_PER, UNKNOWN_LABEL, B_ORG, I_ORG, I_ORG, OUTSIDE]);
    assert.deepEqual([...reversedLabels(reversed)], [...labels]);
  });

  it('keeps each set of weights in a region of its own, so that no feature of one collides with another\'s', () => {
    const sets = [0, HEAD_LAST_KEY, weightsKeyOf('ru')];
    const regions = sets.map((key) => {
      const buffer = new FeatureBuffer(key);
      for (let k = 0; k < 5000; k++) buffer.add(Math.imul(k + 1, 0x9e3779b1) >>> 0);
      const values = [...buffer.values.subarray(0, buffer.length)];
      return { low: Math.min(...values), high: Math.max(...values) };
    });
    for (const region of regions) assert.ok(region.high < REGION_BUCKETS, `${region.high} inside the table`);
    const [shared, headLast, russian] = regions as [typeof regions[number], typeof regions[number], typeof regions[number]];
    assert.ok(shared.high < headLast.low && headLast.high < russian.low, JSON.stringify(regions));
    const buffer = new FeatureBuffer(0);
    buffer.weightsKey = weightsKeyOf('ru');
    buffer.add(12345);
    assert.ok((buffer.values[0] ?? 0) >= russian.low, 'changing the weights of a buffer moves its features');
  });

  it('reads Kazakh and Azerbaijani both ways, and Russian left to right only', () => {
    assert.equal(headLastKeyOf(weightsKeyOf('kk')), HEAD_LAST_KEY);
    assert.equal(headLastKeyOf(weightsKeyOf('az')), HEAD_LAST_KEY);
    assert.equal(headLastKeyOf(weightsKeyOf('ru')), undefined);
  });

  it('a training sequence read right to left has its tokens and labels reversed together', () => {
    const text = { name: 'head-last', lang: 'kk' as const, text: 'Бүгін Ақпарат және қоғамдық даму министрлігі мәлімдеді .', spans: [{ start: 6, end: 44, kind: 'ORG' as const }] };
    const sequence = trainingSequence(text);
    const oriented = orientedSequence(sequence, HEAD_LAST_KEY);
    assert.equal(oriented.features.rightToLeft, true);
    const count = sequence.labels.length;
    assert.deepEqual(spansFromLabels(oriented.labels), spansFromLabels(sequence.labels).map(([first, end, kind]) => [count - end, count - first, kind]));
    assert.equal(oriented.features.words[0]?.lower, sequence.features.words[count - 1]?.lower, 'the last token is read first');
    assert.equal(spansFromLabels(oriented.labels).length, 1);
    assert.equal(orientedFeatures(oriented.features, 0).rightToLeft, false);
  });

  it('on the Kazakh dev split, organisations found by reading both ways outnumber those read left to right alone (the shipped model)', () => {
    const model = shippedModel();
    assert.ok(model, 'the shipped model loads');
    let forwardRight = 0;
    let bothRight = 0;
    let gold = 0;
    for (const text of loadCorpora(REPO_ROOT).dev.filter((annotated) => annotated.lang === 'kk')) {
      const known = tagWithGazetteer(text.text, tokenizeWords(text.text), text.lang, defaultGazetteer());
      const { tokens, features } = textFeatures(text.text, text.lang, known);
      const goldKeys = new Set(text.spans.filter((span) => span.kind === 'ORG').map((span) => `${span.start} ${span.end}`));
      gold += goldKeys.size;
      const rightOf = (labels: Uint8Array): number => spansFromLabels(labels).filter(([first, end, kind]) => kind === 'ORG'
        && goldKeys.has(`${tokens[first]?.start ?? -1} ${tokens[end - 1]?.end ?? -1}`)).length;
      forwardRight += rightOf(decodeGreedy(model, features, undefined, BEGIN_MARGINS));
      bothRight += rightOf(decodeNames(model, features, BEGIN_MARGINS));
    }
    assert.ok(gold > 100, `${gold} organisations in the dev split`);
    assert.ok(bothRight > forwardRight, `organisations found: both ways ${bothRight}, left to right ${forwardRight}, of ${gold}`);
  });
});
