import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameValue, stableJson } from '../../../../src/core/review/values';

/** The same value with every record's keys in reverse order (what stableJson sorts away). */
function reordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reordered);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reordered((value as Record<string, unknown>)[key])]));
  }
  return value;
}

const values = fc.anything({ maxDepth: 3, withSparseArray: true, withBoxedValues: true, withNullPrototype: true, withDate: true, withTypedArray: true });
const jsonLike = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constantFrom(undefined, null, Number.NaN, -0, 0, Infinity, true, false, '', 'a', 'b'), fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c'), tie('value'), { maxKeys: 3 })),
})).value;

describe('core/review/values sameValue', () => {
  it('is true exactly when the stable JSON texts are the same, on any values', () => {
    fc.assert(fc.property(values, values, (a, b) => {
      assert.equal(sameValue(a, b), stableJson(a) === stableJson(b));
    }), { numRuns: 2000 });
  });

  it('is true exactly when the stable JSON texts are the same, on small JSON values that often are', () => {
    fc.assert(fc.property(jsonLike, jsonLike, (a, b) => {
      assert.equal(sameValue(a, b), stableJson(a) === stableJson(b));
      assert.equal(sameValue(a, reordered(b)), stableJson(a) === stableJson(b));
      assert.ok(sameValue(a, reordered(a)));
    }), { numRuns: 5000 });
  });
});
