// `npm run train`: rebuilds the shipped entity model from data/corpora (deterministic, seeded) and
// records its hash. `npm run train -- --check` retrains and only compares with the shipped model.
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { weightsScorer } from '../src/core/tagging/model/entityModel';
import { modelPayload, payloadSha256, serializeModel } from '../src/core/tagging/model/modelFile';
import { tagWithModel } from '../src/core/tagging/model/modelSource';
import { MODEL_FILE_NAME } from '../src/core/tagging/model/shippedModel';
import { loadCorpora, splitByDocument } from '../src/core/tagging/model/training/corpora';
import { MANIFEST_FILE, type ModelManifest, sliceManifestHash } from '../src/core/tagging/model/training/manifest';
import { SHIPPED_TRAINING, trainModel } from '../src/core/tagging/model/training/trainModel';
import { fitNameFloor, fitTemperature, logLoss, reliability, scoredNames } from '../src/core/tagging/model/training/calibration';
import { tagWithGazetteer } from '../src/core/tagging/entities/gazetteerTagger';
import { defaultGazetteer } from '../src/core/tagging/gazetteer/gazetteer';
import { tokenizeWords } from '../src/core/text/tokenize';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const WEIGHTS = path.join(REPO_ROOT, 'src', 'core', 'tagging', 'model', 'weights');
const check = process.argv.includes('--check');
/** `--epochs N`, `--buckets N` and `--runs N` try other settings (with --check, nothing is written). */
const option = (name: string): number | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : Number(process.argv[at + 1]);
};
const settings = { ...SHIPPED_TRAINING, epochs: option('--epochs') ?? SHIPPED_TRAINING.epochs, buckets: option('--buckets') ?? SHIPPED_TRAINING.buckets, runs: option('--runs') ?? SHIPPED_TRAINING.runs };

const started = performance.now();
/** The seeded fifth of the training part that the confidence is calibrated on. */
const CALIBRATION_SEED = 1;
/**
 * `--fold N` chooses settings without looking at the dev split: it holds out a fifth of the
 * *training* part (seeded shuffle N, per language), trains on the rest, scores on that fifth, and
 * writes nothing.
 */
const fold = option('--fold');
const loaded = loadCorpora(REPO_ROOT);
/** A seeded fifth of the training part held out per language (the dev split is not in it). */
const trainingFold = (seed: number): typeof loaded => (['kk', 'ru'] as const).map((lang) => splitByDocument(loaded.train.filter((text) => text.lang === lang), seed))
  .reduce<typeof loaded>((all, part) => ({ train: [...all.train, ...part.train], dev: [...all.dev, ...part.dev] }), { train: [], dev: [] });
const corpora = fold === undefined ? loaded : trainingFold(fold);
const heldOut = fold === undefined ? 'dev' : `fold ${fold}`;
console.log(`training on ${corpora.train.length} texts, holding out ${corpora.dev.length}`);
const trained = trainModel(corpora.train, { ...settings, log: (line) => { console.log(`  ${line}`); } });
// The confidence's temperature is fitted on a fifth of the training part that a second model (the
// same settings, trained on the other four fifths) never saw: never on the dev split.
const calibrationFold = fold === undefined ? trainingFold(CALIBRATION_SEED) : corpora;
const calibrationWeights = fold === undefined ? trainModel(calibrationFold.train, settings) : trained;
const calibration = fitTemperature(calibrationWeights, calibrationFold.dev);
console.log(`confidence temperature ${calibration.temperature} (log loss ${calibration.logLoss.toFixed(3)} on ${calibrationFold.dev.length} held-out training texts; raw softmax ${logLoss(scoredNames(calibrationWeights, calibrationFold.dev, 1)).toFixed(3)})`);
for (const line of reliability(scoredNames(calibrationWeights, calibrationFold.dev, calibration.temperature))) console.log(`  held-out training texts, ${line}`);
const floor = fitNameFloor(calibrationWeights, calibrationFold.dev, calibration.temperature);
console.log(`least confidence of a name ${floor.nameFloor} (micro F1 ${floor.f1.toFixed(3)} on those texts)`);
const weights = { ...trained, temperature: calibration.temperature, nameFloor: floor.nameFloor };
const payload = modelPayload(weights);
const manifest: ModelManifest = {
  payloadSha256: payloadSha256(payload),
  sliceSha256: sliceManifestHash(corpora.train),
  buckets: settings.buckets,
  epochs: settings.epochs,
  seed: settings.seed,
  runs: settings.runs,
  azLatinShare: settings.azLatinShare ?? 0,
  trainingTexts: corpora.train.length,
};
console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s; payload sha256 ${manifest.payloadSha256}`);

// Model alone on the held-out part (npm run score gives the whole tagger's figures).
const scorer = weightsScorer(weights);
for (const line of reliability(scoredNames(weights, corpora.dev, calibration.temperature))) console.log(`  ${heldOut}, ${line}`);
const counts = new Map<string, { gold: number; predicted: number; exact: number }>();
const bump = (key: string, field: 'gold' | 'predicted' | 'exact'): void => {
  const entry = counts.get(key) ?? { gold: 0, predicted: 0, exact: 0 };
  entry[field]++;
  counts.set(key, entry);
};
for (const text of corpora.dev) {
  const predicted = tagWithModel(text.text, text.lang, scorer, tagWithGazetteer(text.text, tokenizeWords(text.text), text.lang, defaultGazetteer()));
  const gold = new Set(text.spans.map((span) => `${span.start} ${span.end} ${span.kind}`));
  for (const span of text.spans) for (const key of [span.kind, 'ALL']) bump(`${text.lang} ${key}`, 'gold');
  for (const span of predicted) {
    for (const key of [span.kind, 'ALL']) {
      bump(`${text.lang} ${key}`, 'predicted');
      if (gold.has(`${span.start} ${span.end} ${span.kind}`)) bump(`${text.lang} ${key}`, 'exact');
    }
  }
}
for (const [key, entry] of [...counts].sort()) {
  const p = entry.exact / Math.max(1, entry.predicted);
  const r = entry.exact / Math.max(1, entry.gold);
  console.log(`  model alone, ${heldOut} ${key.padEnd(9)} gold ${String(entry.gold).padStart(5)}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${(p + r === 0 ? 0 : (2 * p * r) / (p + r)).toFixed(3)}`);
}

const manifestFile = path.join(WEIGHTS, MANIFEST_FILE);
if (fold !== undefined) {
  console.log('a fold of the training part: nothing written');
} else if (check) {
  const shipped = JSON.parse(readFileSync(manifestFile, 'utf8')) as ModelManifest;
  const same = shipped.payloadSha256 === manifest.payloadSha256 && shipped.sliceSha256 === manifest.sliceSha256;
  console.log(same ? 'the shipped model is what training makes' : `the shipped model differs from what training makes (shipped ${shipped.payloadSha256})`);
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(path.join(WEIGHTS, MODEL_FILE_NAME), serializeModel(weights));
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 1) + '\n');
  console.log(`wrote ${path.relative(REPO_ROOT, path.join(WEIGHTS, MODEL_FILE_NAME))} and ${MANIFEST_FILE}`);
}
