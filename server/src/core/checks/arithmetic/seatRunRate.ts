/**
 * A seat price applied to a seat count, across the sentences of one paragraph: "Copilot has 15 million
 * paid seats. At the $30 per user per month list price, that is about $5.4 billion a year", "Copilot is
 * $30 per user per month. For all 400 of us that is $144,000 a year", "付费席位1500万，按每人每月30美元的
 * 标价，年化约54亿美元", "…付费席位达到1500万个。定价为每用户每月30美元。按这个标价粗算，这些席位年化收入约
 * 54亿美元". The run rate is price × seats (× 12 from a monthly price to a yearly amount).
 *
 * unitPrice.ts reads the shapes where the count stands right before its amount ("a 1,000-seat company would
 * pay…"). Here the writer names the price as the basis ("at the … price", 按…标价) or points back at it ("at
 * that price", 这个标价), and the count is the one seat count of the sentence or of the two before it. The
 * price must be per user, seat or subscriber and per month or year, the amount of the same currency and
 * cadence-marked; two seat counts or two seat prices to choose from, and nothing is read. Probable, no fix.
 */
import type { Quantity } from '../../model';
import { mul } from '../intervals';
import { checkable, intervalOf, perCadence } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { cadenceWord, type PriceCadence as Cadence } from './unitPrice';
import { gapBetween, isDuration, textAfter, textBefore, type SentenceView } from './view';

const HOLDER_EN = '(?:user|seat|subscriber|licen[cs]e|head|person|member|employee)';
/** "$30 per user per month", "$30 list price per user per month". */
const PER_SEAT_AFTER_EN = new RegExp(`^\\s*(?:list\\s+price\\s+)?(?:per|a|each)\\s+${HOLDER_EN}\\s+(?:per|a|each)\\s+(month|year)\\b`, 'i');
/** "每用户每月30美元", "每人每月30美元". */
const PER_SEAT_BEFORE_ZH = /每(?:个|位)?(?:用户|人|席位|账号)每(月|年)\s*(?:约|为|是)?\s*$/;
/** The price named as the basis: "at the $30…", "按每人每月30美元". */
const BASIS_BEFORE_EN = /\b(?:at|priced at)\s+(?:the\s+|a\s+|its\s+)?(?:list\s+|current\s+)?$/i;
const BASIS_BEFORE_ZH = /(?:按照|按|以)\s*每(?:个|位)?(?:用户|人|席位|账号)每[月年]\s*$/;
/** Words pointing back at a price said before: "at that price", "at list", "按这个标价", "按标价". */
const POINTS_AT_PRICE = /\bat (?:that|this|the same|list) (?:price|rate)\b|\bat list\b|按(?:这个|此|该|上述)?(?:标价|价格|定价)/i;
/** Words pointing back at the seats: "these seats", "这些席位". */
const POINTS_AT_SEATS = /\b(?:these|those|the) (?:seats|users|licen[cs]es|subscribers)\b|这些(?:席位|用户|账号)/i;
/** A seat count's own noun: "15 million paid seats", "400 licences". */
const SEAT_AFTER_EN = new RegExp(`^\\s*(?:paid\\s+|more\\s+)?(?:[A-Z0-9][\\w-]*\\s+){0,4}(?:${HOLDER_EN}s?|users|seats)\\b|^\\s+of\\s+us\\b`);
const SEAT_BEFORE_ZH = /(?:付费)?(?:席位|用户)(?:数)?(?:达到|达|为|约|有)?\s*$/;
const SEAT_AFTER_ZH = /^\s*(?:个|位|名)?(?:付费)?(?:席位|用户)/;
/** Between a count (or a price) and the amount it comes to. */
const COMES_TO_EN = /(?:\bthat(?:'s| is| would be| comes to| works out to)|\bwhich (?:is|would be|comes to)|\bwould (?:be|cost|come to)|\bcomes? to|\bworks out to)\b[^.;:\d]{0,40}$/i;
const COMES_TO_ZH = /(?:对应|年化|一年|每年|全年|每月)[^，,。；;\d]{0,10}$|[，,][^，,。；;\d]{0,10}(?:为|是|约|达)\s*$/;
const YEAR_BEFORE_ZH = /(?:年化|一年|每年|全年)[^，,。；;\d]{0,10}$/;
const MONTH_BEFORE_ZH = /(?:每月|一个月|月度|月收入)[^，,。；;\d]{0,10}$/;

function comesTo(view: SentenceView, a: Quantity, r: Quantity): boolean {
  const gap = gapBetween(view, a, r);
  return view.lang === 'zh' ? COMES_TO_ZH.test(gap) : COMES_TO_EN.test(gap);
}

/** The cadence of a seat price, or undefined when `q` is no price per seat per period. */
function seatPrice(view: SentenceView, q: Quantity): Cadence | undefined {
  if (q.kind !== 'money' || !q.currency || !checkable(q)) return undefined;
  const after = PER_SEAT_AFTER_EN.exec(textAfter(view, q, 40));
  if (after) return after[1].toLowerCase() as Cadence;
  const before = PER_SEAT_BEFORE_ZH.exec(textBefore(view, q, 12));
  return before ? (before[1] === '月' ? 'month' : 'year') : undefined;
}

/** "Microsoft 365 Copilot", "微软365 Copilot": a number that is part of a product's name. */
function productNumber(view: SentenceView, q: Quantity): boolean {
  return q.kind === 'number' && !q.unit && (/\b[A-Z][\w-]*\s?$/.test(textBefore(view, q, 16)) || /^\s?[A-Z]/.test(textAfter(view, q, 3)));
}

function isSeatCount(view: SentenceView, q: Quantity): boolean {
  if (productNumber(view, q) || (q.kind !== 'count' && q.kind !== 'number') || !checkable(q) || q.value < 2 || isDuration(q)) return false;
  if (q.unit && new RegExp(`^${HOLDER_EN}s?$`, 'i').test(q.unit)) return true;
  const after = textAfter(view, q, 40, true);
  return view.lang === 'zh' ? SEAT_BEFORE_ZH.test(textBefore(view, q, 10)) || SEAT_AFTER_ZH.test(after) : SEAT_AFTER_EN.test(after);
}

/** The cadence of a run-rate amount: "$5.4 billion a year", "年化约54亿美元". */
function amountCadence(view: SentenceView, r: Quantity): Cadence | undefined {
  if (r.kind !== 'money' || !r.currency || !checkable(r)) return undefined;
  const own = perCadence(r);
  if (r.per && own !== 'month' && own !== 'year') return undefined;
  if (own === 'month' || own === 'year') return own;
  const after = cadenceWord(textAfter(view, r, 16));
  if (after) return after;
  if (view.lang !== 'zh') return undefined;
  const before = textBefore(view, r, 14);
  if (YEAR_BEFORE_ZH.test(before)) return 'year';
  return MONTH_BEFORE_ZH.test(before) ? 'month' : undefined;
}

/**
 * A sentence's seat count, when it is the sentence's only count: "20,000 paid seats and 5,000 trial users"
 * leaves the reader to choose, so neither is taken.
 */
function seatCountsOf(v: SentenceView): Quantity[] | 'ambiguous' {
  const counts = v.quantities.filter((q) => (q.kind === 'count' || q.kind === 'number') && !isDuration(q) && !productNumber(v, q));
  // Any other count met first (one not of seats, or a second) stops the search: the reader has to choose.
  return counts.every((q) => isSeatCount(v, q)) ? counts : 'ambiguous';
}

/** The one item of `pick` in the nearest of up to two earlier sentences that has any; two there and none. */
function oneEarlier(ctx: RelationContext, pick: (v: SentenceView) => Quantity[] | 'ambiguous'): { q: Quantity; view: SentenceView } | undefined {
  for (const v of (ctx.earlier ?? []).slice(0, 2)) {
    const found = pick(v);
    if (found === 'ambiguous' || found.length > 1) return undefined;
    if (found.length === 1) return { q: found[0], view: v };
  }
  return undefined;
}

function outcome(view: SentenceView, price: Quantity, cadence: Cadence, n: Quantity, r: Quantity, rCadence: Cadence): RelationOutcome {
  const factor = cadence === rCadence ? 1 : cadence === 'month' ? 12 : 1 / 12;
  const formula = factor === 1 ? `${price.text} × ${n.text}` : factor === 12 ? `${price.text} × ${n.text} × 12` : `${price.text} × ${n.text} ÷ 12`;
  const computed = mul(mul(intervalOf(price), intervalOf(n)), { low: factor, high: factor });
  return { check: 'arith.product', result: r, operands: [price, n], computed, formula, certainty: 'probable', lang: view.lang, noFix: true };
}

export const seatRunRate: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities.filter((q) => !isDuration(q));
  const sentencePrices = qs.filter((q) => seatPrice(view, q));
  const sentenceCounts = qs.filter((q) => isSeatCount(view, q));
  if (sentencePrices.length > 1 || sentenceCounts.length > 1) return out;
  for (let k = 0; k < qs.length; k++) {
    const r = qs[k];
    const prev = qs[k - 1];
    const rCadence = amountCadence(view, r);
    if (!rCadence || seatPrice(view, r)) continue;
    let price: { q: Quantity; view: SentenceView } | undefined;
    let n: { q: Quantity; view: SentenceView } | undefined;
    const text = view.text.slice(0, r.start - view.span.start);
    if (prev && seatPrice(view, prev)) {
      // "At the $30 per user per month list price, that is…": the price named as the basis, right before.
      const before = textBefore(view, prev, 24);
      if (!(view.lang === 'zh' ? BASIS_BEFORE_ZH : BASIS_BEFORE_EN).test(before)) continue;
      if (!comesTo(view, prev, r)) continue;
      price = { q: prev, view };
      const ahead = sentenceCounts.find((q) => q.end <= prev.start);
      // Nothing else before the price but a product's number ("Microsoft 365").
      if (qs.slice(0, k - 1).some((q) => q !== ahead && !productNumber(view, q))) continue;
      n = ahead ? { q: ahead, view } : oneEarlier(ctx, seatCountsOf);
    } else if (prev && isSeatCount(view, prev) && qs.indexOf(prev) === 0 && sentencePrices.length === 0) {
      // "For all 400 of us that is $144,000 a year": the count here, the price the sentence before's.
      if (!comesTo(view, prev, r)) continue;
      n = { q: prev, view };
      price = oneEarlier(ctx, (v) => v.quantities.filter((q) => seatPrice(v, q)));
    } else if (!prev && sentencePrices.length === 0 && POINTS_AT_PRICE.test(text) && POINTS_AT_SEATS.test(text)) {
      // "按这个标价粗算，这些席位年化收入约54亿美元": both named by pointing back.
      price = oneEarlier(ctx, (v) => v.quantities.filter((q) => seatPrice(v, q)));
      n = oneEarlier(ctx, seatCountsOf);
    } else continue;
    if (!price || !n || price.q.currency !== r.currency) continue;
    out.push(outcome(view, price.q, seatPrice(price.view, price.q)!, n.q, r, rCadence));
  }
  return out;
};
