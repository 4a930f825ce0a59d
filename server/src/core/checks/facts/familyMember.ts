/**
 * A family's general word stands for the one member the base records: "Instinct revenue" bound to
 * revenue is the company's AI revenue when only that member holds the figure, as "corporate AI
 * investment" of an index that files private investment is that investment.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement } from './judgement';
import { factsAbout } from './factLookup';
import { matches, numeric, oneValue, perFits, productFits, unitFits } from './factMatch';

/** What a stand-in may conclude: that the figure is the member's (now or at another time), never that it is wrong. */
const STAND_IN_VERDICTS = new Set(['supported', 'wrong-period', 'stale']);

/**
 * When the bound metric holds nothing for the claim (the caller judged it unverifiable), the more
 * specific metric of its family (`revenue` → `revenue.ai`) whose figures alone meet the claim, in one
 * value, judged in its place. A sibling or a broader metric is never a stand-in (AI revenue is not
 * the whole of revenue), nor one that would call the figure contradicted or slipped.
 */
export function judgeAsFamilyMember(
  claim: Claim & { entity: NonNullable<Claim['entity']>; metric: NonNullable<Claim['metric']> },
  kb: FactBase,
  judge: (c: Claim) => Judgement,
): Judgement | undefined {
  const q = claim.quantity;
  const bound = claim.metric.value;
  const met = new Map<string, ReturnType<typeof factsAbout>>();
  for (const id of familyMembers(kb, bound)) {
    const meeting = factsAbout(kb, claim.entity.value, id).filter(
      (f) => numeric(f) && productFits(claim, f) && perFits(claim, f) && unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined) && matches(claim, f),
    );
    if (meeting.length > 0) met.set(id, meeting);
  }
  if (met.size !== 1) return undefined;
  const [[member, meeting]] = [...met];
  if (!oneValue(meeting)) return undefined;
  const j = judge({ ...claim, metric: { ...claim.metric, value: member } });
  return STAND_IN_VERDICTS.has(j.verdict) ? j : undefined;
}

const membersByBase = new WeakMap<FactBase['metrics'], Map<string, string[]>>();

/** The metrics of the family `bound` heads (`revenue` → `revenue.ai`…), in the base's order: listed once per fact base. */
export function familyMembers(kb: FactBase, bound: string): string[] {
  let byMetric = membersByBase.get(kb.metrics);
  if (!byMetric) membersByBase.set(kb.metrics, (byMetric = new Map()));
  let members = byMetric.get(bound);
  if (!members) byMetric.set(bound, (members = [...kb.metrics.keys()].filter((id) => id.startsWith(`${bound}.`))));
  return members;
}
