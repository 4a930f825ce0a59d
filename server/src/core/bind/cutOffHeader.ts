/**
 * A column header that dates its cells only as a cut-off: "| Company | Earlier mark | Latest mark (to Nov
 * 2025) |", "Valuation (as of Nov 2025)", "最新估值（截至2025年11月）". The column lists each row's latest
 * round up to that date, raised and valued whenever it happened; read as the rounds' own date, every
 * round before November became "another period's figure", and the cell's raise then misdated its
 * valuation too (verdicts/eventTerms.ts).
 *
 * Only for what changes hands once and is valued at it (a round, a deal, a valuation: `oneOff` in
 * metrics.yaml) and for a figure no measure was bound to (the cell's "$14.3B for 49%"): such a figure
 * keeps no period, and is judged as an undated level or event is. A level or a price under such a header
 * ("Price (as of June 2025)") is the one standing on that date, and keeps it; so does a flow ("Revenue
 * (12 months to June 2025)"), whose span the words before the date name.
 */
import type { Binding, Period } from '../model';
import type { TableCell } from './tables';

/** Right before the header's date: "to", "through", "until", "up to", "as of", "as at", "by", 截至, 截止(到). */
const CUT_OFF_BEFORE = /(?:(?<![A-Za-z])(?:to|through|thru|until|till|as\s+(?:of|at)|by)\s+|(?:截至|截止到?)\s*)$/i;
/** ...but not when a span of months or quarters ends there: "12 months to", "three months through", "year to", "FY to". */
const SPAN_BEFORE = /(?:months?|quarters?|weeks?|years?|YTD|FY|fiscal\s+year|季度|个月|财年)\s*(?:to|through|thru|until|till|ended|ending)?\s*(?:截至|截止到?)?\s*$/i;

/** The period binding found, unless it is a cut-off in q's column header and q is a one-off event's (or unmeasured) figure. */
export function unlessCutOffHeader(text: string, cell: TableCell | undefined, found: Binding<Period> | undefined, oneOffOrUnmeasured: boolean): Binding<Period> | undefined {
  if (!cell?.header || !found?.span || !oneOffOrUnmeasured) return found;
  const { header } = cell;
  if (found.span.start < header.start || found.span.end > header.end) return found;
  const before = text.slice(header.start, found.span.start);
  return CUT_OFF_BEFORE.test(before) && !SPAN_BEFORE.test(before) ? undefined : found;
}
