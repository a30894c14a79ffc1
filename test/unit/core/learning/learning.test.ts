import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { curatedSequence, UNKNOWN_LABEL } from '../../../../src/core/learning/curatedArticle';
import { decisionExamples } from '../../../../src/core/learning/decisionExamples';
import { decisionsHash, learnFromDecisions } from '../../../../src/core/learning/learn';
import { withPriorReading } from '../../../../src/core/learning/priorReading';
import { MODEL_NAMES_OFF } from '../../../../src/core/learning/confidenceFloor';
import { readShippedWeights, rebuildWorkspaceModel } from '../../../../src/core/learning/learnCorpus';
import { readWorkspaceModel, workspaceModelFile, workspaceScorer } from '../../../../src/core/tagging/model/workspaceModel';
import { LABELS, OUTSIDE } from '../../../../src/core/tagging/model/labels';
import { modelPayload, payloadSha256 } from '../../../../src/core/tagging/model/modelFile';
import { textFeatures } from '../../../../src/core/tagging/model/modelSource';
import { tag } from '../../../../src/core/tagging/tag';
import type { Tagger } from '../../../../src/core/tagging/types';
import { SEEDS } from '../../paths';

const shippedTagger: Tagger = (text, options) => tag(text, options);

/** An Azerbaijani article in which the rules take the title before a name into it (Müşavir Kamran Hüseynzadə, recorded by its canonical form). */
const AZ_BODY = 'Tədbirdə Müşavir Kamran Hüseynzadə və Gülnar Rzayeva çıxış ediblər. Tədbir Gəncə şəhərində keçirilib.\n';

function article(curation: string, status = 'draft'): string {
  return `---\nlanguage: az\nstatus: ${status}\ncuration:\n${curation}---\n${AZ_BODY}`;
}

/** The Azerbaijani seed with a curator's decisions on it. */
const SEED = readFileSync(path.join(SEEDS, '004_df8d99c26602f3bf.txt'), 'utf8');
const SEED_CURATED = `---\nlanguage: az\ncuration:\n${[
  '  accepted:', '    - {kind: PER, name: Səbinə Əliyeva}', '    - {kind: LOC, name: Çin}',
  '  rejected:', '    - {kind: ORG, name: Ombudsman Aparatı}',
  '  added:', '    - {kind: ORG, name: AZƏRTAC, text: AZƏRTAC}', ''].join('\n')}---\n${SEED}`;

const CORRECTED = article([
  '  accepted:', '    - {kind: LOC, name: Gəncə}',
  '  rejected:', '    - {kind: PER, name: Müşavir Kamran Hüseynzadə}',
  '  added:', '    - {kind: PER, name: Kamran Hüseynzadə, text: Kamran Hüseynzadə}', ''].join('\n'));

describe('learning: training examples from the decisions', function () {
  this.timeout(60000);

  it('accepted and added tags are names, a rejected tag is no name, other words are unknown', () => {
    const example = decisionExamples(CORRECTED, '/corpus/a.md', shippedTagger);
    assert.ok(example);
    assert.equal(example.lang, 'az');
    assert.equal(example.reviewed, false);
    const names = example.positives.map((range) => `${example.text.slice(range.start, range.end)} ${range.kind}`).sort();
    assert.deepEqual(names, ['Gəncə LOC', 'Kamran Hüseynzadə PER']);
    assert.deepEqual(example.negatives.map((range) => example.text.slice(range.start, range.end)), ['Müşavir Kamran Hüseynzadə']);
    const { labels } = curatedSequence(example);
    const { tokens } = textFeatures(example.text, 'az', []);
    const labelOf = (word: string): string => {
      const index = tokens.findIndex((token) => token.text === word);
      return labels[index] === UNKNOWN_LABEL ? '?' : LABELS[labels[index] ?? 0] ?? '';
    };
    assert.equal(labelOf('Müşavir'), 'O');
    assert.equal(labelOf('Kamran'), 'B-PER');
    assert.equal(labelOf('Hüseynzadə'), 'I-PER');
    assert.equal(labelOf('Gülnar'), '?');
    assert.equal(labelOf('çıxış'), '?');
  });

  it('tags the article once', () => {
    let calls = 0;
    const counting: Tagger = (text, options) => {
      calls++;
      return shippedTagger(text, options);
    };
    const example = decisionExamples(CORRECTED, '/corpus/a.md', counting);
    assert.equal(calls, 1);
    assert.deepEqual(example?.negatives.map((range) => example.text.slice(range.start, range.end)), ['Müşavir Kamran Hüseynzadə']);
  });

  it('a reviewed article: every tag left is a name, every other word no name', () => {
    const example = decisionExamples(article('  accepted:\n    - {kind: LOC, name: Gəncə}\n', 'reviewed'), '/corpus/a.md', shippedTagger);
    assert.ok(example?.reviewed);
    const { labels } = curatedSequence(example);
    assert.ok(![...labels].includes(UNKNOWN_LABEL));
    assert.ok([...labels].filter((label) => label !== OUTSIDE).length >= 3);
  });

  it('an article without decisions gives nothing; a seed without front matter neither', () => {
    assert.equal(decisionExamples(`---\nlanguage: az\n---\n${AZ_BODY}`, '/corpus/a.md', shippedTagger), undefined);
    const seed = readFileSync(path.join(SEEDS, '004_df8d99c26602f3bf.txt'), 'utf8');
    assert.equal(decisionExamples(seed, path.join(SEEDS, '004_df8d99c26602f3bf.txt'), shippedTagger), undefined);
  });
});

describe('learning: words without a decision keep the reading before the decisions', function () {
  this.timeout(60000);
  const shipped = readShippedWeights();
  const KAZAKH = 'Президент Қасым-Жомарт Тоқаев Алматы қаласында Еуропалық одақтың өкілдерімен кездесті.';

  function labelsOf(text: string, lang: 'kk' | 'az', accepted: string, kind: 'LOC' | 'PER'): { words: string[]; before: string[]; after: string[] } {
    const start = text.indexOf(accepted);
    const example = { id: 'a', lang, text, positives: [{ start, end: start + accepted.length, kind }], negatives: [], reviewed: false };
    const sequence = curatedSequence(example);
    const anchored = withPriorReading(sequence, lang, shipped.weights);
    const { tokens } = textFeatures(text, lang, []);
    const name = (label: number): string => (label === UNKNOWN_LABEL ? '?' : LABELS[label] ?? '');
    return { words: tokens.map((token) => token.text), before: [...sequence.labels].map(name), after: [...anchored.labels].map(name) };
  }

  it('in a language the shipped model tags, an untouched word takes the shipped model\'s label; a decided word keeps the decision', () => {
    const { words, before, after } = labelsOf(KAZAKH, 'kk', 'Алматы', 'LOC');
    assert.ok(!after.includes('?'));
    assert.equal(after[words.indexOf('Алматы')], 'B-LOC');
    assert.equal(before[words.indexOf('Тоқаев')], '?');
    assert.match(after[words.indexOf('Тоқаев')] ?? '', /-PER$/u, after.join(' '));
    assert.equal(after[words.indexOf('кездесті')], 'O');
  });

  it('in a language the shipped model does not tag (az), an untouched word is no name from the model', () => {
    const { words, after } = labelsOf(AZ_BODY, 'az', 'Gəncə', 'LOC');
    assert.equal(after[words.indexOf('Gəncə')], 'B-LOC');
    assert.deepEqual(after.filter((label, i) => words[i] !== 'Gəncə' && label !== 'O'), []);
  });
});

describe('learning: the workspace model', function () {
  this.timeout(120000);
  const shipped = readShippedWeights();

  it('no decisions, or only rejections: nothing is learnt', () => {
    assert.deepEqual(learnFromDecisions([], shipped), { status: 'no-decisions' });
    const onlyRejected = decisionExamples(article('  rejected:\n    - {kind: LOC, name: Gəncə}\n'), '/corpus/a.md', shippedTagger);
    assert.ok(onlyRejected);
    assert.deepEqual(learnFromDecisions([onlyRejected], shipped), { status: 'only-rejections', rejections: 1 });
  });

  it('is deterministic: the same decisions give the same model and manifest', () => {
    const example = decisionExamples(SEED_CURATED, '/corpus/004.md', shippedTagger);
    assert.ok(example);
    const first = learnFromDecisions([example], shipped);
    const second = learnFromDecisions([example], shipped);
    assert.equal(first.status, 'learnt');
    assert.equal(second.status, 'learnt');
    if (first.status !== 'learnt' || second.status !== 'learnt') return;
    assert.equal(payloadSha256(modelPayload(first.weights)), payloadSha256(modelPayload(second.weights)));
    assert.deepEqual(first.manifest, second.manifest);
    assert.equal(first.manifest.decisionsSha256, decisionsHash([example]));
    assert.deepEqual(first.manifest.languages, ['az']);
    assert.ok(first.manifest.changedWeights > 0);
  });

  it('turns the model on for Azerbaijani once it has Azerbaijani decisions: a later article gets model tags with a confidence', () => {
    const example = decisionExamples(SEED_CURATED, '/corpus/004.md', shippedTagger);
    assert.ok(example);
    const outcome = learnFromDecisions([example], shipped);
    assert.equal(outcome.status, 'learnt');
    if (outcome.status !== 'learnt') return;
    const later = 'Müşavirədə Kamran Hüseynzadə və Gülnar Rzayeva çıxış ediblər. Hüquq müdafiəçisi Leyla Yunus Sumqayıtda keçirilən tədbirdə Beynəlxalq Amnistiya təşkilatının hesabatını təqdim edib.';
    const before = tag(later, { lang: 'az' }).spans;
    assert.ok(before.every((span) => span.confidence === undefined), 'the shipped model does not tag Azerbaijani');
    // One curated article is too few to judge the model's own Azerbaijani names: they stay below the floor.
    assert.equal(outcome.manifest.confidenceFloors.az, MODEL_NAMES_OFF);
    const held = tag(later, { lang: 'az' }, { model: workspaceScorer(outcome.weights, outcome.manifest) }).spans;
    assert.ok(held.every((span) => span.source !== 'model'), held.map((span) => `${span.text} ${span.source ?? ''}`).join(' | '));
    // With the floor lifted, the model learnt from the decisions tags Azerbaijani.
    const after = tag(later, { lang: 'az' }, { model: workspaceScorer(outcome.weights, { ...outcome.manifest, confidenceFloors: {} }) }).spans;
    const fromModel = after.filter((span) => span.confidence !== undefined);
    assert.ok(fromModel.length > 0, after.map((span) => span.text).join(' | '));
    for (const span of fromModel) assert.ok((span.confidence ?? -1) >= 0 && (span.confidence ?? 2) <= 1, String(span.confidence));
    assert.notDeepEqual(after.map((span) => `${span.text} ${span.kind}`), before.map((span) => `${span.text} ${span.kind}`));
  });

  it('is written under .corpus/model with its manifest, read back, and a corrupt file is named and not used', () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'corpus-curator-learn-'));
    const file = path.join(workspace, 'a.md');
    writeFileSync(file, CORRECTED);
    const modelFile = workspaceModelFile(workspace);
    const result = rebuildWorkspaceModel([file], modelFile, shippedTagger);
    assert.equal(result.outcome.status, 'learnt');
    const manifest = JSON.parse(readFileSync(path.join(workspace, '.corpus', 'model', 'entities.manifest.json'), 'utf8')) as { languages: string[]; decisionsSha256: string };
    assert.deepEqual(manifest.languages, ['az']);
    const loaded = readWorkspaceModel(modelFile);
    assert.equal(loaded.status, 'loaded');
    writeFileSync(modelFile, readFileSync(modelFile).subarray(0, 5000));
    const corrupt = readWorkspaceModel(modelFile);
    assert.equal(corrupt.status, 'failed');
    if (corrupt.status === 'failed') assert.ok(corrupt.error.message.includes(modelFile), corrupt.error.message);
  });
});
