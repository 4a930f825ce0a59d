/**
 * A period amount restated at another cadence in the next sentence, tied to it by an explicit pace
 * anaphora: "Its 2024 revenue: $2.4 billion. At that pace, monthly revenue is $200 million.", "… $300 million in
 * August. Times 12, that is a run-rate of $3.6 billion.",
 * "该公司全年收入24亿元。按这个速度，每月收入约2亿元。"
 *
 * The pace words must open the sentence (before any amount), so the amount they introduce can only
 * restate the sentence before; the base is that sentence's last plain amount of the same currency whose
 * cadence is written (annualized.ts: cadenceOf) or named by a year ("2024 revenue", "2024年收入"). A
 * reference across sentences may be loose, so the reading is probable (warning at most).
 */
import type { Quantity } from '../../model';
import { scale } from '../intervals';
import { cadenceOf } from './annualized';
import { CADENCE_UNITS, HEDGE_EN, HEDGE_ZH, PER_YEAR, type Cadence } from './cues';
import { convertAmount } from './currency';
import { checkable, intervalOf, perCadence } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, isDuration, textBefore, type SentenceView } from './view';

const PACE_EN = /\b(?:at|on) (?:that|this|the same) (?:pace|rate|run[- ]rate)\b|\bif that pace (?:holds|continues)\b/i;
/** "Times 12, that is …": the factor of a month's amount to a year's opens the sentence; its 12 is no amount. */
const TIMES_TWELVE = /^\s*(?:(?:times|multiplied by) (?:12|twelve),|(?:再)?(?:乘以|乘上)\s*(?:12|十二)[，,])/i;
const PACE_ZH =
  /(?:按|照)(?:这个|此|这一|该)(?:速度|节奏|势头|水平|增速)|照此(?:计算|推算)|按此(?:计算|推算)|(?:按|以)(?:\d{1,2}月|这个|该|当|本|上个?|最新一个)(?:季度|月份?)(?:的?(?:收入|营收|水平|数据))?(?:计算|推算|来算|算)/;
/** "2024 revenue: $2.4 billion", "2024年收入24亿元": a calendar year's amount. */
const YEAR_AMOUNT_EN = /\b(?:19|20)\d{2}\s+(?:full[- ]year\s+)?(?:revenue|sales|turnover)\s*(?::|of|was|is|came to|reached)?\s*(?:about|around|roughly|nearly)?\s*$/i;
const YEAR_AMOUNT_ZH = /(?:19|20)\d{2}年(?:全年)?(?:的)?(?:收入|营收|销售额)(?:约为|约|为|是|达到|达)?\s*$/;

/** Money without a price denominator other than a period ("$50 million a month" is read with per month). */
function isPeriodMoney(q: Quantity): boolean {
  return q.kind === 'money' && !!q.currency && (!q.per || perCadence(q) !== undefined);
}

function baseCadence(view: SentenceView, q: Quantity): Cadence | undefined {
  const written = cadenceOf(view, q)?.cadence;
  if (written) return written;
  const before = textBefore(view, q, 40);
  return YEAR_AMOUNT_EN.test(before) || YEAR_AMOUNT_ZH.test(before) ? 'year' : undefined;
}

/** The sentence's first amount, when the pace words come before it. */
function pacedAmount(view: SentenceView): Quantity | undefined {
  const times = TIMES_TWELVE.exec(view.text);
  const first = view.quantities.find((q) => !isDuration(q) && !(times && q.end - view.span.start <= times[0].length));
  if (!first || !isPeriodMoney(first) || !checkable(first)) return undefined;
  const head = view.text.slice(0, first.start - view.span.start);
  return times || PACE_EN.test(head) || PACE_ZH.test(head) ? first : undefined;
}

/** "一年四个季度可达", "over four quarters would be": a stretch of periods the result adds up. */
const OVER_SPAN = new RegExp(
  `^\\s*(?:内|里|下来)?\\s*(?:可达|可以达到|能达到|将达|会达到|达到|达|就是|共|合计|累计|would (?:be|bring in|reach|come to)|comes? to|adds? up to)\\s*(?:${HEDGE_ZH}|${HEDGE_EN})?\\s*$`,
  'i',
);

function spanBefore(view: SentenceView, result: Quantity): { n: number; cadence: Cadence } | undefined {
  const k = view.quantities.indexOf(result);
  const d = view.quantities[k - 1];
  if (!d || !isDuration(d) || !OVER_SPAN.test(gapBetween(view, d, result))) return undefined;
  const cadence = CADENCE_UNITS[(d.unit ?? '').toLowerCase()];
  return cadence ? { n: d.value, cadence } : undefined;
}

/**
 * "一个季度6.56亿美元的增量…；若按这个势头，一年四个季度可达65.6亿元": the pace words inside the sentence,
 * after a clause break; the base is the last period amount before them. Amounts in two currencies are
 * converted (currency.ts), with the digits-as-written reading kept for a currency slip (index.ts).
 */
function withinSentence(view: SentenceView, ctx: RelationContext): RelationOutcome[] {
  const m = PACE_EN.exec(view.text) ?? PACE_ZH.exec(view.text);
  if (!m) return [];
  const at = view.span.start + m.index;
  const before = view.quantities.filter((q) => q.end <= at && isPeriodMoney(q) && checkable(q));
  const base = before[before.length - 1];
  const result = view.quantities.find((q) => q.start >= at + m[0].length && isPeriodMoney(q) && checkable(q));
  if (!base || !result || !/[;；,，]/.test(view.text.slice(base.end - view.span.start, m.index))) return [];
  const cadence = cadenceOf(view, base)?.cadence;
  if (!cadence) return [];
  const span = spanBefore(view, result);
  const own = cadenceOf(view, result)?.cadence;
  const factor = span ? (PER_YEAR[cadence] / PER_YEAR[span.cadence]) * span.n : own && own !== cadence ? PER_YEAR[cadence] / PER_YEAR[own] : undefined;
  if (factor === undefined || factor === 1) return [];
  const formula = `${base.text} ${factor >= 1 ? `× ${Number(factor.toPrecision(4))}` : `÷ ${Number((1 / factor).toPrecision(4))}`}`;
  const outcome: RelationOutcome = { check: 'arith.annualized', result, operands: [base], computed: scale(intervalOf(base), factor), formula, certainty: 'probable', lang: view.lang, noFix: true };
  if (base.currency === result.currency) return [outcome];
  const converted = convertAmount(view, ctx, base, result.currency as string, result);
  if (!converted) return [];
  return [
    {
      ...outcome,
      computed: scale(converted.interval, factor),
      notes: converted.notes,
      facts: converted.facts,
      certainty: converted.certainty === 'weak' ? 'weak' : 'probable',
      sameCurrency: { interval: scale(intervalOf(base), factor), formula },
    },
  ];
}

export const pace: RelationDetector = (view, ctx) => {
  const inside = withinSentence(view, ctx);
  if (inside.length > 0) return inside;
  const previous = ctx.previous;
  if (!previous) return [];
  const result = pacedAmount(view);
  if (!result) return [];
  const resultCadence = cadenceOf(view, result)?.cadence;
  if (!resultCadence) return [];
  const candidates = previous.quantities.filter((q) => isPeriodMoney(q) && checkable(q) && q.currency === result.currency);
  const base = candidates[candidates.length - 1];
  const cadence = base && baseCadence(previous, base);
  if (!base || !cadence || cadence === resultCadence) return [];
  const factor = PER_YEAR[cadence] / PER_YEAR[resultCadence];
  const factorText = factor >= 1 ? `× ${Number(factor.toPrecision(4))}` : `÷ ${Number((1 / factor).toPrecision(4))}`;
  const out: RelationOutcome = {
    check: 'arith.annualized',
    result,
    operands: [base],
    computed: scale(intervalOf(base), factor),
    formula: `${base.text} ${factorText}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  };
  return [out];
};
