/**
 * A total spread evenly over a stated number of years (or months, quarters): "未来三年投入超过3800亿元，平均每年约
 * 1267亿元", "$300 billion over five years, about $60 billion a year", and, when the sentence opens with the
 * averaging words and writes no total, the total of the sentence right before: "合同价值约3000亿美元。按5年平均，
 * 每年约600亿美元。"
 *
 * The structure is the binding: an averaging word (平均, 均摊, "averages", "over N years") ties a per-period
 * amount to the one stretch of time written before it, and to the like amounts (same currency or counted
 * noun) before that; each such amount is a reading, and a number some reading explains is not flagged
 * (index.ts). The stretch must be in the cadence's unit (years for "a year", 每年); written twice ("约八年里…八年
 * 下来") it is still one stretch. Without an averaging word, a per-period amount set right after the
 * stretch as its restatement ("100,000 GPUs in 122 days — roughly 1,200 GPUs a day") averages it too. In
 * English the stretch and total may be the sentence before's when the averaging verb's subject names
 * them ("a five-year contract worth $17.4 billion. … the base contract averages about $4.4 billion a
 * year"): probable, no fix. So may a sentence that opens with a pointer and says it is a mean ("That's $60
 * billion a year on average.", "平均下来，每年约1267亿元。", "三年摊下来，平均每年约…" after a sentence that wrote
 * the same three years): the pointer can only mean the sentence right before, and its one stretch of the
 * cadence's unit and its totals are the operands (probable, no fix).
 */
import type { Quantity } from '../../model';
import { div } from '../intervals';
import { cadenceOf } from './annualized';
import { inPointedMeanList } from './pointedMeanList';
import { bracketRestatesStretch } from './stretchAside';
import { yearlyBefore, yearlyReadings } from './yearlyPerPeriod';
import { HEDGE_EN, HEDGE_ZH, POINTER_OPENS_EN, RESTATE_EN, RESTATE_ZH, onlyWords } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import { sentenceBefore, type RelationContext, type RelationDetector } from './relation';
import { gapBetween, isDuration, textAfter, textBefore, type SentenceView } from './view';

type Unit = 'year' | 'month' | 'quarter' | 'week' | 'day';

const PER_AFTER_EN = /^\s*(?:a|per|each)\s+(year|month|quarter|week|day)\b|^\s*(annually)\b/i;
const PER_BEFORE_ZH = new RegExp(`(?:平均|年均)?每(?:个)?(年|月|季度|季)(?:约为|约|为|是|达到|达|投入|支出|花费|需要)*\\s*(?:${HEDGE_ZH})?\\s*$|(年均)(?:约为|约|为|是|达到|达|投入|支出)*\\s*(?:${HEDGE_ZH})?\\s*$`);
const AVERAGING_EN = /\baverag(?:e|es|ed|ing)\b|\bon average\b|\bspread (?:over|across)\b|\bover (?:the )?(?:next |following |coming )?(?:\w+|\d+) (?:years|months|quarters)\b/i;
const AVERAGING_ZH = /平均|均摊|摊到|摊下来|年均/;
/** The averaging words open the sentence ("按5年平均，", "Spread over five years,"): the total is the sentence before's. */
const OPENS_ZH = /^\s*(?:如果|若)?(?:按|以|分)\s*$/;

const ZH_UNIT: Record<string, Unit> = { 年: 'year', 年均: 'year', 月: 'month', 季度: 'quarter', 季: 'quarter' };
/**
 * "100,000 GPUs in 122 days — roughly 1,200 GPUs a day": a per-period amount set right after the stretch,
 * as its restatement (a dash, "or", "i.e.", a hedge and nothing else), averages the total over it even
 * without an averaging word.
 */
const RESTATES_SPAN = [onlyWords('en', RESTATE_EN), onlyWords('zh', RESTATE_ZH)];
/** "每吉瓦约470亿美元": an amount per some other unit is a rate, not a total. */
const PER_OTHER_ZH = /每[^\d，,。；;每]{1,8}(?:约为|约|为|是)?\s*$/;
/**
 * "…a five-year contract worth $17.4 billion. … the base contract averages about $4.4 billion a year.":
 * the averaging verb's subject names what the sentence before priced over the stretch it wrote.
 */
const SUBJECT_AVERAGES_EN = new RegExp(`\\b(?:the|this|that|its|their)\\s+(?:[a-z-]+\\s+){0,2}?([a-z-]{3,})\\s+(?:averages|averaged|works out to|worked out to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');

/**
 * "…an $11.9 billion, five-year contract… . Spread evenly, the original contract is worth about $2.4 billion a
 * year.": the sentence says it spreads a total evenly, and its subject names what the sentence before priced
 * over the stretch it wrote; the total is the one whose own words, up to the next amount, name it.
 */
const SPREAD_OPENS_EN = /^\s*(?:spread|averaged|split)\s+(?:evenly|equally|out)\b[^,]{0,30},\s*/i;
const SUBJECT_IS_EN = new RegExp(`\\b(?:the|this|that|its|their)\\s+(?:[a-z-]+\\s+){0,2}?([a-z-]{3,})\\s+(?:is|was|would be|comes to|works out to)\\s+(?:worth\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');

/** After the per-period amount's cadence (and what it is of: "a year of contracted revenue") the clause ends, or says "on average" and ends. */
/** A second statement joined by "and" ("…a quarter on average, and more than twice…") leaves the mean as said. */
const MEAN_ENDS_EN = /^\s*(?:a|per|each)\s+(?:year|month|quarter|week|day)(?:\s+of\s+(?:[a-z-]+\s+){0,3}[a-z-]+)?\s*(?:,?\s*on average)?\s*(?:[.;!]|,\s*and\b.*)?\s*$|^\s*annually\s*(?:,?\s*on average)?\s*[.;!]?\s*$/i;
/** "平均下来，每年约", "摊下来每年", "算下来平均每年": the averaging words open the sentence and point back. */
const POINTER_OPENS_ZH = /^\s*(?:平均下来|摊下来|均摊下来|算下来|折算下来)[，,]?\s*(?:平均)?每(?:个)?(?:年|月|季度|季)/;
/** "三年摊下来，平均每年": the stretch, restated, is what the averaging words spread the total over. */
const SPREAD_AFTER_ZH = /^\s*(?:摊下来|均摊下来|平均下来|算下来|下来)/;

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
  return u === 'year' || u === 'month' || u === 'quarter' || u === 'week' || u === 'day' ? u : undefined;
}

/** A plain amount that is not itself a rate per period (nor per some other unit). */
function isTotal(q: Quantity, x: Quantity, view: SentenceView): boolean {
  if (!checkable(q) || isDuration(q) || q === x || q.per || cadenceOf(view, q) !== undefined) return false;
  if (view.lang === 'zh' && PER_OTHER_ZH.test(textBefore(view, q, 12))) return false;
  return sameDimension(q, { ...x, per: undefined }) || namesSameThing(q, x);
}

/** "100,000 H100 GPUs" and "1,200 GPUs": a count whose written noun ends in the other's unit. */
function namesSameThing(q: Quantity, x: Quantity): boolean {
  if (q.kind !== 'count' || x.kind !== 'count' || !x.unit) return false;
  const noun = x.unit.toLowerCase().replace(/s$/, '');
  return new RegExp(`\\b${noun.replace(/[^a-z0-9]/g, '')}s?$`, 'i').test(q.text.trim());
}

/** The one stretch of the cadence's unit, counting a stretch written twice ("约八年里…八年下来") once. */
function oneSpan(spans: Quantity[]): Quantity | undefined {
  const distinct = spans.filter((q, i) => spans.findIndex((p) => p.value === q.value) === i);
  return distinct.length === 1 && checkable(distinct[0]) ? distinct[0] : undefined;
}

/** The stretch and totals of the sentence before, when this one's averaging subject names them, or its opening points back. */
function pricedBefore(view: SentenceView, x: Quantity, unit: Unit, ctx: RelationContext): { span: Quantity; totals: Quantity[] } | undefined {
  const m = view.lang === 'en' ? SUBJECT_AVERAGES_EN.exec(textBefore(view, x, 60)) : null;
  const spread = !m && view.lang === 'en' && SPREAD_OPENS_EN.test(view.text) ? SUBJECT_IS_EN.exec(textBefore(view, x, 60)) : null;
  const previous = m || spread ? ctx.previous : pointsBack(view, x) ? sentenceBefore(ctx) : undefined;
  if (!previous) return undefined;
  const span = oneSpan(previous.quantities.filter((q) => isDuration(q) && durationUnit(q) === unit));
  if (!span) return undefined;
  const named = m ? new RegExp(`\\b${m[1]}s?\\b`, 'i') : undefined;
  if (spread) return { span, totals: previous.quantities.filter((q) => isTotal(q, x, previous) && ownWordsName(previous, q, spread[1])) };
  const totals = previous.quantities.filter((q) => isTotal(q, x, previous) && (!named || named.test(previous.text.slice(0, q.start - previous.span.start))));
  return { span, totals };
}

/** The words after `q`, up to the next like amount or the clause's end, name `noun` ("$11.9 billion, five-year contract"). */
function ownWordsName(view: SentenceView, q: Quantity, noun: string): boolean {
  const next = view.quantities.find((o) => o.start >= q.end && o.kind === q.kind);
  const words = view.text.slice(q.end - view.span.start, (next?.start ?? view.span.end) - view.span.start).split(/[;.]/)[0];
  return new RegExp(`\\b${noun}s?\\b`, 'i').test(words);
}

/** The per-period amount is the sentence's first and its opening points back ("That's … a year on average."). */
function pointsBack(view: SentenceView, x: Quantity): boolean {
  // "That's $225 billion a year, or about $47 billion per gigawatt.": one of a list of rates restating it (pointedMeanList.ts).
  if (inPointedMeanList(view, x)) return true;
  if (view.quantities[0] !== x) return false;
  const opening = view.text.slice(0, x.start - view.span.start).replace(/^[-*+\s]*/, '');
  if (view.lang === 'zh') return POINTER_OPENS_ZH.test(opening);
  return POINTER_OPENS_EN.test(opening) && MEAN_ENDS_EN.test(view.text.slice(x.end - view.span.start));
}

/** "三年摊下来，平均每年约…": the sentence opens with the stretch the sentence before wrote, spread out. */
function restatedSpan(view: SentenceView, span: Quantity, x: Quantity, previous: SentenceView | undefined): boolean {
  if (view.lang !== 'zh' || !previous || view.quantities[0] !== span || view.quantities[1] !== x) return false;
  if (view.text.slice(0, span.start - view.span.start).replace(/^[-*+\s]*/, '') !== '') return false;
  if (!SPREAD_AFTER_ZH.test(gapBetween(view, span, x))) return false;
  return previous.quantities.some((q) => isDuration(q) && q.value === span.value && durationUnit(q) === durationUnit(span));
}

/** Quarters and months in the year a year's figure is spread over. */
const IN_A_YEAR: Partial<Record<Unit, number>> = { quarter: 4, month: 12 };

/**
 * "full-year segment revenue of $107.6 billion. That is roughly $29 billion a quarter on average.", "全年营收
 * 1076亿美元。平均下来，每季度约269亿美元。": a sentence that points back and says it is a mean per quarter or
 * month spreads the sentence before's one figure for a whole year (its own words say so: "full-year",
 * "annual", 全年) over the year's quarters or months. That sentence may write no stretch and no other like
 * amount. Probable, no fix.
 */
function yearSpread(view: SentenceView, x: Quantity, unit: Unit, ctx: RelationContext): RelationOutcome | undefined {
  const n = IN_A_YEAR[unit];
  const previous = n && pointsBack(view, x) ? sentenceBefore(ctx) : undefined;
  if (!n || !previous || previous.quantities.some((q) => isDuration(q))) return undefined;
  const like = previous.quantities.filter((q) => checkable(q) && !q.per && sameDimension(q, { ...x, per: undefined }));
  if (like.length !== 1 || cadenceOf(previous, like[0])?.cadence !== 'year') return undefined;
  const [t] = like;
  return { check: 'arith.ratio', result: x, operands: [t], computed: div(intervalOf(t), { low: n, high: n }), formula: `${t.text} ÷ ${n}`, certainty: 'probable', lang: view.lang, noFix: true };
}

export const average: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const averaging = (view.lang === 'zh' ? AVERAGING_ZH : AVERAGING_EN).test(view.text);
  for (const x of view.quantities) {
    if (!checkable(x) || (x.kind !== 'money' && x.kind !== 'count')) continue;
    const unit = cadenceUnit(view, x);
    if (!unit) continue;
    const before = view.quantities.filter((q) => q.end <= x.start);
    const spans = before.filter((q) => isDuration(q) && durationUnit(q) === unit);
    let span = oneSpan(spans);
    let totals = before.filter((q) => isTotal(q, x, view));
    let certainty: Certainty = 'explicit';
    if (!span) {
      const prior = spans.length === 0 ? pricedBefore(view, x, unit, ctx) : undefined;
      const spread = !prior && spans.length === 0 ? yearSpread(view, x, unit, ctx) : undefined;
      if (spread) out.push(spread);
      if (!prior) continue;
      ({ span, totals } = prior);
      certainty = 'probable';
    } else if (!averaging && !RESTATES_SPAN.some((re) => re.test(gapBetween(view, span as Quantity, x))) && !bracketRestatesStretch(gapBetween(view, span, x))) continue;
    const opening = view.text.slice(0, span.start - view.span.start);
    if (totals.length === 0 && ctx.previous && view.lang === 'zh' && averaging && (OPENS_ZH.test(opening.replace(/^[-*\s]*/, '')) || restatedSpan(view, span, x, sentenceBefore(ctx)))) {
      totals = ctx.previous.quantities.filter((q) => isTotal(q, x, ctx.previous as SentenceView));
      certainty = 'probable';
    }
    // "Run-rate hit $6 billion, from $3.6 billion, … or about $500 million a month": a yearly amount ÷ 12 is a reading too (yearlyPerPeriod.ts).
    const yearly = certainty === 'explicit' ? yearlyBefore(view, x) : [];
    if (yearly.length > 0) {
      totals = totals.filter((t) => !yearly.includes(t));
      certainty = 'probable';
    }
    // After the plain readings, so that when none holds the finding names the total spread over the stretch.
    if (totals.length === 0 || totals.length > 3) {
      out.push(...yearlyReadings(view, x, unit, yearly));
      continue;
    }
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
    out.push(...yearlyReadings(view, x, unit, yearly));
  }
  return out;
};
