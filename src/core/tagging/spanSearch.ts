import type { Span } from './types';

/** The spans (in text order, not overlapping) that overlap a range, found by binary search. */
export function overlapping(spans: readonly Span[], range: { start: number; end: number }): Span[] {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? 0) <= range.start) low = middle + 1;
    else high = middle;
  }
  const found: Span[] = [];
  for (let i = low; i < spans.length && (spans[i]?.start ?? Infinity) < range.end; i++) found.push(spans[i] as Span);
  return found;
}
