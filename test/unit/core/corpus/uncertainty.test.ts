import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { tagArticleText } from '../../../../src/core/curation/articleTags';
import { sortArticlesBy } from '../../../../src/core/corpus/articleOrder';
import type { IndexedArticle } from '../../../../src/core/corpus/corpusIndex';
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

describe('core/corpus: the Articles view sorted by pending tags', () => {
  it('puts the articles with most pending tags first, ties by path', () => {
    const article = (file: string, pending: number): IndexedArticle => ({ path: file, mtimeMs: 0, size: 0, hash: file, summary: { ...summarizeArticle('', file), pending } });
    const articles = [article('/c/b.txt', 3), article('/c/a.txt', 0), article('/c/c.txt', 3), article('/c/d.txt', 12)];
    assert.deepEqual(sortArticlesBy(articles, 'pending').map((one) => one.path), ['/c/d.txt', '/c/b.txt', '/c/c.txt', '/c/a.txt']);
    assert.deepEqual(sortArticlesBy(articles, 'path').map((one) => one.path), ['/c/a.txt', '/c/b.txt', '/c/c.txt', '/c/d.txt']);
  });
});
