import type { Span } from './types';

/**
 * The first index in [0, length) at which `reached` holds, or `length` (binary search). `reached`
 * must be monotone: false for every index before that one, true from it on.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The spans (in text order, not overlapping) that overlap a range. */
export function overlapping(spans: readonly Span[], range: { start: number; end: number }): Span[] {
  const found: Span[] = [];
  for (let i = firstIndexWhere(spans.length, (k) => (spans[k] as Span).end > range.start); i < spans.length && (spans[i] as Span).start < range.end; i++) found.push(spans[i] as Span);
  return found;
}
