/**
 * A financing table's amount column: "| Company | Round | Amount | Valuation |", "| 公司 | 时间 | 金额 | 估值 |".
 * "Amount" (金额) names no measure by itself: a deal's value, a fine, a cheque. Beside a column that names
 * the company's valuation, the table lists rounds, and each row's amount is the money that round raised,
 * as "raised $X at a $Y valuation" says in prose.
 *
 * Read only when the reading is the one every reader gives:
 * - the figure's column header is nothing but the amount word (a unit or a currency in brackets may
 *   follow: "Amount ($M)", 金额（亿美元）);
 * - another column's header names a valuation, by a word that names it, and no header names any other
 *   money measure (a table of deals with a "Valuation" and a "Revenue" column is not a round list);
 * - the figure is money.
 * The binding is 'explicit', as a header naming the measure would give it.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn } from './mentions';
import type { TriggerMention } from './metrics';
import type { TableCell } from './tables';

const RAISED = 'funding.raised';

/** A header cell that is only the amount word, with an optional bracketed unit. */
const AMOUNT_HEADER = /^[\s*_]*(?:amount|amount raised|金额|融资金额)[\s*_]*(?:[(（][^)）]{0,16}[)）])?[\s*_]*$/i;

const isValuation = (metric: string) => metric === 'valuation' || metric.startsWith('valuation.');

export function amountColumnMetric(
  text: string,
  cell: TableCell,
  q: Quantity,
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  if (q.kind !== 'money' || !cell.header || !cell.headers) return undefined;
  if (!AMOUNT_HEADER.test(text.slice(cell.header.start, cell.header.end))) return undefined;
  const others = cell.headers.filter((h) => h.start !== cell.header!.start);
  const named = others.flatMap((h: Span) => mentionsIn(triggers, h.start, h.end));
  const money = named.filter((t) => kb.metrics.get(t.metric)?.kinds.includes('money'));
  if (!money.some((t) => t.strong && isValuation(t.metric))) return undefined;
  // Any other money measure named in a header (a round word names the raise itself) makes it another table.
  if (money.some((t) => !isValuation(t.metric) && t.metric !== RAISED)) return undefined;
  if (!kb.metrics.has(RAISED)) return undefined;
  return { value: RAISED, how: 'explicit', span: { start: cell.header.start, end: cell.header.end } };
}
