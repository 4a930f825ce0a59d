/**
 * Whether two amounts a named relation pairs ("capex was about 12% of revenue", 相当于营收的…) can be one
 * ratio by their periods. (Currencies are handled where the ratio is computed: amounts in two
 * currencies are converted with a rate the draft states or the base's dated rates, else not paired.)
 *
 * "Tencent's capex was ¥76.8 billion in 2024, about 12% of its revenue" after a quarterly revenue
 * figure is a share of the year's revenue, which the paragraph does not give: dividing by the quarter
 * reports a correct sentence. A period carried from a heading or an earlier sentence counts as much as
 * one written beside the amount, and the amount's own sentence is where its period is read. A period
 * shorter than a year carried from elsewhere does not date an amount its own sentence calls the whole
 * year's ("2024年第四季度营收…。更值得注意的是全年资本开支…"): that amount is the year's.
 */
import type { Period, Quantity } from '../../model';
import type { RelationContext } from './relation';
import { claimOf, type SentenceView } from './view';
import { DAY_MS } from '../../bind/calendar';

/** "全年资本开支", "full-year capex", "for the fiscal year": words that make an amount a whole year's. */
export const WHOLE_YEAR = /全年|整年|全财年|\b(?:full|whole)[- ]year\b|\bfor the (?:full |fiscal |whole )?year\b/i;

/** The period of an amount, read in the sentence that wrote it (this one or an earlier one of the paragraph). */
function periodOf(view: SentenceView, ctx: RelationContext, q: Quantity): Period | undefined {
  const views = [view, ...(ctx.earlier ?? [])];
  for (const v of views) {
    const claim = claimOf(v, q);
    if (!claim || claim.quantity.end !== q.end) continue;
    const bound = claim.period;
    if (!bound || bound.how === 'document') return undefined;
    const own = views.find((w) => w.span.start <= q.start && q.end <= w.span.end);
    const partOfYear = bound.how === 'context' && shorterThanYear(bound.value) && own !== undefined;
    return partOfYear && WHOLE_YEAR.test(own.text.slice(0, q.start - own.span.start)) ? yearOf(bound.value) : bound.value;
  }
  return undefined;
}

function shorterThanYear(p: Period): boolean {
  return Date.parse(p.end) - Date.parse(p.start) < 360 * DAY_MS;
}

/** The calendar year a period ends in: the whole year an amount dated by one of its parts belongs to. */
function yearOf(p: Period): Period {
  const y = p.end.slice(0, 4);
  return { start: `${y}-01-01`, end: `${y}-12-31`, label: y };
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

