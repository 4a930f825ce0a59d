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
 * Else a first column headed by one noun naming one money measure ("Deal", 交易, 投资方) names the row's
 * amount (rowsNamedMetric). The binding is 'explicit', as a header naming the measure would give it.
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
  if (!money.some((t) => t.strong && isValuation(t.metric))) return rowsNamedMetric(text, cell, money);
  // Any other money measure named in a header (a round word names the raise itself) makes it another table.
  if (money.some((t) => !isValuation(t.metric) && t.metric !== RAISED)) return undefined;
  if (!kb.metrics.has(RAISED)) return undefined;
  return { value: RAISED, how: 'explicit', span: { start: cell.header.start, end: cell.header.end } };
}

/** A first column's header short enough to be one noun: "Deal", 交易, 投资方 (a word and a suffix at most). */
const SHORT_HEADER = /^[\s*_]*(?:[A-Za-z]+(?:\s+[A-Za-z]+)?|[\u4e00-\u9fff]{1,4})[\s*_]*$/;

/**
 * "| Deal | Date | Amount |", "| 交易 | 时间 | 金额 |", "| 投资方 | 时间 | 金额 |": a first column whose header
 * names what each row is (a deal, an investor) names what the row's amount is, when that header is one
 * short noun naming one money measure by a word that names it, and no other header names another.
 */
function rowsNamedMetric(text: string, cell: TableCell, money: readonly TriggerMention[]): Binding<string> | undefined {
  const first = cell.headers?.[0];
  if (!first || first.start === cell.header?.start || !SHORT_HEADER.test(text.slice(first.start, first.end))) return undefined;
  const own = money.filter((t) => t.start >= first.start && t.end <= first.end);
  if (own.length !== 1 || !own[0].strong || money.some((t) => t.metric !== own[0].metric)) return undefined;
  return { value: own[0].metric, how: 'explicit', span: { start: own[0].start, end: own[0].end } };
}
