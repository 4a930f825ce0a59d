/**
 * Thresholds crossed: "盘中首次突破3万亿美元", "first topped $3 trillion". Such a figure is an
 * inequality, which fits many moments, but the fact base records the moment each round threshold was
 * first crossed (facts qualified `milestone`), so the threshold belongs to one of them.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact, Period } from '../../model';
import { MATERIAL_GAP } from './judgement';

/** The milestone fact records the crossing: at the threshold or just past it (a close of $3.01T for $3T). */
function crossing(threshold: number, f: Fact): boolean {
  if (!f.qualifiers.includes('milestone') || f.value === undefined || threshold <= 0) return false;
  return f.value >= threshold && f.value <= threshold * (1 + MATERIAL_GAP);
}

/**
 * The milestones that mark the crossing of the threshold the claim says was passed ("over"/"at least"
 * bounds only), when the claim's period ends before the first of them: then the figure belongs to the
 * later moment. After the first crossing, "over $3T" may simply be true again, so nothing is said.
 */
export function thresholdCrossedLater(claim: Claim, period: Period, facts: Fact[]): Fact[] {
  const q = claim.quantity;
  if (q.bound !== 'over' && q.bound !== 'atLeast') return [];
  const crossings = facts.filter((f) => crossing(q.value, f));
  return crossings.length > 0 && crossings.every((f) => period.end < f.period.start) ? crossings : [];
}

/** "首次突破", "for the first time", "first topped": the clause says the threshold had never been crossed. */
const FIRST_CROSSING = /首次|第一次|首度|\bfor the first time\b|\bfirst[- ]ever\b|\bfirst (?:topped|crossed|passed|hit|reached|surpassed|broke|closed above|rose above)\b/i;

/**
 * The milestones of the threshold a clause says was crossed for the first time, when every one of them
 * is dated before the claim's period: the first crossing was earlier, so the date is wrong however high
 * the value stood then ("今年6月…市值首次突破3万亿美元" when it first closed above in June 2024).
 * Without the words of a first crossing, "over $3T" later may simply be true again.
 */
export function thresholdFirstCrossedEarlier(claim: Claim, period: Period, facts: Fact[], clause: string | undefined): Fact[] {
  const q = claim.quantity;
  if ((q.bound !== 'over' && q.bound !== 'atLeast') || clause === undefined || !FIRST_CROSSING.test(clause)) return [];
  const crossings = facts.filter((f) => crossing(q.value, f));
  return crossings.length > 0 && crossings.every((f) => f.period.end < period.start) ? crossings : [];
}
