import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { recordDecisions } from '../../../../src/core/curation/recordDecision';
import { setStatus } from '../../../../src/core/curation/setStatus';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { diffArticle } from '../../../../src/core/review/diffArticle';
import { changeOffset, changeOffsets } from '../../../../src/core/review/locate';
import { versionFromText } from '../../../../src/core/review/version';
import { SEEDS } from '../../paths';

const NAME = '001_eb5c65e7f4da4a69.txt';

function changed(result: ReturnType<typeof writeArticle>): string {
  assert.equal(result.status, 'changed', JSON.stringify(result.problems));
  return result.status === 'changed' ? result.newText : '';
}

describe('core/review: locating all changes of an article at once', () => {
  const base = changed(writeArticle(readFileSync(path.join(SEEDS, NAME), 'utf8'), NAME));
  const decided = changed(setStatus(changed(recordDecisions(base, NAME, [
    { type: 'reject', kind: 'LOC', name: 'Женева' },
    { type: 'add', kind: 'EVENT', name: 'Сессия СПЧ', text: 'Совете ООН по правам человека' },
  ])), NAME, 'reviewed'));
  const { bodyStart } = splitArticle(decided);
  const now = decided.slice(0, bodyStart) + decided.slice(bodyStart).replace('Эльвирой Азимовой', 'Э. Азимовой');
  const changes = diffArticle(NAME, versionFromText(base), versionFromText(now)).changes;

  it('gives each change the offset it has alone: front-matter keys, list items and the body line', () => {
    assert.ok(changes.length >= 5, `${changes.length} changes`);
    assert.ok(changes.some((change) => change.type === 'body-changed'));
    assert.deepEqual(changeOffsets(now, changes), changes.map((change) => changeOffset(now, change)));
    const lines = changeOffsets(now, changes).map((offset) => now.slice(offset).split('\n')[0]);
    assert.ok(lines.includes('{kind: LOC, name: Женева}'), lines.join(' | '));
    assert.ok(lines.some((line) => line?.includes('Э. Азимовой')), lines.join(' | '));
  });

  it('puts a body change past the end of the text at the start of the body', () => {
    const offsets = changeOffsets(now, [{ type: 'body-changed', firstLine: 100_000, linesAdded: 1, linesRemoved: 0 }, { type: 'body-changed', firstLine: 1, linesAdded: 1, linesRemoved: 0 }]);
    assert.deepEqual(offsets, [bodyStart, 0]);
  });
});
