/**
 * "the 2024 loss was about 45% of revenue", "研发费用占收入的15%", "net income was 16% of revenue": a loss, a
 * profit, a cost or an expense as a percentage of revenue is a ratio of the company's own lines (a margin,
 * an intensity), not a share of revenue (what a customer, a segment or a product brings in). A share of
 * revenue is named by what earns it; here the clause's subject before the figure is a line of the income
 * statement that is not revenue, so the share-of-revenue words do not measure the figure.
 *
 * Capital expenditure is left out: the fact base files capex intensity as a share of revenue
 * (TCEHY-CAPEX-2024.share-of-revenue, "资本开支占营收的12%").
 */
import type { Quantity, Span } from '../model';
import type { TriggerMention } from './metrics';

/** The measures that are lines of a company's own accounts other than revenue. */
const OWN_LINE_METRICS = /^(?:net-income|net-loss|operating-income|rd-expense|cash-burn|cost|charge)(?:\.|$)/;
const SHARE_OF_REVENUE = 'share-of-revenue';

/** `t` is a share-of-revenue word whose figure's clause names a line of the company's own accounts before it. */
export function ownLineRatio(t: TriggerMention, q: Quantity, clause: Span, triggers: readonly TriggerMention[]): boolean {
  if (t.metric !== SHARE_OF_REVENUE || q.kind !== 'percent') return false;
  return triggers.some((o) => o !== t && OWN_LINE_METRICS.test(o.metric) && o.start >= clause.start && o.end <= q.start && o.end <= t.start);
}
