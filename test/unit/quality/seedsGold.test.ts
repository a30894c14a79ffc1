import * as assert from 'node:assert/strict';
import { loadSeedGold } from '../../quality/gold';
import { precision, recall, scoreDocuments, TARGETS } from '../../quality/score';
import { REPO_ROOT } from '../paths';

describe('tagging quality on the seeds gold (test/fixtures/gold)', () => {
  const scores = scoreDocuments(loadSeedGold(REPO_ROOT));
  for (const lang of ['kk', 'ru', 'az']) {
    for (const group of ['DATE', 'ENTITIES'] as const) {
      it(`${lang} ${group}: precision ≥ ${TARGETS[group].precision}, recall ≥ ${TARGETS[group].recall} (exact match)`, () => {
        const entry = scores.get(`${lang} ${group}`);
        assert.ok(entry && entry.gold > 0, 'the gold has spans of this kind');
        assert.ok(precision(entry, entry.exact) >= TARGETS[group].precision, `precision ${precision(entry, entry.exact).toFixed(2)}`);
        assert.ok(recall(entry, entry.exact) >= TARGETS[group].recall, `recall ${recall(entry, entry.exact).toFixed(2)}`);
      });
    }
  }
});
