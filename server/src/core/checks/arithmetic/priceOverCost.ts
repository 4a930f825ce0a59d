/**
 * A unit's price set against what it costs to make: "an H100 costs about $3,320 to make and sells for
 * $25,000 to $30,000. That is a markup of roughly 7.5 to 9 times, or a gross margin of about 87%",
 * "制造成本约3320美元……售价约为成本的7.5倍", "按2.5万美元的售价算，毛利率约87%". A markup is price ÷ cost;
 * a gross margin on the unit is (price − cost) ÷ price.
 *
 * The words name both operands. The cost is the one amount (one value, written once or more) of the
 * paragraph, up to the result, that its own words call a cost of making the unit ("manufacturing cost of",
 * "build cost", "costs … to make", 制造成本): a bare "costs of" (a day's running costs, an invoice) is no
 * such cost. The result is a multiple named a markup or "times the cost" (售价…成本的N倍), or a percentage
 * named a gross margin or gross profit (毛利率) in its sentence, not a share "of" something after it. The
 * price is the nearest other amount of the result's sentence before it ("at $30,000, about 95%"), or, when
 * the sentence writes none, the one other amount of the paragraph before it (a range stays a range, so
 * "7.5 to 9 times" holds on "$25,000 to $30,000"). Two candidate prices, or none, and nothing is read.
 * The pairing reads labels, not a cue between the numbers: probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { div, scale, sub, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** "manufacturing cost of about", "build cost at roughly", "制造成本约": the cost's own noun right before it. */
const COST_BEFORE_EN = new RegExp(`\\b(?:manufacturing|build|production|unit)\\s+cost\\s+(?:of|at|is|was|as)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "$3,320 to make", "$3,320 a unit to build". */
const COST_AFTER_EN = /^\s*(?:a unit\s+|per unit\s+|each\s+)?to\s+(?:make|build|manufacture|produce)\b/i;
const COST_BEFORE_ZH = new RegExp(`(?:制造|生产)成本\\s*(?:约为|为|是|在)*\\s*(?:${HEDGE_ZH})?\\s*$`);
const COST_AFTER_ZH = /^\s*的?(?:制造|生产)成本/;

/** "a markup of about", "markup is close to": the markup word before the multiple, in its clause. */
const MARKUP_BEFORE_EN = /\bmark-?up\b[^,;.]{0,30}$/i;
/** "times the cost", "times cost", "times the build cost". */
const TIMES_COST_EN = /^\s*(?:times\s+|x\s+)?(?:the\s+|its\s+)?(?:manufacturing\s+|build\s+|unit\s+)?cost\b/i;
/** "售价约为成本的", "售价也接近成本的": the price, a copula, the cost, 的, then the multiple. */
const PRICE_OVER_COST_ZH = new RegExp(`(?:售价|价格)[^，,。；;\\d]{0,6}成本的\\s*(?:${HEDGE_ZH})?\\s*$`);

const MARGIN_EN = /\bgross\s+(?:margin|profit)\b/i;
const MARGIN_ZH = /毛利率|毛利/;
/** "of the selling price", "的": a share of something named after it, not a margin. */
const SHARE_AFTER = /^\s*(?:of\b|的)/i;
/** "as gross profit" right after the percentage. */
const MARGIN_AFTER_EN = /^\s*(?:as|in)\s+gross\s+(?:margin|profit)\b/i;

const isMoney = (q: Quantity) => q.kind === 'money' && !!q.currency && checkable(q) && q.value > 0;

function isCost(view: SentenceView, q: Quantity): boolean {
  if (!isMoney(q)) return false;
  if (view.lang === 'zh') return COST_BEFORE_ZH.test(textBefore(view, q, 20)) || COST_AFTER_ZH.test(textAfter(view, q, 12));
  return COST_BEFORE_EN.test(textBefore(view, q, 50)) || COST_AFTER_EN.test(textAfter(view, q, 30));
}

/** Amounts written before `limit` (a document offset) in `views`. */
function before(views: SentenceView[], limit: number, keep: (v: SentenceView, q: Quantity) => boolean): Quantity[] {
  return views.flatMap((v) => v.quantities.filter((q) => q.end <= limit && keep(v, q)));
}

/** One value: every candidate written with the same digits, or nothing. */
function one(qs: Quantity[]): Quantity | undefined {
  return qs.length > 0 && qs.every((q) => q.value === qs[0].value && q.low === qs[0].low && q.high === qs[0].high) ? qs[0] : undefined;
}

type Kind = 'markup' | 'margin';

function resultKind(view: SentenceView, r: Quantity): Kind | undefined {
  if (!checkable(r)) return undefined;
  const zh = view.lang === 'zh';
  if (r.kind === 'multiple') {
    if (zh) return PRICE_OVER_COST_ZH.test(textBefore(view, r, 24)) ? 'markup' : undefined;
    return MARKUP_BEFORE_EN.test(textBefore(view, r, 50)) || TIMES_COST_EN.test(textAfter(view, r, 30)) ? 'markup' : undefined;
  }
  if (r.kind !== 'percent' || SHARE_AFTER.test(textAfter(view, r, 8))) return undefined;
  const head = view.text.slice(0, r.start - view.span.start);
  if (zh) return MARGIN_ZH.test(head) ? 'margin' : undefined;
  return MARGIN_EN.test(head) || MARGIN_AFTER_EN.test(textAfter(view, r, 30)) ? 'margin' : undefined;
}

/** "2.5万至3万美元" read as two figures: the range's first end is the bare number right before "至"/"to". */
const RANGE_LINK = /^\s*(?:至|到|~|-|–|—|to)\s*$/;

/** The price's interval: a range split in two is the whole range, never its upper end alone. */
function priceInterval(views: SentenceView[], price: Quantity): Interval {
  const own = intervalOf(price);
  const view = views.find((v) => v.quantities.includes(price));
  const first = view && neighbour(view, price, -1);
  if (!view || !first || first.kind === 'money' || first.kind === 'percent' || !RANGE_LINK.test(gapBetween(view, first, price))) return own;
  const low = intervalOf(first).low;
  return low !== null && low < price.value ? { low, high: own.high } : own;
}

/** The price: the nearest other amount before the result in its sentence, else the paragraph's one. */
function priceFor(view: SentenceView, earlier: SentenceView[], r: Quantity, cost: Quantity): Quantity | undefined {
  const other = (v: SentenceView, q: Quantity) => isMoney(q) && q.currency === cost.currency && !isCost(v, q);
  const own = before([view], r.start, other);
  if (own.length > 0) return own[own.length - 1];
  return one(before(earlier, r.start, other));
}

function outcome(view: SentenceView, kind: Kind, r: Quantity, price: Quantity, priced: Interval, cost: Quantity): RelationOutcome {
  const computed = kind === 'markup' ? div(priced, intervalOf(cost)) : scale(sub({ low: 1, high: 1 }, div(intervalOf(cost), priced)), 100);
  return {
    check: kind === 'markup' ? 'arith.ratio' : 'arith.percent-of',
    result: r,
    operands: [price, cost],
    computed,
    formula: kind === 'markup' ? `${price.text} ÷ ${cost.text}` : `(${price.text} − ${cost.text}) ÷ ${price.text}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  };
}

export const priceOverCost: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const earlier = [...(ctx.earlier ?? [])].reverse();
  for (const r of view.quantities) {
    const kind = resultKind(view, r);
    if (!kind) continue;
    const costs = before([...earlier, view], r.start, isCost);
    const cost = one(costs);
    if (!cost) continue;
    const price = priceFor(view, earlier, r, cost);
    if (!price || price.value <= cost.value) continue;
    out.push(outcome(view, kind, r, price, priceInterval([view, ...earlier], price), cost));
  }
  return out;
};
