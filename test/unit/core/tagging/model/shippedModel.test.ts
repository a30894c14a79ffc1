import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { modelPayload, ModelFileError, parseModel, payloadSha256 } from '../../../../../src/core/tagging/model/modelFile';
import { loadShippedModelAsync, modelProblem, readModel, shippedModel, shippedModelPath } from '../../../../../src/core/tagging/model/shippedModel';
import { loadCorpora } from '../../../../../src/core/tagging/model/training/corpora';
import { MANIFEST_FILE, type ModelManifest, sliceManifestHash } from '../../../../../src/core/tagging/model/training/manifest';
import { tag } from '../../../../../src/core/tagging/tag';
import { REPO_ROOT } from '../../../paths';

const WEIGHTS = path.join(REPO_ROOT, 'src', 'core', 'tagging', 'model', 'weights');

describe('core/tagging/model: the shipped entity model file', () => {
  const bytes = readFileSync(path.join(WEIGHTS, 'entities.model'));
  const manifest = JSON.parse(readFileSync(path.join(WEIGHTS, MANIFEST_FILE), 'utf8')) as ModelManifest;

  it('is small on disk and in memory, and is the model npm run train recorded', () => {
    assert.ok(bytes.length <= 15 * 1024 * 1024, `${bytes.length} bytes`);
    const { weights, payload } = parseModel(bytes, 'entities.model');
    assert.ok(weights.values.byteLength <= 100 * 1024 * 1024);
    assert.equal(payloadSha256(payload), manifest.payloadSha256);
  });

  it('training is deterministic: a slice of the training data retrained here gives the hash npm run train recorded', function () {
    this.timeout(120000);
    assert.equal(sliceManifestHash(loadCorpora(REPO_ROOT).train), manifest.sliceSha256);
  });

  it('a truncated, foreign, empty or missing file is refused with a message naming the file', () => {
    const cases: [string, Buffer | undefined, RegExp][] = [
      ['truncated.model', bytes.subarray(0, Math.floor(bytes.length / 2)), /truncated/u],
      ['foreign.model', gzipSync(Buffer.from('{"not":"a model"}')), /not a Corpus Curator entity model/u],
      ['plain.model', Buffer.from('CCNERMDL plain bytes, not gzip'), /not a readable model/u],
      ['empty.model', Buffer.alloc(0), /not a readable model/u],
      ['missing.model', undefined, /missing/u],
    ];
    for (const [file, content, reason] of cases) {
      assert.throws(() => readModel(file, content), (error: unknown) => error instanceof ModelFileError && error.message.includes(file) && reason.test(error.message), file);
    }
    const cut = modelPayload(parseModel(bytes, 'entities.model').weights).subarray(0, 1000);
    assert.throws(() => parseModel(gzipSync(cut), 'cut.model'), /cut\.model: the weights are .* \(truncated\?\)/u);
  });

  it('a corrupt model file on disk is reported, never thrown, and tagging falls back to rules and gazetteers', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'corpus-curator-model-'));
    const corrupt = path.join(folder, 'entities.model');
    writeFileSync(corrupt, bytes.subarray(0, 4096));
    assert.equal(await loadShippedModelAsync(corrupt), undefined);
    assert.match(modelProblem(corrupt)?.message ?? '', /entities\.model: .*falls back to rules and gazetteers/u);
    assert.equal(shippedModel(corrupt), undefined);
    const text = 'Как сообщила Эльвира Азимова, встреча прошла в Астане.';
    const fallback = tag(text, { lang: 'ru' }, { model: null }).spans.map((span) => `${span.kind} ${span.text}`);
    assert.deepEqual(fallback, ['PER Эльвира Азимова', 'LOC Астане']);
  });

  it('is found beside the bundle or in the source tree, and loads', () => {
    assert.ok(shippedModelPath().endsWith('entities.model'));
    assert.ok(shippedModel() !== undefined, modelProblem()?.message);
  });
});
