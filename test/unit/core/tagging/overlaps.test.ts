import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { apartInTextOrder, competingOrder, keepNonOverlapping } from '../../../../src/core/tagging/overlaps';

interface Range { start: number; end: number; id: number }

/** The order every group's ranges competed in before groups apart were left unsorted: longest first, then earliest. */
const sortedByLength = (ranges: readonly Range[]): Range[] => [...ranges].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);

const range = fc.tuple(fc.nat(600), fc.nat(8)).map(([start, length]) => ({ start, end: start + length }));
/** A group as sources give them: ranges in text order, often apart, sometimes overlapping or empty. */
const group = fc.array(range, { maxLength: 40 }).map((ranges) => ranges.sort((a, b) => a.start - b.start || a.end - b.end));
const groups = fc.array(group, { maxLength: 5 }).map((list) => {
  let id = 0;
  return list.map((ranges) => ranges.map((r) => ({ ...r, id: id++ })));
});

describe('core/tagging/overlaps: the choice among overlapping ranges', () => {
  it('property: a group whose ranges are apart is kept as it is, and the ranges kept are those of sorting every group', () => {
    fc.assert(fc.property(groups, (list) => {
      const fast = keepNonOverlapping(list.flatMap((ranges) => competingOrder(ranges)));
      const sorted = keepNonOverlapping(list.flatMap(sortedByLength));
      assert.deepEqual(fast.map((r) => r.id), sorted.map((r) => r.id));
      for (const ranges of list) if (apartInTextOrder(ranges)) assert.equal(competingOrder(ranges), ranges);
    }), { numRuns: 2000 });
  });

  it('keeps the longest of overlapping ranges, in text order, among many apart', () => {
    const apart = Array.from({ length: 200 }, (_, i) => ({ start: i * 10, end: i * 10 + 5, id: i }));
    const long = { start: 3, end: 25, id: 1000 };
    const kept = keepNonOverlapping([...competingOrder([long]), ...competingOrder(apart)]);
    assert.equal(kept.length, 198);
    assert.deepEqual(kept.slice(0, 2).map((r) => r.id), [1000, 3]);
    assert.ok(kept.every((r, i) => i === 0 || (kept[i - 1] as Range).end <= r.start));
  });

  it('tells ranges apart in text order from overlapping, unordered or empty ones', () => {
    assert.equal(apartInTextOrder([{ start: 0, end: 2 }, { start: 2, end: 4 }]), true);
    assert.equal(apartInTextOrder([{ start: 0, end: 3 }, { start: 2, end: 4 }]), false);
    assert.equal(apartInTextOrder([{ start: 5, end: 6 }, { start: 0, end: 1 }]), false);
    assert.equal(apartInTextOrder([{ start: 1, end: 1 }]), false);
  });
});
