/**
 * A clause that only links its figure to the clause before continues that clause's measure, as a
 * clause that is only a period and a figure does (bareClause.ts):
 *
 * - a linking verb opens it: "全年资本开支，达到768亿美元", "AI revenue rose, reaching $4.5 billion";
 * - a period the series moves to may stand before the verb, the period itself blanked by the caller
 *   ("从5月的480万亿增至7月的980万亿，到10月更是达到1300万亿");
 * - the close of the day opens it: "市值首次突破3万亿美元，收盘达到3.01万亿美元", "market value passed $1
 *   trillion, closing at $990 billion": the same measure's level when trading ended;
 * - 其中 ("of which") opens it: "累计下载量达到260万次,其中1月24日时为160万次" is a part of the same count;
 * - it restates the figure before it in another currency: "revenue came to NT$868.46 billion, or about
 *   US$28.6 billion", "收入为8684.6亿新台币,约合286亿美元".
 *
 * A hedge alone does not link: in "Microsoft was 62% of revenue, roughly $1.19 billion" the amount is
 * the revenue from the customer, not the customer's revenue. A restatement must change the currency:
 * "revenue of $10 billion, or $2 per share" is another measure in the same currency.
 */
import type { Quantity } from '../model';

const HEDGES_EN = String.raw`(?:\s+(?:about|around|roughly|nearly|almost|approximately|some|more than|over|an estimated))*`;
const HEDGES_ZH = '(?:了|约|近|超过|逾|大约|将近)*';

/** A verb that links a measure to its figure, opening the clause, with hedges after it. */
const LINKING_VERB = new RegExp(
  String.raw`^\s*(?:(?:and\s+|but\s+)?(?:reached|reaching|came to|coming to|stood at|standing at|totaled|totalled|totaling|totalling|amounted to|amounting to|closed at|closing at)${HEDGES_EN}|(?:(?:到|截至)\s*)?(?:当天|当日|次日)?(?:并|已|更是|又|还)?(?:收盘(?:时|价)?(?:回落到|回落至|升至|涨至|跌至|达到|报|为|在)?|达到|高达|达)${HEDGES_ZH})`,
  'i',
);

/** "Of which": the figure is a part of the one before, of the same measure. */
const OF_WHICH = /^\s*其中/;

/** Words that restate the figure before in other units. */
const RESTATED = new RegExp(String.raw`^\s*(?:(?:or|i\.e\.)${HEDGES_EN}|(?:即|约合|折合)${HEDGES_ZH})`, 'i');

/**
 * The clause with its linking words blanked to spaces (same length), when it opens with them; else
 * undefined. `before` are the sentence's quantities before the clause.
 */
export function withoutLink(clause: string, q: Quantity, before: readonly Quantity[]): string | undefined {
  const link = LINKING_VERB.exec(clause) ?? OF_WHICH.exec(clause) ?? (restatesCurrency(q, before) ? RESTATED.exec(clause) : null);
  if (!link) return undefined;
  return ' '.repeat(link[0].length) + clause.slice(link[0].length);
}

/** The nearest amount before the figure is money in another currency. */
function restatesCurrency(q: Quantity, before: readonly Quantity[]): boolean {
  if (q.kind !== 'money' || !q.currency) return false;
  const previous = before.filter((o) => o.end <= q.start && o.kind === 'money').at(-1);
  return previous?.currency !== undefined && previous.currency !== q.currency;
}
