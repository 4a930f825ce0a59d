/**
 * A total spread evenly over a stated number of years (or months, quarters): "未来三年投入超过3800亿元，平均每年约
 * 1267亿元", "$300 billion over five years, about $60 billion a year", and, when the sentence opens with the
 * averaging words and writes no total, the total of the sentence right before: "合同价值约3000亿美元。按5年平均，
 * 每年约600亿美元。"
 *
 * The structure is the binding: an averaging word (平均, 均摊, "averages", "over N years") ties a per-period
 * amount to the one stretch of time written before it, and to the like amounts (same currency or counted
 * noun) before that; each such amount is a reading, and a number some reading explains is not flagged
 * (index.ts). The stretch must be in the cadence's unit (years for "a year", 每年).
 */
import type { Quantity } from '../../model';
import { div } from '../intervals';
import { cadenceOf } from './annualized';
import { HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { isDuration, textAfter, textBefore, type SentenceView } from './view';

type Unit = 'year' | 'month' | 'quarter';

const PER_AFTER_EN = /^\s*(?:a|per|each)\s+(year|month|quarter)\b|^\s*(annually)\b/i;
const PER_BEFORE_ZH = new RegExp(`(?:平均|年均)?每(?:个)?(年|月|季度|季)(?:约为|约|为|是|达到|达|投入|支出|花费|需要)*\\s*(?:${HEDGE_ZH})?\\s*$|(年均)(?:约为|约|为|是|达到|达|投入|支出)*\\s*(?:${HEDGE_ZH})?\\s*$`);
const AVERAGING_EN = /\baverag(?:e|es|ed|ing)\b|\bon average\b|\bspread (?:over|across)\b|\bover (?:the )?(?:next |following |coming )?(?:\w+|\d+) (?:years|months|quarters)\b/i;
const AVERAGING_ZH = /平均|均摊|摊到|摊下来|年均/;
/** The averaging words open the sentence ("按5年平均，", "Spread over five years,"): the total is the sentence before's. */
const OPENS_ZH = /^\s*(?:如果|若)?(?:按|以|分)\s*$/;

const ZH_UNIT: Record<string, Unit> = { 年: 'year', 年均: 'year', 月: 'month', 季度: 'quarter', 季: 'quarter' };

function cadenceUnit(view: SentenceView, x: Quantity): Unit | undefined {
  // The recogniser may have read "a year" / 每年 into the amount's denominator.
  if (x.per) return x.per.amount === 1 ? durationUnit({ ...x, unit: x.per.unit }) : undefined;
  if (view.lang === 'zh') {
    const m = PER_BEFORE_ZH.exec(textBefore(view, x, 16));
    return m ? ZH_UNIT[m[1] ?? m[2]] : undefined;
  }
  const m = PER_AFTER_EN.exec(textAfter(view, x, 20));
  if (!m) return undefined;
  return m[2] ? 'year' : (m[1].toLowerCase() as Unit);
}

function durationUnit(q: Quantity): Unit | undefined {
  const u = q.unit?.toLowerCase().replace(/s$/, '');
  return u === 'year' || u === 'month' || u === 'quarter' ? u : undefined;
}

/** A plain amount that is not itself a rate per period. */
function isTotal(q: Quantity, x: Quantity, view: SentenceView): boolean {
  return checkable(q) && !isDuration(q) && q !== x && sameDimension(q, { ...x, per: undefined }) && !q.per && cadenceOf(view, q) === undefined;
}

export const average: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const averaging = view.lang === 'zh' ? AVERAGING_ZH : AVERAGING_EN;
  if (!averaging.test(view.text)) return out;
  for (const x of view.quantities) {
    if (!checkable(x) || (x.kind !== 'money' && x.kind !== 'count')) continue;
    const unit = cadenceUnit(view, x);
    if (!unit) continue;
    const before = view.quantities.filter((q) => q.end <= x.start);
    const spans = before.filter((q) => isDuration(q) && durationUnit(q) === unit);
    if (spans.length !== 1 || !checkable(spans[0])) continue;
    const span = spans[0];
    let totals = before.filter((q) => isTotal(q, x, view));
    let certainty: Certainty = 'explicit';
    const opening = view.text.slice(0, span.start - view.span.start);
    if (totals.length === 0 && ctx.previous && view.lang === 'zh' && OPENS_ZH.test(opening.replace(/^[-*\s]*/, ''))) {
      totals = ctx.previous.quantities.filter((q) => isTotal(q, x, ctx.previous as SentenceView));
      certainty = 'probable';
    }
    if (totals.length === 0 || totals.length > 3) continue;
    if (totals.length > 1) certainty = 'probable';
    for (const t of totals) {
      out.push({
        check: 'arith.ratio',
        result: x,
        operands: [t, span],
        computed: div(intervalOf(t), { low: span.value, high: span.value }),
        formula: `${t.text} ÷ ${span.text}`,
        certainty,
        lang: view.lang,
        noFix: totals.length > 1 || certainty !== 'explicit',
      });
    }
  }
  return out;
};
