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
/**
 * `--fold N` chooses settings without looking at the dev split: it holds out a fifth of the
 * *training* part (seeded shuffle N, per language), trains on the rest, scores on that fifth, and
 * writes nothing.
 */
const fold = option('--fold');
const loaded = loadCorpora(REPO_ROOT);
const corpora = fold === undefined ? loaded : (['kk', 'ru'] as const).map((lang) => splitByDocument(loaded.train.filter((text) => text.lang === lang), fold))
  .reduce<typeof loaded>((all, part) => ({ train: [...all.train, ...part.train], dev: [...all.dev, ...part.dev] }), { train: [], dev: [] });
const heldOut = fold === undefined ? 'dev' : `fold ${fold}`;
console.log(`training on ${corpora.train.length} texts, holding out ${corpora.dev.length}`);
const weights = trainModel(corpora.train, { ...settings, log: (line) => { console.log(`  ${line}`); } });
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
