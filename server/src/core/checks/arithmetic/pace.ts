/**
 * A period amount restated at another cadence in the next sentence, tied to it by an explicit pace
 * anaphora: "Its 2024 revenue: $2.4 billion. At that pace, monthly revenue is $200 million.",
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
import { PER_YEAR, type Cadence } from './cues';
import { checkable, intervalOf, perCadence } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { isDuration, textBefore, type SentenceView } from './view';

const PACE_EN = /\b(?:at|on) (?:that|this|the same) (?:pace|rate|run[- ]rate)\b|\bif that pace (?:holds|continues)\b/i;
const PACE_ZH = /(?:按|照)(?:这个|此|这一|该)(?:速度|节奏|势头|水平|增速)|照此(?:计算|推算)|按此(?:计算|推算)/;
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
  const first = view.quantities.find((q) => !isDuration(q));
  if (!first || !isPeriodMoney(first) || !checkable(first)) return undefined;
  const head = view.text.slice(0, first.start - view.span.start);
  return PACE_EN.test(head) || PACE_ZH.test(head) ? first : undefined;
}

export const pace: RelationDetector = (view, ctx) => {
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
