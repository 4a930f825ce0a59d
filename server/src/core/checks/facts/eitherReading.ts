/**
 * A claim whose period words allow two readings ("last September" said in November: this year's or the
 * year before's) is judged under both. It is supported when either reading supports it, never in the
 * wrong period (the writer may mean the other one), and otherwise faulted only when both readings
 * fault it alike.
 */
import type { Claim, Verdict } from '../../model';
import type { Judgement } from './judgement';

/** Verdicts that find nothing wrong with the figure. */
const NOT_A_FAULT = new Set<Verdict>(['supported', 'stale', 'conflicting', 'unverifiable']);

export function judgeEitherReading(claim: Claim, judgeOne: (c: Claim) => Judgement): Judgement {
  const first = judgeOne(claim);
  const period = claim.period;
  if (!period?.alternative || NOT_A_FAULT.has(first.verdict)) return first;
  const second = judgeOne({ ...claim, period: { ...period, value: period.alternative, alternative: undefined } });
  if (NOT_A_FAULT.has(second.verdict)) return second;
  if (first.verdict === 'wrong-period' || second.verdict !== first.verdict) return { verdict: 'unverifiable', deciding: [], related: first.related };
  return first;
}
