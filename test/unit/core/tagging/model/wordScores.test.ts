import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tagWithGazetteer } from '../../../../../src/core/tagging/entities/gazetteerTagger';
import { defaultGazetteer } from '../../../../../src/core/tagging/gazetteer/gazetteer';
import { identifyLanguage } from '../../../../../src/core/tagging/lang/identify';
import { decodeGreedy, type ModelWeights, type Scorer, weightsScorer } from '../../../../../src/core/tagging/model/entityModel';
import { FeatureBuffer, headLastKeyOf, labelFeatures, orientedFeatures, positionFeatures, type SequenceFeatures } from '../../../../../src/core/tagging/model/features';
import { LABEL_COUNT } from '../../../../../src/core/tagging/model/labels';
import { BEGIN_MARGINS, textFeatures } from '../../../../../src/core/tagging/model/modelSource';
import { shippedModel } from '../../../../../src/core/tagging/model/shippedModel';
import { addTokenScores, setPartStoreSize } from '../../../../../src/core/tagging/model/wordScores';
import type { LanguageCode } from '../../../../../src/core/tagging/types';
import { isWord, tokenizeAll } from '../../../../../src/core/text/tokenize';
import { REPO_ROOT } from '../../../paths';

/** The seed articles' texts with their features, gazetteer names included as the tagger gives them. */
function seedFeatures(): { name: string; lang: LanguageCode; features: SequenceFeatures }[] {
  const folder = path.join(REPO_ROOT, 'seeds');
  return readdirSync(folder).filter((file) => file.endsWith('.txt')).sort().flatMap((name) => {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const lang = identifyLanguage(text).lang;
    if (lang === 'und') return [];
    const tokens = tokenizeAll(text);
    const words = tokens.filter(isWord);
    const known = tagWithGazetteer(text, words, lang as LanguageCode, defaultGazetteer());
    return [{ name, lang: lang as LanguageCode, features: textFeatures(text, lang as LanguageCode, known, { all: tokens, words }).features }];
  });
}

/** The scorer of a feature list, without the fixed weights (the learner's way of scoring). */
function listScorer(weights: ModelWeights): Scorer {
  const scorer = weightsScorer(weights);
  // The same model without its fixed weights: scored from the feature lists, calibrated alike.
  return {
    buckets: scorer.buckets, scale: scorer.scale,
    ...(scorer.temperature === undefined ? {} : { temperature: scorer.temperature }),
    ...(scorer.nameFloor === undefined ? {} : { nameFloor: scorer.nameFloor }),
    addScores: (features, scores) => { scorer.addScores(features, scores); },
  };
}

function listScores(scorer: Scorer, features: SequenceFeatures, i: number, previous: number, beforePrevious: number): Float64Array {
  const list = new FeatureBuffer(features.weightsKey);
  positionFeatures(features, i, list);
  labelFeatures(features.words[i] as SequenceFeatures['words'][number], previous, beforePrevious, list);
  const scores = new Float64Array(LABEL_COUNT);
  scorer.addScores(list, scores);
  return scores;
}

describe('core/tagging/model: scoring with fixed weights, word by word', function () {
  this.timeout(120000);
  const model = shippedModel();
  const weights = model?.fixedWeights;
  const texts = seedFeatures();

  it('the shipped model is read with its fixed weights, and the seeds give texts in each language', () => {
    assert.ok(weights, 'the shipped model has fixed weights');
    assert.deepEqual([...new Set(texts.map((text) => text.lang))].sort(), ['az', 'kk', 'ru']);
  });

  it('gives every token of real news the scores its feature list gives, after any two labels', () => {
    const fixed = weights as ModelWeights;
    const scorer = listScorer(fixed);
    const buffer = new FeatureBuffer();
    let compared = 0;
    // Kazakh and Azerbaijani are read right to left too, with the weights of that reading.
    const readings = texts.flatMap((text) => {
      const headLastKey = headLastKeyOf(text.features.weightsKey);
      return headLastKey === undefined ? [text] : [text, { ...text, name: `${text.name} right to left`, features: orientedFeatures(text.features, headLastKey) }];
    });
    assert.ok(readings.some((reading) => reading.features.rightToLeft), 'some texts are read right to left');
    for (const { name, features } of readings) {
      for (let i = 0; i < features.words.length; i++) {
        for (let previous = 0; previous < LABEL_COUNT; previous++) {
          const beforePrevious = (i * 7 + previous) % LABEL_COUNT;
          const scores = new Float64Array(LABEL_COUNT);
          addTokenScores(fixed, features, i, previous, beforePrevious, buffer, scores);
          assert.deepEqual([...scores], [...listScores(scorer, features, i, previous, beforePrevious)], `${name} token ${i} after ${previous} ${beforePrevious}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 10_000, `${compared} tokens compared`);
  });

  it('gives the same scores when the words\' kept sums outgrow their store many times over', () => {
    const fixed = weights as ModelWeights;
    const scorer = listScorer(fixed);
    const buffer = new FeatureBuffer();
    setPartStoreSize(2000);
    try {
      for (const { name, features } of texts) {
        for (let i = 0; i < features.words.length; i++) {
          const scores = new Float64Array(LABEL_COUNT);
          addTokenScores(fixed, features, i, 0, 0, buffer, scores);
          assert.deepEqual([...scores], [...listScores(scorer, features, i, 0, 0)], `${name} token ${i}`);
        }
      }
    } finally {
      setPartStoreSize(1 << 21);
    }
  });

  it('decodes to the same labels and confidences as the feature lists, for the shipped weights and for other weights read after them', () => {
    const shipped = weights as ModelWeights;
    const other: ModelWeights = { buckets: shipped.buckets, scale: shipped.scale, values: shipped.values.map((value, index) => (index % 9 === 3 ? 0 : value)) };
    for (const fixed of [shipped, other, shipped]) {
      for (const { name, features } of texts) {
        const count = features.words.length;
        const fast = new Float64Array(count);
        const slow = new Float64Array(count);
        const fastLabels = decodeGreedy(weightsScorer(fixed), features, undefined, BEGIN_MARGINS, fast);
        const slowLabels = decodeGreedy(listScorer(fixed), features, undefined, BEGIN_MARGINS, slow);
        assert.deepEqual([...fastLabels], [...slowLabels], name);
        assert.deepEqual([...fast], [...slow], name);
        assert.ok(fixed === other || fastLabels.some((label) => label !== 0), `${name}: the shipped model finds names`);
      }
    }
  });
});
