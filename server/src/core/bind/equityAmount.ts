/**
 * "OpenAI's commitment stands at $11.9 billion over five years, and OpenAI also took $350 million of
 * CoreWeave equity": an amount written as so much of a company's equity, shares or stock ("$350 million
 * of CoreWeave stock", "a $350 million stake", "3.5亿美元的股权", "以3.5亿美元入股") is money put into the
 * company for a piece of it, an equity investment. It is not the contract, commitment or deal value that a
 * word earlier in the sentence measures, so such a carried measure is dropped (the figure is left
 * unbound; a word of investment or of a stake in its own clause keeps its reading).
 */
import type { Binding, Quantity, Span } from '../model';

/** Right after the figure: "of (Company's) equity / shares / stock", "(in) CoreWeave stock", "stake". */
const EN_EQUITY_AFTER = /^\s+(?:(?:worth\s+)?of\s+|in\s+)?(?:(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}(?:['’]s)?\s+)?(?:new\s+|preferred\s+|common\s+)?(?:equity|shares|stock|stake)(?![A-Za-z])(?!\s*(?:-\s*)?(?:buy|repurchas|based|option|compensation|award|grant|split))/;
/** Chinese: "3.5亿美元的CoreWeave股权", "3.5亿美元入股", "入股3.5亿美元" (a buyback or an award of shares is none). */
const ZH_EQUITY_AFTER = /^\s*(?:的)?[\u4e00-\u9fffA-Za-z]{0,10}?(?:股权|股份|股票)(?!回购|激励|期权|奖励|拆分)|^\s*(?:入股|认购[^，。；,;]{0,8}?(?:股权|股份))/;
const ZH_EQUITY_BEFORE = /(?:入股|认购股份|认购股权)\s*(?:约|近)?\s*$/;

/** Measures an equity amount may keep: an investment, a stake, a valuation written for it in its clause. */
function keeps(metric: string): boolean {
  return metric.startsWith('investment') || metric === 'equity-stake';
}

/** The figure is written as an amount of a company's equity. */
export function writtenAsEquity(text: string, q: Quantity, clause: Span): boolean {
  if (q.kind !== 'money') return false;
  const after = text.slice(q.end, Math.min(clause.end, q.end + 60));
  const before = text.slice(Math.max(clause.start, q.start - 12), q.start);
  return EN_EQUITY_AFTER.test(after) || ZH_EQUITY_AFTER.test(after) || ZH_EQUITY_BEFORE.test(before);
}

/** The metric, unless it was carried from beyond the figure's own words and the figure is an equity amount. */
export function unlessEquityAmount(metric: Binding<string> | undefined, text: string, q: Quantity, clause: Span): Binding<string> | undefined {
  if (!metric || keeps(metric.value) || !writtenAsEquity(text, q, clause)) return metric;
  // A measure word in the figure's own clause before it ("invested $350 million in CoreWeave stock") was
  // the writer's own reading; only a word outside the clause is the earlier figure's.
  const ownWord = metric.span !== undefined && metric.span.start >= clause.start && metric.span.end <= q.start && metric.how === 'explicit';
  return ownWord ? metric : undefined;
}
