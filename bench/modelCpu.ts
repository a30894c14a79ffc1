// CPU time (not wall time) of the entity model alone on the benchmark's generated news, per MB:
// the model's view of the text (features) and the decoding, apart from the rest of the tagger. The
// shape rules' names, which the tagger finds once for its rule sources and the model, are found
// once here too and given to the model, so they are not counted (see shapeRuleNames.ts).
// `node out/bench/modelCpu.js [RUNS] [--lang kk|ru|az] [--dev]` (the least of RUNS runs; --dev:
// the development split's texts of the training corpora, real news with a large vocabulary, in
// place of the benchmark's shuffled seed sentences).
import * as path from 'node:path';
import { decodeGreedy } from '../src/core/tagging/model/entityModel';
import { BEGIN_MARGINS, tagWithModel, textFeatures } from '../src/core/tagging/model/modelSource';
import { shippedModel } from '../src/core/tagging/model/shippedModel';
import { loadCorpora } from '../src/core/tagging/model/training/corpora';
import { isWord, tokenizeAll } from '../src/core/text/tokenize';
import { shapeRuleNames } from '../src/core/tagging/entities/shapeRuleNames';
import { generateText, random, seedSentences } from './corpus';
import { benchLanguage, leastCpuMs, utf8Megabytes } from './machine';

const sentences = seedSentences(path.join(path.resolve(__dirname, '..', '..'), 'seeds'));
const next = random(20261121);
const lang = benchLanguage();
const repoRoot = path.resolve(__dirname, '..', '..');
const text = process.argv.includes('--dev')
  ? loadCorpora(repoRoot).dev.filter((annotated) => annotated.lang === lang).map((annotated) => annotated.text).join('\n\n')
  : generateText(sentences[lang], 500_000, next);
const mb = utf8Megabytes(text);
const runs = Number(process.argv[2] ?? 5);
const scorer = shippedModel();
if (!scorer) throw new Error('the shipped model is not readable');
const tokens = tokenizeAll(text);
const words = tokens.filter(isWord);
const rules = shapeRuleNames(text, words, lang, []);
const { features } = textFeatures(text, lang, [], { all: tokens, words, rules });
decodeGreedy(scorer, features, undefined, BEGIN_MARGINS, new Float64Array(tokens.length));
const featuresMs = leastCpuMs(runs, () => textFeatures(text, lang, [], { all: tokens, words, rules }));
const decodeMs = leastCpuMs(runs, () => decodeGreedy(scorer, features, undefined, BEGIN_MARGINS, new Float64Array(tokens.length)));
const wholeMs = leastCpuMs(runs, () => tagWithModel(text, lang, scorer, [], BEGIN_MARGINS, { all: tokens, words, rules }));
console.log(`${mb.toFixed(2)} MB ${lang}, ${tokens.length} tokens: features ${(featuresMs / mb).toFixed(1)} ms/MB; decoding ${(decodeMs / mb).toFixed(1)} ms/MB; tagWithModel ${(wholeMs / mb).toFixed(1)} ms/MB`);
