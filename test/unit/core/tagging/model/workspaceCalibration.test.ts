import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseModel } from '../../../../../src/core/tagging/model/modelFile';
import { shippedModelPath } from '../../../../../src/core/tagging/model/shippedModel';
import { readWorkspaceModelFile, type WorkspaceModelManifest, writeWorkspaceModel } from '../../../../../src/core/tagging/model/workspaceModel';
import { WORKSPACE_LEARNING } from '../../../../../src/core/learning/learn';

describe('core/tagging/model: a workspace model learnt before models carried their calibration', () => {
  const shipped = parseModel(readFileSync(shippedModelPath()), 'entities.model').weights;
  const manifest: WorkspaceModelManifest = {
    decisionsSha256: 'decisions', shippedModelSha256: 'shipped', articles: 1, reviewedArticles: 0, names: 1, rejections: 0,
    languages: ['kk', 'ru'], changedWeights: 0, options: WORKSPACE_LEARNING, memory: [], confidenceFloors: {},
  };
  let folder: string;
  before(() => { folder = mkdtempSync(path.join(tmpdir(), 'cc-workspace-calibration-')); });
  after(() => { rmSync(folder, { recursive: true, force: true }); });

  it('reads its confidence as the shipped model does', () => {
    const file = path.join(folder, 'entities.model');
    writeWorkspaceModel(file, { buckets: shipped.buckets, values: shipped.values, scale: shipped.scale }, manifest);
    const { weights } = readWorkspaceModelFile(file);
    assert.equal(weights.temperature, shipped.temperature);
    assert.equal(weights.nameFloor, shipped.nameFloor);
  });

  it('keeps a calibration of its own', () => {
    const file = path.join(folder, 'own.model');
    writeWorkspaceModel(file, { ...shipped, temperature: 3, nameFloor: 0.2 }, manifest);
    const { weights } = readWorkspaceModelFile(file);
    assert.equal(weights.temperature, 3);
    assert.equal(weights.nameFloor, 0.2);
  });
});
