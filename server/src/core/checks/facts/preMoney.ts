/**
 * "融资4亿美元，投后估值102亿美元，则投前约为98亿美元", "raised $400 million at $10.2 billion post-money, so
 * about $9.8 billion pre-money": the pre-money valuation is the post-money less the round. A pre-money
 * figure equal to post − amount, the amount stated in the sentence or recorded for the round, is right;
 * that its hedge ("约") also reaches the post-money figure does not make it the post-money's. Part of
 * the wrong-metric step (verdicts/wrongMetric.ts).
 */
import type { Claim, Fact, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, intersects, quantityInterval, type Interval } from '../intervals';
import { factsAbout } from './factLookup';
import { factPeriodRelation } from './periodMatch';

const PRE_MONEY = 'valuation.pre-money';
const POST_MONEY = 'valuation';
const RAISED = 'funding.raised';

/** The amounts the round may have raised: recorded for the post-money's period, or stated in the sentence. */
function roundAmounts(claim: Claim, post: Fact, kb: FactBase, sentenceQuantities: readonly Quantity[] | undefined): Interval[] {
  const recorded = factsAbout(kb, post.entity, RAISED)
    .filter((f) => f.unit === post.unit && factPeriodRelation(post.period, f, 'duration') === 'same')
    .map(factInterval)
    .filter((i): i is Interval => i !== null);
  const at = claim.quantity.start - claim.sentence.start;
  const stated = (sentenceQuantities ?? [])
    .filter((q) => q.kind === 'money' && q.currency === post.unit && q.start !== at && !q.per)
    .map(quantityInterval);
  return [...recorded, ...stated];
}

/** The written value give or take a rounding of 2.5% ("98亿" for 97.5 to 98.5 and a little more). */
function roundedAt(value: number): Interval {
  const tol = Math.abs(value) * ROUNDING;
  return { low: value - tol, high: value + tol };
}

const ROUNDING = 0.025;

function minus(a: Interval, b: Interval): Interval {
  return { low: a.low === null || b.high === null ? null : a.low - b.high, high: a.high === null || b.low === null ? null : a.high - b.low };
}

/** The claim, bound to the pre-money valuation, is the post-money fact less the round's amount. */
export function preMoneyOfPost(claim: Claim, metric: string, post: Fact, kb: FactBase, sentenceQuantities: readonly Quantity[] | undefined): boolean {
  if (metric !== PRE_MONEY || post.metric !== POST_MONEY) return false;
  const postInterval = factInterval(post);
  if (!postInterval) return false;
  // The value as written, not its hedge: "约102亿美元" stated as the pre-money is the post-money's figure.
  const written = claim.quantity.value;
  const postValue = post.value ?? ((postInterval.low ?? 0) + (postInterval.high ?? 0)) / 2;
  return roundAmounts(claim, post, kb, sentenceQuantities).some((amount) => {
    const pre = minus(postInterval, amount);
    // The amount must be a round's, not the post-money itself or any figure near it.
    if (pre.low === null || pre.high === null || pre.low <= 0) return false;
    const mid = (pre.low + pre.high) / 2;
    return Math.abs(written - mid) < Math.abs(written - postValue) && intersects(roundedAt(written), pre);
  });
}
