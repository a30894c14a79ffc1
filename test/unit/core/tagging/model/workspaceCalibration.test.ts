import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { FEATURE_VERSION, parseModel } from '../../../../../src/core/tagging/model/modelFile';
import { shippedModelPath } from '../../../../../src/core/tagging/model/shippedModel';
import { readWorkspaceModel, readWorkspaceModelFile, type WorkspaceModelManifest, writeWorkspaceModel } from '../../../../../src/core/tagging/model/workspaceModel';
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

describe('core/tagging/model: a workspace model learnt for the features of an earlier version', () => {
  let folder: string;
  before(() => { folder = mkdtempSync(path.join(tmpdir(), 'cc-workspace-features-')); });
  after(() => { rmSync(folder, { recursive: true, force: true }); });

  it('is refused with a message naming the file and saying to learn it again; the tagger goes on without it', () => {
    const shipped = parseModel(readFileSync(shippedModelPath()), 'entities.model').weights;
    const manifest: WorkspaceModelManifest = {
      decisionsSha256: 'decisions', shippedModelSha256: 'shipped', articles: 1, reviewedArticles: 0, names: 1, rejections: 0,
      languages: ['kk', 'ru'], changedWeights: 0, options: WORKSPACE_LEARNING, memory: [], confidenceFloors: {},
    };
    const file = path.join(folder, 'entities.model');
    writeWorkspaceModel(file, shipped, manifest);
    const payload = gunzipSync(readFileSync(file)).toString('latin1');
    const current = `"featureVersion":${FEATURE_VERSION}`;
    assert.ok(payload.includes(current));
    writeFileSync(file, gzipSync(Buffer.from(payload.replace(current, `"featureVersion":${FEATURE_VERSION - 1}`), 'latin1')));
    assert.throws(() => readWorkspaceModelFile(file), (error: Error) => error.message.includes(file) && /other features/u.test(error.message) && /corpus-curator learn/u.test(error.message));
    const model = readWorkspaceModel(file);
    assert.equal(model.status, 'failed');
  });
});
