import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { tagArticleText } from '../../../../src/core/decisions/articleTags';
import type { Decision } from '../../../../src/core/decisions/types';
import { checkArticle } from '../../../../src/core/metadata/checkArticle';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { decisionChanges } from '../../../../src/core/review/decisions';
import { tag } from '../../../../src/core/tagging/tag';
import { SEEDS } from '../../paths';

const NAME = '001_eb5c65e7f4da4a69.txt';
const SEED = readFileSync(path.join(SEEDS, NAME), 'utf8');
const AZIMOVA = 'Эльвира Азимова';

function decided(text: string, ...decisions: Decision[]): string {
  const result = recordDecisions(text, NAME, decisions, tag);
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return result.status === 'changed' ? result.newText : text;
}

function frontMatter(text: string): Record<string, unknown> {
  return parse(splitArticle(text).frontMatter?.yaml ?? '') as Record<string, unknown>;
}

function decisionLines(text: string): string[] {
  return (/^ {2}decisions:\n((?: {4}- .*\n)+)/mu.exec(text)?.[1] ?? '').trimEnd().split('\n').map((line) => line.trim());
}

function tagsOf(text: string) {
  return tagArticleText(text, NAME, tag).tags;
}

/** The nth (from 1) mention of `words` in the body of `text`, as a file range. */
function mentionOf(text: string, words: string, nth: number): { start: number; end: number } {
  const bodyStart = splitArticle(text).bodyStart;
  let at = bodyStart - 1;
  for (let i = 0; i < nth; i++) at = text.indexOf(words, at + 1);
  assert.ok(at >= bodyStart, `${words} #${nth}`);
  return { start: at, end: at + words.length };
}

describe('core/decisions: one mention or the whole entity', () => {
  it('rejects one mention while the other mentions of the entity stay, recorded on one line with its anchor', () => {
    const written = decided(SEED, { type: 'accept', kind: 'PER', name: AZIMOVA });
    const before = tagsOf(written).filter((found) => found.name === AZIMOVA);
    assert.ok(before.length >= 4 && before.every((found) => found.status === 'accepted'));
    const second = mentionOf(written, AZIMOVA, 2);
    const text = decided(written, { type: 'reject', kind: 'PER', name: AZIMOVA, mention: second });
    const after = tagsOf(text).filter((found) => found.name === AZIMOVA);
    assert.equal(after.length, before.length - 1);
    assert.ok(after.every((found) => found.status === 'accepted'), 'the other mentions stay accepted');
    assert.ok(!after.some((found) => found.start === second.start - written.length + text.length));
    assert.deepEqual(decisionLines(text), [
      `- {accept: PER, name: ${AZIMOVA}}`,
      `- {reject: PER, name: ${AZIMOVA}, mention: "правозащитных НПО [[${AZIMOVA}]] сообщила о реализации в", at: 2}`,
    ]);
    const people = frontMatter(text).people as { name: string; mentions: number }[];
    assert.equal(people.find((entry) => entry.name === AZIMOVA)?.mentions, after.length, 'the entity list counts the mentions kept');
    assert.equal(writeArticle(text, NAME, tag).status, 'unchanged', 'a re-run changes nothing');
  });

  it('accepts one mention and leaves the others pending; a decision on the entity then replaces the mention decisions', () => {
    const third = mentionOf(SEED, AZIMOVA, 3);
    const text = decided(SEED, { type: 'accept', kind: 'PER', name: AZIMOVA, mention: third });
    const states = tagsOf(text).filter((found) => found.name === AZIMOVA).map((found) => found.status);
    assert.equal(states.filter((state) => state === 'accepted').length, 1);
    assert.ok(states.filter((state) => state === 'pending').length >= 3);
    const wide = decided(text, { type: 'reject', kind: 'PER', name: AZIMOVA });
    assert.deepEqual(decisionLines(wide), [`- {reject: PER, name: ${AZIMOVA}}`]);
    assert.ok(!tagsOf(wide).some((found) => found.name === AZIMOVA));
  });

  it('narrows a span word by word: the new words replace the engine tag there, accepted, and the next narrowing replaces the first', () => {
    const wide = mentionOf(SEED, 'Конституционного суда РК', 1);
    const narrower = { start: wide.start, end: wide.start + 'Конституционного суда'.length };
    const text = decided(SEED, { type: 'add', kind: 'ORG', name: 'Конституционный суд', text: 'Конституционного суда', mention: narrower });
    const shift = text.length - SEED.length;
    const there = tagsOf(text).filter((found) => found.start < wide.end + shift && wide.start + shift < found.end);
    assert.deepEqual(there.map((found) => [found.text, found.status, found.added]), [['Конституционного суда', 'accepted', true]]);
    assert.deepEqual(decisionLines(text), ['- {add: ORG, name: Конституционный суд, mention: "Азимова, председатель [[Конституционного суда]] РК:", at: 3}']);
    const narrowest = { start: narrower.start + shift, end: narrower.start + shift + 'Конституционного'.length };
    const again = decided(text, { type: 'add', kind: 'ORG', name: 'Конституционный суд', text: 'Конституционного', mention: narrowest });
    assert.equal(decisionLines(again).length, 1, 'one decision for that mention');
    assert.match(decisionLines(again)[0] ?? '', /\[\[Конституционного\]\] суда РК/u);
  });

  it('changes the kind of one mention only', () => {
    const first = mentionOf(SEED, 'Женеве', 1);
    const text = decided(SEED, { type: 'correct', kind: 'LOC', from: 'Женева', to: 'Женева', toKind: 'ORG', mention: first });
    const geneva = tagsOf(text).filter((found) => found.text === 'Женеве');
    assert.deepEqual(geneva.map((found) => [found.kind, found.status]), [['ORG', 'accepted']]);
    assert.match(decisionLines(text)[0] ?? '', /^- \{correct: LOC, name: Женева, toKind: ORG, mention: .*\[\[Женеве\]\]/u);
  });
});

describe('core/decisions: files of the first format', () => {
  const legacy = (): string => {
    const written = writeArticle(SEED, NAME, tag);
    const text = written.status === 'changed' ? written.newText : SEED;
    return text.replace(/^curation:\n/mu, `curation:\n  accepted:\n    - {kind: LOC, name: Женева}\n    - {kind: PER, name: ${AZIMOVA}}\n  rejected:\n    - {kind: ORG, name: 24KZ}\n  corrected:\n    - {kind: ORG, from: ООН, to: Организация Объединённых Наций}\n`);
  };

  it('reads accepted, rejected and corrected lists as before', () => {
    const tags = tagsOf(legacy());
    assert.ok(tags.filter((found) => found.name === AZIMOVA).every((found) => found.status === 'accepted'));
    assert.ok(!tags.some((found) => found.name === '24KZ'));
    assert.ok(tags.some((found) => found.name === 'Организация Объединённых Наций') && !tags.some((found) => found.name === 'ООН'));
  });

  it('rewrites them as decisions with the next decision, and the review sees only that decision', () => {
    const before = legacy();
    const after = decided(before, { type: 'accept', kind: 'LOC', name: 'Казахстан' });
    assert.doesNotMatch(after, /^ {2}(?:accepted|rejected|corrected):/mu);
    assert.deepEqual(decisionLines(after), [
      '- {reject: ORG, name: 24KZ}',
      '- {accept: LOC, name: Женева}',
      '- {accept: LOC, name: Казахстан}',
      '- {correct: ORG, name: ООН, to: Организация Объединённых Наций}',
      `- {accept: PER, name: ${AZIMOVA}}`,
    ]);
    const changes = decisionChanges(frontMatter(before), frontMatter(after));
    assert.deepEqual(changes.map((change) => `${change.type} ${'label' in change ? change.label : ''}`), ['decision-made LOC Казахстан']);
  });
});

describe('core/decisions: bad input', () => {
  const rejectedSecond = (): string => decided(SEED, { type: 'reject', kind: 'PER', name: AZIMOVA, mention: mentionOf(SEED, AZIMOVA, 2) });

  it('follows a mention whose words moved: an earlier mention added above it does not move the decision to other words', () => {
    const text = rejectedSecond();
    const bodyStart = splitArticle(text).bodyStart;
    const edited = `${text.slice(0, bodyStart)}${AZIMOVA} открыла заседание.\n${text.slice(bodyStart)}`;
    const tags = tagsOf(edited).filter((found) => found.name === AZIMOVA);
    const rejectedAt = edited.indexOf(`НПО ${AZIMOVA}`) + 4;
    assert.ok(!tags.some((found) => found.start === rejectedAt), 'the rejected mention stays rejected');
    assert.ok(tags.some((found) => found.start === bodyStart), 'the new first mention is not rejected');
    assert.deepEqual(checkArticle(edited, NAME).filter((problem) => problem.code.startsWith('decision-')), []);
  });

  it('shows a decision whose words are gone as stale, at its line, with fixes, and applies it to nothing', () => {
    const text = rejectedSecond();
    const edited = text.replace(`правозащитных НПО ${AZIMOVA} сообщила`, `правозащитных организаций ${AZIMOVA} рассказала`);
    const all = tagsOf(edited).filter((found) => found.name === AZIMOVA);
    assert.equal(all.length, tagsOf(SEED).filter((found) => found.name === AZIMOVA).length, 'every mention is back: nothing else was rejected instead');
    const stale = checkArticle(edited, NAME).filter((problem) => problem.code === 'decision-stale');
    assert.equal(stale.length, 1);
    const problem = stale[0];
    assert.ok(problem);
    assert.match(edited.slice(problem.start, problem.end), /^\{reject: PER/u);
    assert.deepEqual([problem.fix?.title, ...(problem.fixes ?? []).map((fix) => fix.title)], [`Put this decision on «${AZIMOVA}» (occurrence 2)`, 'Drop this decision']);
    const fixed = problem.fix ? edited.slice(0, problem.fix.start) + problem.fix.newText + edited.slice(problem.fix.end) : '';
    assert.deepEqual(checkArticle(fixed, NAME).filter((found) => found.code.startsWith('decision-')), []);
    const drop = problem.fixes?.[0];
    const dropped = drop ? edited.slice(0, drop.start) + drop.newText + edited.slice(drop.end) : '';
    assert.doesNotMatch(dropped, /reject: PER/u);
    assert.ok(dropped.endsWith(splitArticle(edited).body));
  });

  it('reports malformed decisions where they are, and applies the others', () => {
    const text = decided(SEED, { type: 'reject', kind: 'ORG', name: '24KZ' }).replace(/^ {2}decisions:\n/mu, '  decisions:\n    - {accept: PERSON, name: Жанат Эрнст}\n    - {frobnicate: PER, name: Жанат Эрнст}\n    - {reject: PER, name: Жанат Эрнст, mention: без скобок}\n');
    const problems = checkArticle(text, NAME).filter((problem) => problem.path?.[1] === 'decisions');
    const lineAt = (offset: number): string => text.slice(text.lastIndexOf('\n', offset) + 1, text.indexOf('\n', offset));
    assert.equal(problems.length, 3, JSON.stringify(problems.map((problem) => problem.message)));
    assert.deepEqual(problems.map((problem) => lineAt(problem.start).trim()), [
      '- {accept: PERSON, name: Жанат Эрнст}',
      '- {frobnicate: PER, name: Жанат Эрнст}',
      '- {reject: PER, name: Жанат Эрнст, mention: без скобок}',
    ]);
    assert.match(problems[1]?.message ?? '', /^curation\.decisions\[1\]: a decision needs exactly one of accept, reject, correct, add, suggest; this decision is not applied$/u);
    const tags = tagsOf(text);
    assert.ok(!tags.some((found) => found.name === '24KZ'), 'the well-formed decision still applies');
    assert.ok(tags.some((found) => found.name === 'Жанат Эрнст' && found.status === 'pending'), 'the malformed ones apply to nothing');
    const recorded = decided(text, { type: 'accept', kind: 'LOC', name: 'Женева' });
    assert.match(recorded, /frobnicate: PER/u, 'a decision the recorder cannot read is kept as written');
  });
});
