/**
 * A level at a moment (a valuation, a market value, a count of users) dated by a span written out as a
 * whole ("2023年全年", "the full year 2023", "over the whole year"): a level is not stated over a year,
 * so the span is the one its row's or sentence's flow was stated for ("| 2023年全年 | 合计约73亿美元 |
 * 约150亿美元 |": the year's raising, and the valuation it led to). The level's own moment is unsaid (it
 * may be set by a round closed just after), so the period is not sure: a wrong period is a note at most.
 * Part of the judge (judge.ts periodSure).
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';

/** "全年", "full year", "full-year", "whole year", written at the period: in the few characters around its words. */
const WHOLE_SPAN = /全年|整年|\bfull[- ]year\b|\bwhole year\b|\bentire year\b/i;

export function momentDatedByWholeSpan(claim: Claim, text: string | undefined, kb: FactBase): boolean {
  const p = claim.period;
  if (!p?.span || text === undefined || kb.metrics.get(claim.metric?.value ?? '')?.periodKind !== 'instant') return false;
  return WHOLE_SPAN.test(text.slice(Math.max(0, p.span.start - 12), Math.min(text.length, p.span.end + 4)));
}
