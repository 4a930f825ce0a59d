/**
 * A rate or multiple after a series of three or more values of one measure ("$312 million in 2024, $125
 * million in 2023 and $57 million in 2022, up about 150%", "2024年3.12亿，2023年1.25亿，2022年0.57亿，是上一年的
 * 约2.5倍") may be read on more than one adjacent pair: the two values right before it, or the pair before
 * that, which the writer may mean by "the year before". The phrase readers find the change ending at the
 * rate; when another change of the sentence shares a value with it (the next pair of the same series) and
 * its reading holds, the result is not flagged: one reading holding is no mistake we can name.
 * periodPair.ts keeps its own rule for the series the binder dates (two candidates: nothing said).
 */
import type { Quantity } from '../../model';
import { intersects, type Interval } from '../intervals';
import type { Change } from './growthPatterns';
import { intervalOf, sameDimension } from './operands';

/** Another pair of the same series, sharing one value with `c`, under which the stated result holds. */
export function anotherPairHolds(c: Change, changes: readonly Change[], result: Quantity, compute: (other: Change) => Interval | undefined): boolean {
  const values = [c.old, c.new];
  return changes.some((o) => {
    if (o === c || (o.old === c.old && o.new === c.new)) return false;
    const shared = [o.old, o.new].filter((q) => values.includes(q));
    if (shared.length !== 1 || !sameDimension(o.old, o.new)) return false;
    const computed = compute(o);
    return computed !== undefined && intersects(computed, intervalOf(result));
  });
}
