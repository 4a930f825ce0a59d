/**
 * Amounts, counts and unit prices: total = price × count in whichever unknown the draft states.
 *
 * - "$3.5B buys 230,000 A100s or 120,000 H100s" / "如果这笔钱…可以买23万块A100，或者12万块H100": the implied
 *   price (total ÷ count) is held against the sourced price range of the product (a warning at most:
 *   the ranges are estimates) — arith.unit-price.
 * - "…buys 120,000 H100s, implying $29,000 per GPU", "about $3,000 per work for roughly 500,000 books,
 *   i.e. $15 billion", "a million seats would be $36 million a year", "or 350,000 at that price": the
 *   stated figure is checked against the other two — arith.product.
 */
import type { Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { humanizeNumber } from '../../format/humanize';
import { div, mul, widen, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH, RESTATE_EN, RESTATE_ZH, onlyWords } from './cues';
import { checkable, intervalOf, isPlainMoney, perCadence } from './operands';
import type { RelationOutcome } from './outcome';
import { unitPriceRange, windowFor } from './referenceFacts';
import type { RelationContext, RelationDetector } from './relation';
import { claimOf, gapBetween, textAfter, textBefore, type SentenceView } from './view';

/** Price ranges are estimates across sellers and form factors; a little outside is no news. */
const RANGE_SLACK = 0.1;

const BUY_EN = new RegExp(
  `^\\s*(?:(?:that|which|would|could|can|will|might|is enough to|would be enough to|to)\\s+)*(?:buy|buys|bought|purchase|purchases|pay for|pays for|afford|fund|funds|be enough for|is enough for)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const BUY_ZH = new RegExp(`^[^。；;\\d]{0,20}?(?:可以|能|能够|足以|够|就能|可)?(?:买|购买|买到|购入|采购)(?:到)?\\s*(?:${HEDGE_ZH})?\\s*$`);
const ALTERNATIVE = new RegExp(`^[^;。；]{0,30}?(?:\\bor\\b|或者|或)\\s*(?:${HEDGE_EN}\\s+|${HEDGE_ZH})?\\s*$`, 'i');
const THAT_SUM = /\b(?:this|that|the same|the) (?:sum|money|amount|budget|cash|pot)\b|这笔钱|这些钱|这笔资金|这笔收入|这笔预算|这个数字/i;
/** Words tying a count to the price it implies: "implies", "at", "i.e.", "相当于每块". */
const IMPLIES = new RegExp(`^[^;。；]{0,30}?(?:implies|implying|means|meaning|i\\.e\\.|or|at|for|which is|that is|=|即|单价|每块|相当于|意味着)\\s*(?:${HEDGE_EN}\\s+|${HEDGE_ZH})?\\s*$`, 'i');
const UNIT_NOUN = '(?:GPU|unit|chip|card|piece|seat|user|work|book|item|share|subscriber|accelerator|server)';
const EACH_AFTER = new RegExp(`^\\s*(?:each|apiece|a piece|(?:per|an?) ${UNIT_NOUN})\\b|^\\s*(?:每块|每张|每个|一块|一张)`, 'i');
const AT_THAT_PRICE = /^\s*(?:[\w-]+\s+)?(?:at that price|at the same price|at this price)\b|^\s*(?:[^\d，。]{0,6})?(?:按这个价格|按此价格|以同样价格)/i;
const TIMES_OR_FOR = new RegExp(
  `^[^;。；]{0,24}?(?:for|times|×|x|across|on|at)\\s*(?:${HEDGE_EN}\\s+)?$|^[^\\d，,。；;]{0,3}[，,]\\s*(?:按照|按|以)?(?:每块|每张|每个|每颗|每台|单价|售价)?(?:${HEDGE_ZH}|为|是)*\\s*$`,
  'i',
);
/** "每块H100售价约3万美元": the price of one, said before the amount. */
const EACH_BEFORE_ZH = /(?:每块|每张|每个|每颗|每台|单价|售价)[^，,。；;]{0,10}$/;
const WOULD_BE = new RegExp(`^\\s*(?:[\\w-]+\\s+){0,2}?(?:would|could|will)?\\s*(?:be|cost|costs|bring in|generate|come to|mean|pay|pays)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const RESULT_EN = onlyWords('en', RESTATE_EN);
const RESULT_ZH = onlyWords('zh', RESTATE_ZH, '共|总计|合计|总共|一共');
const UNIT_WORD = /^\s*[A-Za-z\u4e00-\u9fff][\w\u4e00-\u9fff-]{0,15}/;

function isCount(q: Quantity): boolean {
  return (q.kind === 'count' || q.kind === 'number') && checkable(q) && q.value >= 1;
}

/** A money amount that is a price of one thing ("$3,000 per work", "$15,000 each"). */
export function isUnitPrice(view: SentenceView, q: Quantity): boolean {
  if (q.kind !== 'money' || !checkable(q)) return false;
  if (q.per && q.per.amount === 1 && !perCadence(q)) return true;
  return EACH_AFTER.test(textAfter(view, q, 20)) || EACH_BEFORE_ZH.test(textBefore(view, q, 16));
}

function productOf(view: SentenceView, kb: FactBase, n: Quantity): string | undefined {
  const bound = claimOf(view, n)?.product?.value;
  if (bound) return bound;
  const unit = n.unit?.toLowerCase().replace(/s$/, '');
  return unit && kb.entities.has(unit) ? unit : undefined;
}

/** The budget a purchase sentence spends: a money amount before the cue, or "this sum" of the sentence before. */
function budgetFor(view: SentenceView, ctx: RelationContext, first: Quantity): Quantity | undefined {
  const qs = view.quantities;
  const k = qs.indexOf(first);
  const prev = qs[k - 1];
  const gap = prev ? gapBetween(view, prev, first) : '';
  if (prev && isPlainMoney(prev) && checkable(prev) && gap.length <= 60 && (BUY_EN.test(gap) || BUY_ZH.test(gap))) return prev;
  const head = view.text.slice(0, first.start - view.span.start);
  if (prev || !THAT_SUM.test(head) || !(/\b(?:buy|buys|purchase|afford)\b/i.test(head) || /买|购/.test(head))) return undefined;
  const previous = ctx.previous;
  if (!previous) return undefined;
  const before = previous.quantities.filter((q) => isPlainMoney(q) && checkable(q) && !isUnitPrice(previous, q));
  return before[before.length - 1];
}

function rangeText(range: Interval, currency: string, lang: 'en' | 'zh'): string {
  return `${humanizeNumber(range.low ?? 0, currency, lang)}–${humanizeNumber(range.high ?? 0, currency, lang)}`;
}

function purchases(view: SentenceView, ctx: RelationContext, out: RelationOutcome[]): void {
  const qs = view.quantities;
  for (let k = 0; k < qs.length; k++) {
    const first = qs[k];
    if (!isCount(first)) continue;
    const total = budgetFor(view, ctx, first);
    if (!total || !total.currency) continue;
    const counts = [first];
    while (qs[k + counts.length] && isCount(qs[k + counts.length]) && ALTERNATIVE.test(gapBetween(view, counts[counts.length - 1], qs[k + counts.length]))) {
      counts.push(qs[k + counts.length]);
    }
    for (const n of counts) {
      const implied = div(intervalOf(total), intervalOf(n));
      statedPriceAfter(view, total, n, implied, out);
      const product = productOf(view, ctx.kb, n);
      if (!product) continue;
      const period = claimOf(view, n)?.period?.value ?? claimOf(view, total)?.period?.value;
      const range = unitPriceRange(ctx.kb, product, total.currency, windowFor(period, ctx.documentDate));
      if (!range) continue;
      const name = ctx.kb.entities.get(product)?.names[view.lang]?.[0] ?? product.toUpperCase();
      const allowed = widen(range.interval, RANGE_SLACK);
      out.push({
        check: 'arith.unit-price',
        result: n,
        operands: [total],
        computed: implied,
        compareWith: allowed,
        valueLike: total,
        formula: `${total.text} ÷ ${n.text}`,
        certainty: range.weak ? 'weak' : 'explicit',
        lang: view.lang,
        facts: range.facts,
        noFix: true,
        message: { key: 'arith.unit-price', params: { total: total.text, product: name, range: rangeText(range.interval, total.currency, view.lang) } },
      });
    }
    k += counts.length - 1;
  }
}

/** "…120,000 H100s implies $29,000 per GPU" — and "or 350,000 at that price". */
function statedPriceAfter(view: SentenceView, total: Quantity, n: Quantity, implied: Interval, out: RelationOutcome[]): void {
  const qs = view.quantities;
  const k = qs.indexOf(n);
  const p = qs[k + 1];
  if (!p || !isUnitPrice(view, p) || p.currency !== total.currency || !IMPLIES.test(gapBetween(view, n, p))) return;
  out.push({ check: 'arith.product', result: p, operands: [total, n], computed: implied, formula: `${total.text} ÷ ${n.text}`, certainty: 'explicit', lang: view.lang });
  const other = qs[k + 2];
  if (other && isCount(other) && ALTERNATIVE.test(gapBetween(view, p, other)) && AT_THAT_PRICE.test(textAfter(view, other, 30))) {
    out.push({ check: 'arith.product', result: other, operands: [total, p], computed: div(intervalOf(total), intervalOf(p)), formula: `${total.text} ÷ ${p.text}`, certainty: 'explicit', lang: view.lang });
  }
}

const EACH_WORDS = new RegExp(`^\\s*(?:each|apiece|a piece|(?:per|an?) ${UNIT_NOUN}|per \\w+)`, 'i');
/** A relative clause between the price and the total ("apiece, which the plan pencils in, is…") says nothing of the sum. */
function productTail(tail: string): string {
  return tail.replace(/^\s*,\s*(?:which|that)\s[^,\d;]{1,40},/i, ',');
}
/** The total a count at a price comes to, in words only this shape uses: "…cost $X", "a gross raise of $X", "is a $X commitment". */
const PRODUCT_RESULT_EN = new RegExp(
  `^[\\s,:—–-]*(?:(?:would|will|could)\\s+)?(?:cost|costs|come to|comes to|(?:is|was|would be)\\s+a|an?\\s+(?:gross|total|combined)?\\s*(?:raise|outlay|bill|cost|purchase|order|spend|investment)\\s+of)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "15万块卡，按每块2.5万美元的下限算，也要45亿美元": "reckoned at the price", then what it takes. */
const PRODUCT_RESULT_ZH = new RegExp(
  `^(?:的?[^\\d，,。；;]{0,6}?(?:算|计算|计)\\s*)?[，,]?\\s*(?:也|就|共|总共|一共|合计|总计)?(?:要|需要|需|得花|花费|花)\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/**
 * "37.5 million shares at $40, a gross raise of $1.6 billion": a count of things "at" a bare amount prices
 * one of them when the stated total is at least ten times that amount (a total restated would be about equal).
 */
function pricedAt(view: SentenceView, count: Quantity, price: Quantity, total: Quantity): boolean {
  if (!isCount(count) || price.kind !== 'money' || price.per || !checkable(price) || !count.unit) return false;
  if (!/^\s*(?:at|priced at)\s+$/i.test(gapBetween(view, count, price))) return false;
  return total.value >= 10 * price.value;
}

/** "$3,000 per work for roughly 500,000 books, i.e. $15 billion", "500,000 books at $3,000 each: $1.5B". */
function products(view: SentenceView, out: RelationOutcome[]): void {
  const qs = view.quantities;
  for (let k = 0; k + 2 < qs.length; k++) {
    const [x, y, r] = [qs[k], qs[k + 1], qs[k + 2]];
    const price = isUnitPrice(view, x) && isCount(y) ? x : isCount(x) && (isUnitPrice(view, y) || pricedAt(view, x, y, r)) ? y : undefined;
    if (!price || !isPlainMoney(r) || r.currency !== price.currency || !checkable(r)) continue;
    const count = price === x ? y : x;
    if (!TIMES_OR_FOR.test(gapBetween(view, x, y))) continue;
    const tail = productTail(gapBetween(view, y, r).replace(price === y ? EACH_WORDS : UNIT_WORD, ''));
    if (tail.length > 40 || !(RESULT_EN.test(tail) || RESULT_ZH.test(tail) || PRODUCT_RESULT_EN.test(tail) || PRODUCT_RESULT_ZH.test(tail))) continue;
    out.push({ check: 'arith.product', result: r, operands: [price, count], computed: mul(intervalOf(price), intervalOf(count)), formula: `${price.text} × ${count.text}`, certainty: 'explicit', lang: view.lang });
  }
}

/**
 * "…$360 a year, so a million seats would be $36 million a year": the price is the amount of the same
 * cadence; failing one, a price of the other cadence is converted ("$30 per user per month, so 1,000 seats
 * cost $360,000 a year": × 12). A second count joined by "and" ("…, and a 500-seat team pays $150,000")
 * goes on with the same price and cadence.
 */
function seats(view: SentenceView, out: RelationOutcome[]): void {
  const qs = view.quantities;
  let last: { price: Quantity; cadence: PriceCadence; result: PriceCadence } | undefined;
  for (let k = 1; k + 1 < qs.length; k++) {
    const n = qs[k];
    const r = qs[k + 1];
    const perPeriod = r.kind === 'money' && !!r.currency && (!r.per || !!perCadence(r));
    if (!isCount(n) || !perPeriod || !checkable(r) || !WOULD_BE.test(gapBetween(view, n, r))) continue;
    const before = textBefore(view, n, 20);
    const goesOn = last && last.price.currency === r.currency && /(?:^|,)\s*and\s+(?:an?\s+)?$|[，,]\s*(?:而|和)\s*$/i.test(before) ? last : undefined;
    // "$30 per user per month: a 5,000-seat deployment costs…": a colon says what follows is worked from the price.
    if (!goesOn && !/\b(?:so|then|that means|meaning)\b|那么|则|意味着|[:：]\s*(?:an?\s+|the\s+)?$/i.test(before)) continue;
    const rCadence = cadenceWord(textAfter(view, r, 16)) ?? goesOn?.result;
    if (!rCadence) continue;
    const earlier = qs.slice(0, k).reverse().filter((q) => q.kind === 'money' && q.currency === r.currency && checkable(q) && priceCadence(view, q));
    const price = goesOn?.price ?? earlier.find((q) => priceCadence(view, q) === rCadence) ?? earlier[0];
    if (!price) continue;
    const cadence = goesOn?.cadence ?? priceCadence(view, price)!;
    const factor = cadence === rCadence ? 1 : cadence === 'month' ? 12 : 1 / 12;
    if (!goesOn) last = { price, cadence, result: rCadence };
    const formula = factor === 1 ? `${price.text} × ${n.text}` : factor === 12 ? `${price.text} × ${n.text} × 12` : `${price.text} × ${n.text} ÷ 12`;
    const computed = mul(mul(intervalOf(price), intervalOf(n)), { low: factor, high: factor });
    // A count that goes on from an earlier one borrows its price and cadence: probable, no fix.
    out.push({ check: 'arith.product', result: r, operands: [price, n], computed, formula, certainty: goesOn ? 'probable' : 'explicit', lang: view.lang, noFix: !!goesOn });
  }
}

export type PriceCadence = 'year' | 'month';

/** "$360 a year", "$30 per user per month", "每用户每月30美元": the period a price is for. */
function priceCadence(view: SentenceView, q: Quantity): PriceCadence | undefined {
  const after = textAfter(view, q, 24);
  const own = perCadence(q);
  return cadenceWord(after) ?? cadenceWord(after.replace(/^\s*(?:per|a|each)\s+[a-z-]+/i, '')) ?? (own === 'year' || own === 'month' ? own : undefined);
}

/** The cadence the words right after an amount give it: "a year", "per month", "annually", 每年, "/mo". */
export function cadenceWord(after: string): PriceCadence | undefined {
  if (/^\s*(?:a|per|each|every)\s+year\b|^\s*(?:annually|\/yr)\b|^\s*(?:每年|\/年)/i.test(after)) return 'year';
  if (/^\s*(?:a|per|each|every)\s+month\b|^\s*(?:monthly|\/mo)\b|^\s*(?:每月|\/月)/i.test(after)) return 'month';
  return undefined;
}

const PRICED_AT = /^\s*(?:at|priced at|at a price of|按|以|按照)\s*(?:每[块张个台颗]\s*)?$/i;
const FLEET_IS_EN = new RegExp(
  `^\\s*(?:(?:a|per|each)\\s+[\\w-]+\\s*)?,?\\s*(?:that|this|the|those|these)\\s+(?:[\\w-]+\\s+){0,2}?(?:is|are|would be|will be|would cost|costs?|comes? to|is worth|are worth)\\s+(?:worth\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const FLEET_IS_ZH = new RegExp(`^\\s*(?:计算|来算|算)?\\s*[，,]\\s*(?:这些|这批|这|该|那些)[^，,。；;\\d]{0,8}?(?:价值|值|需要|要花|花费|总价|合计|共计)(?:约为|约|为|是|达|达到)*\\s*(?:${HEDGE_ZH})?\\s*$`);

/**
 * "…more than 1.3 million GPUs by year-end. At $30,000 a GPU that fleet is worth about $25 billion": a
 * unit price opens the sentence and prices "that fleet", the count of the sentence before (same
 * paragraph). The units must agree; the reading is probable (warning at most), no fix.
 */
function pricedFleet(view: SentenceView, ctx: RelationContext, out: RelationOutcome[]): void {
  const previous = ctx.previous;
  const qs = view.quantities;
  if (!previous || qs.length < 2) return;
  const [p, r] = qs;
  if (!isUnitPrice(view, p) || !isPlainMoney(r) || r.currency !== p.currency || !checkable(r)) return;
  if (!PRICED_AT.test(view.text.slice(0, p.start - view.span.start).replace(/^[\s\S]*[.:：]\s*/, ''))) return;
  const gap = gapBetween(view, p, r);
  if (!FLEET_IS_EN.test(gap) && !FLEET_IS_ZH.test(gap)) return;
  const counts = previous.quantities.filter((q) => isCount(q) && !/^(?:day|week|month|quarter|year)s?$/i.test(q.unit ?? ''));
  const n = counts[counts.length - 1];
  if (!n) return;
  const unit = (u: string | undefined) => u?.toLowerCase().replace(/s$/, '');
  if (p.per && n.unit && unit(p.per.unit) !== unit(n.unit)) return;
  out.push({ check: 'arith.product', result: r, operands: [p, n], computed: mul(intervalOf(p), intervalOf(n)), formula: `${p.text} × ${n.text}`, certainty: 'probable', lang: view.lang, noFix: true });
}

/**
 * "Copilot lists at $30 per user per month, or $360 a year. A 1,000-seat company would pay $360,000 a year":
 * a sentence that opens with a count of seats priced in the sentence before (same paragraph) and what that
 * many would pay per period. The price is the sentence before's one price of the result's cadence, else its
 * one price of the other cadence (× 12 or ÷ 12); two such prices, and nothing is read. Probable, no fix.
 */
function seatsAfterPrice(view: SentenceView, ctx: RelationContext, out: RelationOutcome[]): void {
  const previous = ctx.previous;
  const [n, r] = view.quantities;
  if (!previous || !n || !r || view.quantities.length !== 2 || !isCount(n) || r.kind !== 'money' || !r.currency || (r.per && !perCadence(r)) || !checkable(r)) return;
  if (!/^\s*(?:an?|the)\s+$/i.test(view.text.slice(0, n.start - view.span.start)) || !WOULD_BE.test(gapBetween(view, n, r))) return;
  const own = perCadence(r);
  const rCadence = cadenceWord(textAfter(view, r, 16)) ?? (own === 'year' || own === 'month' ? own : undefined);
  if (!rCadence) return;
  const prices = previous.quantities.filter((q) => q.kind === 'money' && q.currency === r.currency && checkable(q) && priceCadence(previous, q));
  const same = prices.filter((q) => priceCadence(previous, q) === rCadence);
  const pick = same.length > 0 ? same : prices;
  if (pick.length !== 1) return;
  const price = pick[0];
  const factor = priceCadence(previous, price) === rCadence ? 1 : rCadence === 'year' ? 12 : 1 / 12;
  const formula = factor === 1 ? `${price.text} × ${n.text}` : factor === 12 ? `${price.text} × ${n.text} × 12` : `${price.text} × ${n.text} ÷ 12`;
  const computed = mul(mul(intervalOf(price), intervalOf(n)), { low: factor, high: factor });
  out.push({ check: 'arith.product', result: r, operands: [price, n], computed, formula, certainty: 'probable', lang: view.lang, noFix: true });
}

export const unitPrice: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  seatsAfterPrice(view, ctx, out);
  pricedFleet(view, ctx, out);
  purchases(view, ctx, out);
  products(view, out);
  seats(view, out);
  return out;
};
