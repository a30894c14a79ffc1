import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitArticle } from '../../../../src/core/article/frontMatterBlock';
import { frontMatterChanges } from '../../../../src/core/metadata/frontMatterChanges';
import { writeArticle } from '../../../../src/core/metadata/writeArticle';
import { SEEDS } from '../../paths';
import { written } from './helpers';

describe('core/metadata: front matter changes as a reviewer reads them', () => {
  it('gives one line per change, and names what a change removes', () => {
    const name = '002_dc49007d92890326.txt';
    const first = written(readFileSync(path.join(SEEDS, name), 'utf8'), name);
    // The curator deletes the sentence that named Тери Хакала and adds one about Женева.
    const bodyStart = splitArticle(first).bodyStart;
    const edited = first.slice(0, bodyStart) + first.slice(bodyStart).replace('Тери Хакала', 'г-жа посол').replace('В рамках встреч', 'В Женеве и в рамках встреч');
    const result = writeArticle(edited, name);
    assert.equal(result.status, 'changed');
    if (result.status !== 'changed') return;
    const oldBlock = edited.slice(0, splitArticle(edited).bodyStart);
    const changes = frontMatterChanges(oldBlock, result.replacement);
    const removing = changes.filter((change) => change.removedNames.length > 0);
    assert.deepEqual(removing.flatMap((change) => change.removedNames), ['Тери Хакала']);
    const summaries = changes.map((change) => change.summary);
    assert.ok(summaries.some((summary) => summary.includes('− people: Тери Хакала')), JSON.stringify(summaries));
    assert.ok(summaries.some((summary) => summary.includes('+ places: Женева')), JSON.stringify(summaries));
    // The one-line fingerprints are told as the fields whose fingerprints changed, never as the raw line.
    assert.ok(summaries.some((summary) => summary.includes('~ fingerprint of places')), JSON.stringify(summaries));
    assert.ok(!summaries.some((summary) => summary.includes('generated: {') || summary.includes('fingerprint of organizations')), JSON.stringify(summaries));
    for (const summary of summaries) assert.ok(!summary.includes('\n') && !summary.includes('⏎'), 'one line');
    // Applying every change to the old block gives the new one.
    const lines = oldBlock.split('\n');
    for (const change of [...changes].reverse()) lines.splice(change.fromLine, change.toLine - change.fromLine, ...change.newLines);
    assert.equal(lines.join('\n'), result.replacement);
  });
});
