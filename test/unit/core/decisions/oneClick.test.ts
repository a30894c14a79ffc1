import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Decision } from '../../../../src/core/decisions/types';
import { recordDecisions, writeArticle } from '../../../../src/core/metadata/writeArticle';
import { tag } from '../../../../src/core/tagging/tag';
import type { Tagger } from '../../../../src/core/tagging/types';
import { workCounts } from '../../../../src/core/workCounts';
import { SEEDS } from '../../paths';

const NAME = '002_dc49007d92890326.txt';
const SEED = readFileSync(path.join(SEEDS, NAME), 'utf8');

/** What one call costs: analyses, front matter parses and tagging runs. */
function cost(run: (tagger: Tagger) => void): { analyses: number; parses: number; taggings: number } {
  let taggings = 0;
  const counting: Tagger = (text, options) => {
    taggings++;
    return tag(text, options);
  };
  const analyses = workCounts.analyses;
  const parses = workCounts.frontMatterParses;
  run(counting);
  return { analyses: workCounts.analyses - analyses, parses: workCounts.frontMatterParses - parses, taggings };
}

describe('core/decisions: one Accept, one pass', () => {
  // The Accept command of the editor (src/vscode/curation/applyDecision.ts) calls recordDecisions
  // with the article's text, its path, the decisions and the workspace tagger: so does this test.
  const accept: Decision[] = [{ type: 'accept', kind: 'PER', name: 'Эльвира Азимова' }];

  it('on an article with front matter: one analysis, one YAML parse, one tagging run', () => {
    const written = writeArticle(SEED, NAME, tag);
    const text = written.status === 'changed' ? written.newText : SEED;
    let status = '';
    assert.deepEqual(cost((tagger) => { status = recordDecisions(text, NAME, accept, tagger).status; }), { analyses: 1, parses: 1, taggings: 1 });
    assert.equal(status, 'changed');
  });

  it('on an article without front matter: one analysis, no YAML parse, one tagging run', () => {
    let status = '';
    assert.deepEqual(cost((tagger) => { status = recordDecisions(SEED, NAME, accept, tagger).status; }), { analyses: 1, parses: 0, taggings: 1 });
    assert.equal(status, 'changed');
  });

  it('gives the same front matter as writing first and deciding after', () => {
    const direct = recordDecisions(SEED, NAME, accept, tag);
    const written = writeArticle(SEED, NAME, tag);
    const later = recordDecisions(written.status === 'changed' ? written.newText : SEED, NAME, accept, tag);
    assert.equal(direct.status === 'changed' ? direct.newText : '', later.status === 'changed' ? later.newText : '-');
  });
});
