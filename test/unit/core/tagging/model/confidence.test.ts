import * as assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { modelPayload, ModelFileError, parseModel } from '../../../../../src/core/tagging/model/modelFile';
import { shippedModelPath } from '../../../../../src/core/tagging/model/shippedModel';
import { logLoss, scoredNames, type ScoredName } from '../../../../../src/core/tagging/model/training/calibration';
import { loadCorpora } from '../../../../../src/core/tagging/model/training/corpora';
import { readFileSync } from 'node:fs';
import { tag } from '../../../../../src/core/tagging/tag';
import { REPO_ROOT } from '../../../paths';

const shareRight = (names: readonly ScoredName[]): number => names.filter((name) => name.right).length / Math.max(1, names.length);

describe('core/tagging/model: the confidence of the shipped model\'s names, on the dev split', function () {
  this.timeout(120000);
  const { weights } = parseModel(readFileSync(shippedModelPath()), 'entities.model');
  const dev = loadCorpora(REPO_ROOT).dev;

  it('carries the temperature and the least confidence of a name that npm run train fitted on held-out training text', () => {
    assert.ok(weights.temperature !== undefined && weights.temperature > 1, `temperature ${weights.temperature}`);
    assert.ok(weights.nameFloor !== undefined && weights.nameFloor > 0 && weights.nameFloor < 0.6, `name floor ${weights.nameFloor}`);
  });

  it('proposes no name less sure than its floor, in the whole tagger', () => {
    const floor = weights.nameFloor ?? 0;
    for (const text of dev.slice(0, 40)) {
      for (const span of tag(text.text, { lang: text.lang }).spans) if (span.source === 'model') assert.ok((span.confidence ?? 0) >= floor, `${span.text}: ${span.confidence}`);
    }
  });

  it('says how sure it is: sure names are right more often than unsure ones, and the confidence is near the share right', () => {
    const names = scoredNames(weights, dev, weights.temperature ?? 1);
    const sure = names.filter((name) => name.confidence >= 0.9);
    const unsure = names.filter((name) => name.confidence < 0.7);
    assert.ok(unsure.length >= names.length / 10, `only ${unsure.length} of ${names.length} names below 0.7: the confidence does not spread`);
    assert.ok(shareRight(sure) >= shareRight(unsure) + 0.3, `right: ${shareRight(sure).toFixed(2)} of the sure, ${shareRight(unsure).toFixed(2)} of the unsure`);
    const mean = names.reduce((sum, name) => sum + name.confidence, 0) / names.length;
    assert.ok(Math.abs(mean - shareRight(names)) < 0.05, `mean confidence ${mean.toFixed(3)}, share right ${shareRight(names).toFixed(3)}`);
    assert.ok(logLoss(names) < logLoss(scoredNames(weights, dev, 1)) / 2, 'far better than the raw softmax of the scores');
  });

  it('a model header with a temperature that is not a positive number is refused, naming the file', () => {
    const payload = modelPayload({ ...weights, temperature: 5 });
    const damaged = Buffer.from(payload.toString('latin1').replace('"temperature":5', '"temperature":0'), 'latin1');
    assert.throws(() => parseModel(gzipSync(damaged), 'cold.model'), (error: unknown) => error instanceof ModelFileError && /cold\.model: the model header is damaged \(temperature\)/u.test(error.message));
    assert.equal(parseModel(gzipSync(payload), 'warm.model').weights.temperature, 5);
    const floored = modelPayload({ ...weights, nameFloor: 0.25 });
    const broken = Buffer.from(floored.toString('latin1').replace('"nameFloor":0.25', '"nameFloor":1.25'), 'latin1');
    assert.throws(() => parseModel(gzipSync(broken), 'floor.model'), /floor\.model: the model header is damaged \(name floor\)/u);
  });
});
