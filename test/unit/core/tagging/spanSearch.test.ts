import * as assert from 'node:assert/strict';
import { firstIndexWhere, overlapping } from '../../../../src/core/tagging/spanSearch';
import type { Span } from '../../../../src/core/tagging/types';

describe('core/tagging: binary search over ranges in text order', () => {
  it('firstIndexWhere finds where a monotone condition starts to hold, or the length', () => {
    const starts = [0, 4, 9, 9, 15];
    for (const offset of [-1, 0, 1, 4, 5, 9, 10, 15, 16]) {
      assert.equal(firstIndexWhere(starts.length, (k) => (starts[k] as number) >= offset), starts.findIndex((start) => start >= offset) === -1 ? starts.length : starts.findIndex((start) => start >= offset), `offset ${offset}`);
    }
    assert.equal(firstIndexWhere(0, () => true), 0);
  });

  it('overlapping gives the spans a range touches, none that only meet it at an end', () => {
    const spans: Span[] = [[0, 5], [6, 10], [12, 20]].map(([start, end]) => ({ start: start as number, end: end as number, kind: 'LOC', text: 'x'.repeat((end as number) - (start as number)) }));
    assert.deepEqual(overlapping(spans, { start: 5, end: 6 }), []);
    assert.deepEqual(overlapping(spans, { start: 4, end: 13 }).map((span) => span.start), [0, 6, 12]);
    assert.deepEqual(overlapping(spans, { start: 20, end: 25 }), []);
    assert.deepEqual(overlapping([], { start: 0, end: 1 }), []);
  });
});
