/**
 * Before the verdict order: a bare number (no currency, no scale word, no unit read) whose digits are a
 * fact's own at a power of ten of a thousand or more ("1.2" in a row whose unit cell says "billions",
 * for 1.2 billion) carries a unit the reader did not take in. It is the fact's figure, unread, never a
 * contradiction or a slip, so nothing is said about it.
 */
import type { Fact, Quantity } from '../../../model';
import type { Judgement } from '../judgement';
import type { JudgeScope } from './scope';
import { matches } from '../factMatch';
import { landsOnDigits } from '../writtenDigits';

/** The powers of ten a unit word or a table's unit note stands for: thousands to trillions, 万 and 亿. */
const UNIT_FACTORS = [1e3, 1e4, 1e6, 1e8, 1e9, 1e12];

/** A number written with nothing that gives its magnitude or what it counts. */
export function isBareNumber(q: Quantity): boolean {
  return q.kind === 'number' && !q.currency && q.style.scale === 1 && !q.unit && !q.per;
}

/** The digits as written equal the fact's (its value, or the end of an open bound) within half a unit of the last digit. */
function sameDigits(q: Quantity, f: Fact, factor: number): boolean {
  const v = f.value ?? (f.high === undefined ? f.low : f.low === undefined ? f.high : undefined);
  return v !== undefined && v !== 0 && landsOnDigits(q, v, factor, 1e-9);
}

export function unreadScaleVerdict(s: JudgeScope): Judgement | undefined {
  const { claim, q } = s;
  if (!isBareNumber(q)) return undefined;
  const facts = [...s.samePeriod, ...s.contained, ...s.comparable];
  if (facts.some((f) => matches(claim, f))) return undefined;
  const unread = facts.filter((f) => UNIT_FACTORS.some((factor) => sameDigits(q, f, factor)));
  return unread.length > 0 ? { verdict: 'unverifiable', deciding: [], related: unread } : undefined;
}
