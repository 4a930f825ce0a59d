/**
 * A round's name alone ("| Earlier round | $3bn (Feb 2025) |", "its Series D: $8bn") says which round,
 * not which of its figures (bind/roundEventWord.ts): the binder reads the amount raised and keeps the
 * valuation as the other reading. When the amount-raised reading calls the figure another metric's or a
 * slip of scale, and the figure is, as written, the valuation the same round was struck at (a fact of the
 * round's record, its value inside the figure's written precision), the writer gave the valuation: it is
 * supported as such. Any other fault of the raise reading stands (a wrong period, currency or source is
 * the same mistake under either reading), and so does one the valuation only comes near ("$14.3B" beside a
 * "~$14B" valuation of another record).
 */
import type { Claim } from '../../model';
import type { Judgement } from './judgement';
import { recordOf } from '../../facts/sourceRecord';

/** What the raise reading may call a figure that is the round's valuation. */
const RAISE_SLIPS = new Set(['wrong-metric', 'wrong-scale']);

export function judgeAsRoundValuation(claim: Claim, first: Judgement, judgeOne: (c: Claim) => Judgement): Judgement | undefined {
  const metric = claim.metric;
  if (!metric?.alternative || !RAISE_SLIPS.has(first.verdict)) return undefined;
  const second = judgeOne({ ...claim, metric: { ...metric, value: metric.alternative, alternative: undefined } });
  if (second.verdict !== 'supported') return undefined;
  // A bound ("over $3 billion") is no figure as written.
  const { low, high } = claim.quantity;
  if (low === null || high === null) return undefined;
  const rounds = new Set([...first.deciding, ...first.related].map(recordOf));
  const exact = second.deciding.filter((f) => f.value !== undefined && low <= f.value && f.value <= high && rounds.has(recordOf(f)));
  return exact.length > 0 ? { ...second, deciding: exact } : undefined;
}
