import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { setStatus } from '../../../../src/core/metadata/setStatus';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { changeLine } from '../../../../src/core/review/describe';
import { diffArticle } from '../../../../src/core/review/diffArticle';
import { changeOffset } from '../../../../src/core/review/locate';
import { isRevertible, revertChange } from '../../../../src/core/review/revert';
import type { Change } from '../../../../src/core/review/types';
import { versionFromText } from '../../../../src/core/review/version';
import { SEEDS } from '../../paths';

const NAME = '001_eb5c65e7f4da4a69.txt';

function after(result: ReturnType<typeof writeArticle>): string {
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return result.status === 'changed' ? result.newText : '';
}

const diff = (before: string, now: string): Change[] => diffArticle(NAME, versionFromText(before), versionFromText(now)).changes;
const find = (changes: Change[], line: string): Change => {
  const found = changes.find((change) => changeLine(change) === line);
  assert.ok(found, `${line} in ${changes.map(changeLine).join(' | ')}`);
  return found;
};

describe('core/review: revert one semantic change, locate a change', () => {
  const seed = readFileSync(path.join(SEEDS, NAME), 'utf8');
  const base = after(writeArticle(seed, NAME));

  it('reverting an entity removal puts the entry back in its place and keeps the decision and the body', () => {
    const rejected = after(recordDecisions(base, NAME, [{ type: 'reject', kind: 'LOC', name: 'Женева' }]));
    const reverted = after(revertChange(rejected, NAME, find(diff(base, rejected), '− LOC Женева [Q71]')));
    assert.deepEqual(diff(base, reverted).map(changeLine), ['decision: rejected LOC Женева']);
    const placesOf = (text: string): string => /\nplaces:\n(?: {2}- .*\n)+/u.exec(text)?.[0] ?? '';
    assert.ok(placesOf(base).includes('{name: Женева, wikidata: Q71,'));
    assert.equal(placesOf(reverted), placesOf(base), 'the entry is back in its place');
    assert.ok(reverted.endsWith(splitArticle(base).body));
  });

  it('reverting a decision, a status move and an added entity each leaves the other changes', () => {
    const changed = after(setStatus(after(recordDecisions(base, NAME, [{ type: 'add', kind: 'EVENT', name: 'Сессия СПЧ', text: 'Совете ООН по правам человека' }])), NAME, 'reviewed'));
    const changes = diff(base, changed);
    const statusBack = after(revertChange(changed, NAME, find(changes, 'status: draft → reviewed')));
    assert.ok(!diff(base, statusBack).some((change) => change.type === 'status-changed'));
    assert.equal(diff(base, statusBack).length, changes.length - 1);
    const noEntity = after(revertChange(changed, NAME, find(changes, '+ EVENT Сессия СПЧ')));
    assert.deepEqual(diff(changed, noEntity).map(changeLine), ['− EVENT Сессия СПЧ (the curator had accepted it, and no decision removed it)']);
    const noDecision = after(revertChange(changed, NAME, find(changes, 'decision: added EVENT Сессия СПЧ «Совете ООН по правам человека»')));
    assert.deepEqual(diff(changed, noDecision).map(changeLine), ['decision reversed: added EVENT Сессия СПЧ «Совете ООН по правам человека» (withdrawn)']);
  });

  it('a body change is never reverted; changes are located on their lines', () => {
    const { bodyStart } = splitArticle(base);
    const edited = base.slice(0, bodyStart) + base.slice(bodyStart).replace('Эльвирой Азимовой', 'Э. Азимовой');
    const body = diff(base, edited)[0] as Change;
    assert.equal(isRevertible(body), false);
    assert.equal(revertChange(edited, NAME, body).status, 'skipped');
    assert.equal(edited.slice(changeOffset(edited, body)).split('\n')[0]?.includes('Э. Азимовой'), true);
    const rejected = after(recordDecisions(base, NAME, [{ type: 'reject', kind: 'LOC', name: 'Женева' }]));
    const decision = find(diff(base, rejected), 'decision: rejected LOC Женева');
    assert.equal(rejected.slice(changeOffset(rejected, decision)).split('\n')[0], '{reject: LOC, name: Женева}');
  });
});
