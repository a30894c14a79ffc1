import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { tagArticleText } from '../../../../src/core/curation/articleTags';
import { acceptPending, acceptPendingAndMarkReviewed } from '../../../../src/core/curation/markReviewed';
import { recordDecisions } from '../../../../src/core/curation/recordDecision';
import { tag } from '../../../../src/core/tagging/tag';
import { SEEDS } from '../../paths';

const NAME = '002_dc49007d92890326.txt';
const SEED = readFileSync(path.join(SEEDS, NAME), 'utf8');

describe('core/curation: Mark as Reviewed accepting the pending tags', () => {
  it('accepts every pending tag and marks the article reviewed in one edit, keeping the body and the curator\'s rejections', () => {
    const rejected = recordDecisions(SEED, NAME, [{ type: 'reject', kind: 'ORG', name: 'Казинформ' }], tag);
    assert.equal(rejected.status, 'changed');
    const text = rejected.status === 'changed' ? rejected.newText : SEED;
    const pending = acceptPending(text, NAME, tag);
    assert.ok(pending.length > 3, `several tags are pending: ${pending.length}`);
    assert.ok(!pending.some((decision) => decision.name === 'Казинформ'));
    const result = acceptPendingAndMarkReviewed(text, NAME, tag);
    assert.equal(result.status, 'changed');
    if (result.status !== 'changed') return;
    assert.ok(result.newText.endsWith(SEED), 'the body is unchanged');
    const value = parse(splitArticle(result.newText).frontMatter?.yaml ?? '') as { status: string; curation: { accepted: unknown[]; rejected: unknown[] } };
    assert.equal(value.status, 'reviewed');
    assert.equal(value.curation.accepted.length, pending.length);
    assert.deepEqual(value.curation.rejected, [{ kind: 'ORG', name: 'Казинформ' }]);
    assert.equal(tagArticleText(result.newText, NAME, tag).tags.filter((one) => one.status === 'pending').length, 0, 'nothing is pending any more');
    assert.equal(acceptPendingAndMarkReviewed(result.newText, NAME, tag).status, 'unchanged', 'a second run changes nothing');
  });
});
