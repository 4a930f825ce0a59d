/**
 * A conversion written after a clause with a figure of its own: "营收240亿美元，同比增长15%，按当月均价折合人民币
 * 1,650亿元", "融资6.75亿美元，约占估值的26%；按中间价7.095折算，这笔融资约合48亿元". The growth rate or share
 * between them is no amount to convert, so `currency.ts`, which pairs neighbouring figures, reads nothing. When
 * the clause right before the result is the conversion itself (a rate written or named there, nothing but
 * conversion words, at most a label pointing back, "这笔融资") and only figures that are no money stand
 * between it and the last amount of the other currency before, that amount is the one converted. One clause
 * away, so probable (warning at most); an earlier amount of that currency whose conversion fits explains the
 * result (`earlierSource`).
 */
import type { Quantity } from '../../model';
import { checkable, isPlainMoney } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween } from './view';
import { CONVERSION_ZH, NAMED_RATE, conversionOutcome, convertAmount, convertible, earlierSource, statedRate } from './currency';

/** The conversion clause opens after the figure's clause: a comma or semicolon, then 按/以/折合…. */
const CLAUSE_OPEN = /^\s*[，,；;]\s*/;
/** "，这笔融资约合": a label pointing back at the amount converted; a label naming another measure is no filler. */
const POINTED_SOURCE = /[，,]\s*(?:这笔|那笔|该笔|此笔|这轮|那轮)[\u4e00-\u9fff]{0,4}?(?=约合|折合)/;

export const conversionPastFigure: RelationDetector = (view, ctx) => {
  if (view.lang !== 'zh') return [];
  const rate = statedRate(view);
  const qs = view.quantities.filter((q) => !rate?.parts.includes(q));
  const out: RelationOutcome[] = [];
  for (let j = 2; j < qs.length; j++) {
    const r = qs[j];
    const last = qs[j - 1];
    if (r.kind !== 'money' || last.kind === 'money' || !isPlainMoney(r) || !checkable(r)) continue;
    let i = j - 1;
    while (i >= 0 && qs[i].kind !== 'money') i--;
    const source = qs[i] as Quantity | undefined;
    if (!source || !convertible(source, r) || !checkable(source)) continue;
    const rateInTail = rate !== undefined && rate.span.start >= last.end && rate.span.end <= r.start;
    let tail = rateInTail ? gapBetween(view, last, rate.span) + gapBetween(view, rate.span, r) : gapBetween(view, last, r);
    if (!CLAUSE_OPEN.test(tail)) continue;
    tail = tail.replace(CLAUSE_OPEN, '').replace(POINTED_SOURCE, '，');
    if (tail.length > 40 || !CONVERSION_ZH.test(tail) || !(rateInTail || NAMED_RATE.test(tail))) continue;
    const conversion = convertAmount(view, ctx, source, r.currency as string, r);
    if (!conversion) continue;
    const certainty = conversion.certainty === 'weak' ? 'weak' : 'probable';
    out.push(conversionOutcome(view, source, r, conversion, rateInTail ? rate : undefined, certainty), ...earlierSource(view, ctx, source, r));
  }
  return out;
};
