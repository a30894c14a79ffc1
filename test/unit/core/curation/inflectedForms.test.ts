import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { findInflectedForms, inflectedFormsAcross, namePattern } from '../../../../src/core/curation/inflectedForms';
import { learnName } from '../../../../src/core/curation/learnedNames';
import { parseWorkspaceGazetteer } from '../../../../src/core/tagging/gazetteer/workspaceGazetteer';
import { defaultGazetteer } from '../../../../src/core/tagging/gazetteer/gazetteer';
import { taggerWith } from '../../../../src/core/tagging/tag';
import { SEED_NAMES, SEEDS } from '../../paths';

const seeds = SEED_NAMES.map((name) => readFileSync(path.join(SEEDS, name), 'utf8'));
const seed = (index: number): string => seeds[index] ?? '';

describe('core/curation: a name in every inflected form across the corpus', () => {
  it('finds a Russian name in each case it is declined in on the seeds', () => {
    assert.deepEqual(inflectedFormsAcross([seed(1), seed(2)], 'Эльвира Азимова', 'ru'), ['Эльвира Азимова', 'Эльвирой Азимовой', 'Эльвиры Азимовой']);
    // From an inflected form as well: the forms meet in their base form.
    assert.deepEqual(inflectedFormsAcross([seed(1), seed(2)], 'Эльвиры Азимовой', 'ru'), ['Эльвира Азимова', 'Эльвирой Азимовой', 'Эльвиры Азимовой']);
  });

  it('finds Kazakh and Azerbaijani case forms on the seeds, with offsets into the text', () => {
    const kk = seed(0);
    const found = findInflectedForms(kk, namePattern('Қытай', 'kk'), 'kk');
    assert.deepEqual([...new Set(found.map((form) => form.text))].sort(), ['Қытай', 'Қытайды', 'Қытайдың']);
    for (const form of found) assert.equal(kk.slice(form.start, form.end), form.text);
    assert.deepEqual(inflectedFormsAcross([seed(4)], 'Azərbaycan', 'az'), ['Azərbaycan']);
    assert.ok(inflectedFormsAcross([seed(4)], 'Çin', 'az').includes('Çin'));
    assert.deepEqual(inflectedFormsAcross([seed(3)], 'Қазақстан', 'kk'), ['Қазақстан', 'Қазақстанның']);
  });

  it('finds the Kazakh forms of a new place name, and not words that only share a syllable', () => {
    const text = 'Шалқарда жаңа мектеп ашылды. Шалқарға келген қонақтар Шалқардың тарихымен танысты. Шалғын ауылы алыс емес.';
    assert.deepEqual(inflectedFormsAcross([text], 'Шалқарда', 'kk'), ['Шалқарда', 'Шалқардың', 'Шалқарға']);
  });

  it('matches only whole runs of words on one line, starting with a capital', () => {
    assert.deepEqual(inflectedFormsAcross(['Эльвира\nАзимова и эльвира азимова, Эльвира, Азимова'], 'Эльвира Азимова', 'ru'), []);
  });
});

describe('core/curation: the workspace gazetteer learns a name', () => {
  it('adds an entry with the forms as aliases, which the tagger then finds in every form', () => {
    const outcome = learnName('', { kind: 'LOC', lang: 'kk', name: 'Шалқар', forms: ['Шалқарда', 'Шалқарға', 'Шалқар'] });
    assert.equal(outcome.status, 'changed');
    if (outcome.status !== 'changed') return;
    assert.deepEqual(outcome.added, ['Шалқар', 'Шалқарда', 'Шалқарға']);
    assert.deepEqual(parse(outcome.text), { entities: [{ kind: 'LOC', names: { kk: 'Шалқар' }, aliases: { kk: ['Шалқарда', 'Шалқарға'] } }] });
    const { entries, problems } = parseWorkspaceGazetteer(outcome.text);
    assert.deepEqual(problems, []);
    const tagger = taggerWith(defaultGazetteer().withEntries(entries));
    const spans = tagger('Ауыл әкімі Шалқардың жаңа саябағын ашты.', { lang: 'kk' }).spans.filter((span) => span.canonical === 'Шалқар');
    assert.deepEqual(spans.map((span) => [span.text, span.kind]), [['Шалқардың', 'LOC']]);
  });

  it('adds new forms to the entry it has, keeps comments and other entries, and changes nothing the second time', () => {
    const existing = '# kept\nentities:\n  - kind: PER\n    names: {ru: Тери Хакала}\n  - kind: LOC\n    names:\n      kk: Шалқар\n    aliases:\n      kk:\n        - Шалқарда\n';
    const first = learnName(existing, { kind: 'LOC', lang: 'kk', name: 'Шалқар', forms: ['Шалқарға', 'Шалқарда'] });
    assert.equal(first.status, 'changed');
    if (first.status !== 'changed') return;
    assert.deepEqual(first.added, ['Шалқарға']);
    assert.ok(first.text.startsWith('# kept\n'));
    assert.match(first.text, / {8}- Шалқарда\n {8}- Шалқарға\n$/u);
    assert.match(first.text, /names: \{ ru: Тери Хакала \}|names: \{ru: Тери Хакала\}/u);
    assert.deepEqual(learnName(first.text, { kind: 'LOC', lang: 'kk', name: 'Шалқар', forms: ['Шалқарға'] }), { status: 'unchanged' });
  });

  it('leaves a gazetteer that is not valid YAML alone, with the reason', () => {
    const outcome = learnName('entities: [\n', { kind: 'LOC', lang: 'kk', name: 'Шалқар', forms: [] });
    assert.equal(outcome.status, 'invalid');
    assert.equal(learnName('entities: 3\n', { kind: 'LOC', lang: 'kk', name: 'Шалқар', forms: [] }).status, 'invalid');
  });
});
