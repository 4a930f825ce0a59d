/**
 * A date written in a condition dates the hypothesis, not the figure of the clause that follows it:
 * "如果下一个财年数据中心收入再增长50%，2万亿美元的市值大约对应28倍的数据中心收入", "if data-center revenue
 * grows 50% next fiscal year, the $2 trillion market cap is about 28 times it". The condition's year
 * is when the supposed change would happen; the figure after it (today's market value) is of its own
 * moment, so the condition's date is not carried on to it. Only a condition that supposes a figure of
 * its own (the 50% growth) is a hypothesis of its own: "如果按2024财年计算，营收为609亿美元" ("if fiscal 2024
 * is taken") names the figure's year. Part of period binding (periodBinding.ts).
 */
import type { Quantity, Span } from '../model';

/** The words that open a condition, at the start of its clause. */
const CONDITION_OPEN = /^\s*(?:[(（]?\s*)?(?:如果|假如|假设|倘若|若是|若|要是|万一|一旦|(?:if|suppose|supposing|assuming|should)(?![A-Za-z]))/i;
/** Clause punctuation: where the mention's clause begins. */
const CLAUSE_EDGE = /[,，;；:：。!?！？—]/g;

/**
 * The mention stands in a clause, before the figure's, that opens with a condition word and supposes a
 * figure of its own.
 */
export function datesCondition(text: string, sentence: Span, m: Span, figureClause: Span, quantities: readonly Quantity[]): boolean {
  if (m.end > figureClause.start) return false;
  let start = sentence.start;
  for (const e of text.slice(sentence.start, m.start).matchAll(CLAUSE_EDGE)) start = sentence.start + (e.index ?? 0) + 1;
  if (!CONDITION_OPEN.test(text.slice(start, m.start))) return false;
  return quantities.some((o) => o.start >= start && o.end <= figureClause.start && !(o.start < m.end && o.end > m.start));
}
