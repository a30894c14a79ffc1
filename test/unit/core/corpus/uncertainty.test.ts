import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tagArticleText } from '../../../../src/core/curation/articleTags';
import { summarizeArticle } from '../../../../src/core/corpus/summary';
import { articleCertainty, compareForReview, spanConfidence } from '../../../../src/core/corpus/uncertainty';
import { tag } from '../../../../src/core/tagging/tag';
import { SEED_NAMES, SEEDS } from '../../paths';

describe('core/corpus: how sure the tagger is of an article', () => {
  it('takes the model\'s confidence when a span has one, else a documented value by source', () => {
    const span = { start: 0, end: 5, kind: 'PER' as const, text: 'Айдос' };
    assert.equal(spanConfidence({ ...span, confidence: 0.37 }), 0.37);
    assert.equal(spanConfidence({ ...span, confidence: 1.5 }), 1);
    assert.equal(spanConfidence({ ...span, source: 'curator' }), 1);
    assert.equal(spanConfidence({ ...span, source: 'gazetteer' }), 0.9);
    assert.equal(spanConfidence({ ...span, source: 'rule' }), 0.8);
    assert.equal(spanConfidence({ ...span, source: 'model' }), 0.5);
    assert.equal(spanConfidence(span), 0.5);
    assert.equal(spanConfidence({ ...span, wikidata: 'Q1' }), 0.9);
    assert.equal(spanConfidence({ ...span, entityId: 'local:per:айдос' }), 0.5);
    assert.equal(spanConfidence({ ...span, kind: 'DATE' }), 0.8);
  });

  it('weighs only pending tags: the least sure one, then the mean', () => {
    const tags = [
      { kind: 'PER' as const, status: 'pending' as const, confidence: 0.2 },
      { kind: 'LOC' as const, status: 'pending' as const, confidence: 0.6 },
      { kind: 'ORG' as const, status: 'accepted' as const, confidence: 0.01 },
    ];
    assert.deepEqual(articleCertainty(tags), { lowest: 0.2, mean: 0.4 });
    assert.deepEqual(articleCertainty(tags.filter((one) => one.status === 'accepted')), { lowest: 1, mean: 1 });
  });

  it('orders the seeds least sure first, the same way every time, and the index summary carries it', () => {
    const candidates = SEED_NAMES.map((name) => {
      const file = path.join(SEEDS, name);
      const tags = tagArticleText(readFileSync(file, 'utf8'), file, tag).tags;
      return { path: file, pending: tags.filter((one) => one.status === 'pending').length, certainty: articleCertainty(tags) };
    });
    for (const candidate of candidates) {
      assert.ok(candidate.pending > 0, `${candidate.path} has pending tags`);
      assert.ok(candidate.certainty.lowest <= candidate.certainty.mean && candidate.certainty.mean <= 1);
    }
    const order = [...candidates].sort(compareForReview).map((candidate) => candidate.path);
    assert.deepEqual([...candidates].reverse().sort(compareForReview).map((candidate) => candidate.path), order);
    const first = candidates.find((candidate) => candidate.path === order[0]);
    assert.ok(first && candidates.every((candidate) => candidate.certainty.lowest >= first.certainty.lowest));
    const file = path.join(SEEDS, SEED_NAMES[0]);
    assert.deepEqual(summarizeArticle(readFileSync(file, 'utf8'), file).certainty, candidates[0]?.certainty);
  });
});
