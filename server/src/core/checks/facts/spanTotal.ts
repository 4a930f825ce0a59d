/**
 * A total over a stated span is what came in over that span: "据《纽约时报》统计，从2023年2月到2024年2月的
 * 一年里，Anthropic共融资73亿美元", "raised $7.3 billion in total between February 2023 and February 2024".
 * The fact base records such a sum as the flow measure of the family ("funding raised") tagged
 * `cumulative`, over that span; the writer's "total" (累计, 共, "in total") names it, and is not the total
 * since founding set against one round. Only for a fact of the bound metric's family whose span is the
 * claim's own period, both ends (a total "as of" a day or month is still the cumulative measure).
 */
import type { Claim, Fact, Period } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement } from './judgement';
import { daysBetween, type PeriodRelation } from './periodMatch';
import { attributionMatches, isKnownPublisher } from './publishers';

const family = (metric: string) => metric.split('.')[0];

/** "Same period" allows 15 days at each end (fiscal quarters end on odd days; see ARCHITECTURE.md). */
const END_SLACK_DAYS = 15;

/** Both ends of the two spans agree: a total "as of" the end of a span is not that span's sum. */
function sameSpan(a: Period, b: Period): boolean {
  return Math.abs(daysBetween(a.start, b.start)) <= END_SLACK_DAYS && Math.abs(daysBetween(a.end, b.end)) <= END_SLACK_DAYS;
}

/** Facts among `others` that sum the claim's own span in the bound metric's family. */
export function totalsOverSpan(metric: string, period: Period, others: readonly Fact[], relation: (p: Period, f: Fact) => PeriodRelation): Fact[] {
  if (period.start === period.end) return [];
  return others.filter(
    (f) => family(f.metric) === family(metric) && f.qualifiers.includes('cumulative') && f.period.start !== f.period.end && relation(period, f) === 'same' && sameSpan(period, f.period),
  );
}

/**
 * The claim read as the span's sum: supported, unless it credits a known publisher and every such fact
 * records someone else as who reported it (then the credit is misplaced, as for any supported figure).
 */
export function spanTotalVerdict(claim: Claim, spanned: Fact[], kb: FactBase): Judgement {
  const attribution = claim.attribution?.value;
  const misplaced =
    attribution !== undefined &&
    isKnownPublisher(attribution, kb) &&
    !spanned.some((f) => attributionMatches(f, attribution, kb)) &&
    spanned.every((f) => (f.reportedBy ?? []).length > 0);
  return { verdict: misplaced ? 'misattributed' : 'supported', deciding: spanned, related: [] };
}
