/**
 * Binary search over arrays the core keeps sorted by offset (blocks, segments, quantities, clauses,
 * sentences, mentions, table rows). One helper instead of a hand-written loop per module: the loops
 * differed only in the test they applied, and an off-by-one in any of them would have been a silent
 * misbinding.
 */

/**
 * The index of the first item for which `before` is false, in an array where `before` is true for a
 * prefix and false for the rest (the array's length when it holds for all). The C++ and Rust name for
 * this is the partition point; every "first at or after" and "last before" search is one.
 */
export function partitionPoint<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the last item whose key is <= pos (items sorted by key), or -1. */
export function lastAtOrBefore<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  return partitionPoint(items, (item) => key(item) <= pos) - 1;
}
