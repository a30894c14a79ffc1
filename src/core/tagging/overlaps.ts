/**
 * Keeps, of overlapping ranges, the first in `priority` order, and gives them in text order. The
 * claimed characters are kept in a bitmap, so the cost is the total length of the ranges,
 * whatever their number.
 */
export function keepNonOverlapping<T extends { start: number; end: number }>(inPriorityOrder: readonly T[]): T[] {
  const limit = inPriorityOrder.reduce((max, range) => Math.max(max, range.end), 0);
  const claimed = new Uint8Array(limit);
  const kept: T[] = [];
  for (const range of inPriorityOrder) {
    let free = true;
    for (let i = range.start; i < range.end && free; i++) free = claimed[i] === 0;
    if (!free) continue;
    claimed.fill(1, range.start, range.end);
    kept.push(range);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether ranges are in text order, none empty and none overlapping another. */
export function apartInTextOrder(ranges: readonly { start: number; end: number }[]): boolean {
  let end = -Infinity;
  for (const range of ranges) {
    if (range.start < end || range.start >= range.end) return false;
    end = range.end;
  }
  return true;
}

/**
 * Longest first, then earliest: the order in which one group's overlapping ranges compete. Ranges
 * that do not overlap do not compete (keepNonOverlapping keeps the same of them in any order):
 * such a group is given back as it is, without a sort.
 */
export function competingOrder<T extends { start: number; end: number }>(ranges: readonly T[]): readonly T[] {
  if (apartInTextOrder(ranges)) return ranges;
  return [...ranges].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
}

/** Keeps the longest of overlapping matches (the earliest on ties), in text order. */
export function longestFirst<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  return keepNonOverlapping(competingOrder(matches));
}

/** Two lists of ranges in text order (by start, then end), merged in text order: linear, where a long text has tens of thousands. */
export function mergeInTextOrder<T extends { start: number; end: number }>(kept: readonly T[], added: readonly T[]): T[] {
  const merged: T[] = [];
  let a = 0;
  for (const range of kept) {
    while (a < added.length && ((added[a] as T).start < range.start || ((added[a] as T).start === range.start && (added[a] as T).end < range.end))) merged.push(added[a++] as T);
    merged.push(range);
  }
  while (a < added.length) merged.push(added[a++] as T);
  return merged;
}
