/**
 * Whether two amounts a named relation pairs ("capex was about 12% of revenue", 相当于营收的…) can be one
 * ratio by their periods. (Currencies are handled where the ratio is computed: amounts in two
 * currencies are converted with a rate the draft states or the base's dated rates, else not paired.)
 *
 * "Tencent's capex was ¥76.8 billion in 2024, about 12% of its revenue" after a quarterly revenue
 * figure is a share of the year's revenue, which the paragraph does not give: dividing by the quarter
 * reports a correct sentence. A period carried from a heading or an earlier sentence counts as much as
 * one written beside the amount, and the amount's own sentence is where its period is read.
 */
import type { Period, Quantity } from '../../model';
import type { RelationContext } from './relation';
import { claimOf, type SentenceView } from './view';

/** The period of an amount, read in the sentence that wrote it (this one or an earlier one of the paragraph). */
function periodOf(view: SentenceView, ctx: RelationContext, q: Quantity): Period | undefined {
  for (const v of [view, ...(ctx.earlier ?? [])]) {
    const claim = claimOf(v, q);
    if (claim && claim.quantity.end === q.end) return claim.period && claim.period.how !== 'document' ? claim.period.value : undefined;
  }
  return undefined;
}

/**
 * The two amounts are dated differently: both dated, to other spans ("2024年营收…；今年上半年净利润…"),
 * or only one of them dated (an undated revenue beside a year's capex may be any quarter's).
 */
export function periodsDiffer(view: SentenceView, ctx: RelationContext, a: Quantity, b: Quantity): boolean {
  const [pa, pb] = [periodOf(view, ctx, a), periodOf(view, ctx, b)];
  if (!pa && !pb) return false;
  return !pa || !pb || pa.start !== pb.start || pa.end !== pb.end;
}

