/**
 * Currency conversions the draft states: "RMB 656 million is about $92 million", "6.6亿元（约合9200万美元）",
 * "at 7.14 yuan per dollar, …". A rate written in the sentence is used as written; otherwise the dated
 * exchange-rate facts of the amount's period (or the year before the document date) are used, and their
 * spread over that period is part of the interval. Other modules convert through `convertAmount` too.
 */
import type { Fact, Quantity } from '../../model';
import { t } from '../../i18n/messages';
import { add, div, intersects, isWithin, mul, widen, type Interval } from '../intervals';
import { RESTATE_EN, RESTATE_ZH, carriesCue, onlyWords } from './cues';
import { checkable, intervalOf, isPlainMoney } from './operands';
import { resultInterval, type Certainty, type RelationOutcome } from './outcome';
import { exchangeRate, windowFor } from './referenceFacts';
import { sentenceBefore, type RelationContext, type RelationDetector } from './relation';
import { claimOf, gapBetween, textAfter, textBefore, type SentenceView } from './view';
import { groupsOf, LIST_OR_SLASH } from './lists';
import { bareAmountsInCarriedCurrency } from './carriedCurrency';
import { significantFigures } from './roundedHedge';
import { conversionParts } from './semicolonConversions';

/** Spot, average and central-parity rates differ by a little; a conversion with any of them is fine. */
const RATE_CHOICE = 0.02;

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(?:yuan|rmb|cny|元|人民币)$/i, 'CNY'],
  [/^(?:dollars?|usd|\$|美元|us\$)$/i, 'USD'],
  [/^(?:euros?|eur|€|欧元)$/i, 'EUR'],
];
const CUR = '(yuan|RMB|CNY|元|人民币|dollars?|USD|US\\$|\\$|美元|euros?|EUR|€|欧元)';
/** "7.14 yuan per dollar", "7.1元/美元", "7.1 to the dollar". */
const RATE_AFTER = new RegExp(`^\\s*${CUR}?\\s*(?:per|to the|to a|a|\\/|兑)\\s*(?:one\\s+|1\\s*)?${CUR}`, 'i');
/** "at a rate of 7.1", "汇率为7.1", "中间价7.0074", "第四季度平均价7.19", "按7.1的汇率". */
const RATE_BEFORE = /(?:exchange rate|rate)\s+(?:of\s+)?(?:about\s+|roughly\s+)?$|(?:汇率|中间价|午间价|收盘价|月均价|年均价|(?:季度|年|月)平均价)(?:为|是|按|约|约为)?\s*$|美元兑(?:人民币)?\s*$/i;
/** "美元兑人民币7.2672": the pair named right before a yuan figure, which is then a rate of yuan per unit of the first. */
const PAIR_BEFORE_ZH = /(美元|欧元)(?:兑|对)$/;
/** "7.1的汇率", and "按7.0809折算" / "以7.1换算" (a bare number right before a conversion verb). */
const RATE_AFTER_ZH = /^\s*的汇率/;
const RATE_VERB_BEFORE = /(?:按|以|按照)\s*$/;
const RATE_VERB_AFTER = /^\s*(?:折算|换算|折合)/;
/**
 * "2023年12月月均汇率", "当月均价", "季末午间价汇率", "月末收盘价", "9月底的中间价", "同一汇率", "同期美联储H.10汇率", "9月美元兑人民币月均汇率": a rate
 * named by its date, source and kind. The date may be a span of the year ("全年平均汇率", "第四季度平均价"): a
 * writer converting a year's or a quarter's figure names the average over it.
 */
const RATE_NAME_ZH = '(?:(?:19|20)\\d{2}年|去年|今年|上年)?(?:全年度?|当年|同年|上半年|下半年|第?[一二三四1-4]季度|\\d{1,2}月|当月|同月|季度?|月|年)?(?:底|末|初)?的?(?:同期|当期)?(?:美联储|中国人民银行|人民银行|央行)?(?:H\\.10)?(?:美元兑人民币|美元对人民币|人民币兑美元|人民币)?(?:月均|年均|平均|月平均|年平均|期末|年末|当月均|当月|同一|上述)?(?:午间价|收盘价|即期)?(?:汇率|均价|平均价|中间价|月均价|年均价|午间价|收盘价)';
const FX_FILLER =
  `${RATE_NAME_ZH}|` +
  '(?:at|using|by|on|按|以|按照)(?: the| a| an)?(?: [\\w-]+){0,3} (?:rate|exchange rate)(?: of)?|(?:at|按)|(?:yuan|元|rmb)(?: per| to the| a|/)(?: one)? (?:dollar|美元)|的汇率(?:计算|换算|计)?|汇率|计算|换算|(?<![合统估预共总累设会])计(?=\\s*[，,])|(?<=[合为])人民币|(?:the |that )?(?:year-end|average|current|spot) rate|it is';
/**
 * What the first amount is, right after it and before any comma: "RMB 134.6 billion of revenue is about",
 * "6.56亿元增量收入，约合". After a comma a noun starts a new subject ("767亿元，微软为…"): not stripped.
 */
const WHAT_IT_IS = /^(?:\s+(?:of|in) (?:revenue|sales|profit|income|capex|spending|funding|incremental revenue)\b|[\u4e00-\u9fff]{1,6}(?=[，,（(])|[\u4e00-\u9fff]{1,6}?(?=约合|折合))/i;
const CONVERSION_EN = onlyWords('en', RESTATE_EN, FX_FILLER);
const FX_FILLER_WORDS = new RegExp(FX_FILLER, 'gi');
/** A rate the gap names without its number: "按同一汇率", "按上述汇率", "at the same rate". */
export const NAMED_RATE = new RegExp(`${RATE_NAME_ZH}|\\b(?:at|using) (?:the|that) same (?:exchange )?rate\\b`, 'i');
export const CONVERSION_ZH = onlyWords('zh', RESTATE_ZH, FX_FILLER);

function currencyOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  return CURRENCY_WORDS.find(([re]) => re.test(word))?.[1];
}

export interface StatedRate {
  quantity: Quantity;
  /** Every quantity the rate is written with ("1美元兑7.2元" has two), and the phrase they span. */
  parts: Quantity[];
  span: { start: number; end: number };
  value: Interval;
  /** The currencies the wording names, when it names them: value = quote per base. */
  quote?: string;
  base?: string;
}

/** "1美元兑7.2元", "1 USD = 7.1 CNY", "$1 = ¥7.2": one unit of a currency against another. */
const PAIR_GAP = /^\s*(?:兑|=|＝|兑换|换|to|:|：)\s*(?:人民币)?\s*$/i;

/** An exchange rate written in the sentence, if any. */
export function statedRate(view: SentenceView): StatedRate | undefined {
  const qs = view.quantities;
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const next = qs[i + 1];
    if (q.kind === 'money' && q.value === 1 && next?.kind === 'money' && next.currency && q.currency && next.currency !== q.currency && PAIR_GAP.test(gapBetween(view, q, next))) {
      // The "1" is a unit, not a rounded amount: the rate is the second number as written.
      return { quantity: next, parts: [q, next], span: { start: q.start, end: next.end }, value: intervalOf(next), quote: next.currency, base: q.currency };
    }
    // The unit written second: "CNY 7.25 = $1", "¥7.2 = US$1".
    if (q.kind === 'money' && q.value > 1 && q.value < 100 && next?.kind === 'money' && next.value === 1 && next.currency && q.currency && next.currency !== q.currency && PAIR_GAP.test(gapBetween(view, q, next))) {
      return { quantity: q, parts: [q, next], span: { start: q.start, end: next.end }, value: intervalOf(q), quote: yuanSign(view, q, next.currency), base: next.currency };
    }
    if (!(q.kind === 'number' || (q.kind === 'money' && q.value < 100)) || q.value <= 0) continue;
    const after = textAfter(view, q, 24);
    const m = RATE_AFTER.exec(after);
    if (m) {
      // The span takes in "per dollar", "to the dollar", "/$": what stands between the amounts is then the filler.
      const span = { start: q.start, end: q.end + m[0].length };
      const base = currencyOf(m[2]);
      return { quantity: q, parts: [q], span, value: intervalOf(q), quote: currencyOf(m[1]) ?? yuanSign(view, q, base), base };
    }
    const whole = { parts: [q], span: { start: q.start, end: q.end } };
    const before = textBefore(view, q, 24);
    if (q.kind === 'number' && (RATE_BEFORE.test(before) || RATE_AFTER_ZH.test(after) || (RATE_VERB_BEFORE.test(before) && RATE_VERB_AFTER.test(after)))) return { quantity: q, ...whole, value: intervalOf(q) };
    // "按美元兑人民币7.2672的汇率": the recogniser reads 人民币7.2672 as an amount, but a pair named before it
    // (美元兑) or 的汇率 after it makes it the rate, yuan per dollar, not a sum to convert.
    if (q.kind === 'money' && q.currency === 'CNY') {
      const pair = PAIR_BEFORE_ZH.exec(before);
      const named = RATE_AFTER_ZH.exec(after);
      // The span takes in the pair and 的汇率, so what stands between the amounts is the filler ("，按", "约为").
      const span = { start: q.start - (pair?.[0].length ?? 0), end: q.end + (named?.[0].length ?? 0) };
      if (pair || named) return { quantity: q, parts: [q], span, value: intervalOf(q), quote: 'CNY', base: pair?.[1] === '欧元' ? 'EUR' : 'USD' };
    }
  }
  return undefined;
}

/**
 * The quote currency of a rate figure written with its sign. "¥" is yuan and yen alike (the recogniser
 * reads it as yen in English): a "¥" rate against the dollar in a sentence that converts yuan amounts and
 * no yen ones ("RMB 133 billion ($18.7 billion at ¥7.10/$)") is yuan per dollar.
 */
function yuanSign(view: SentenceView, q: Quantity, base: string | undefined): string | undefined {
  if (q.currency !== 'JPY' || base !== 'USD' || !/^[¥￥]/.test(q.text)) return q.currency;
  const others = view.quantities.filter((o) => o !== q && o.kind === 'money' && o.value !== 1);
  return others.some((o) => o.currency === 'CNY') && !others.some((o) => o.currency === 'JPY') ? 'CNY' : q.currency;
}

export interface Conversion {
  interval: Interval;
  notes: string[];
  facts: Fact[];
  certainty: Certainty;
  /** Converted at a rate the sentence writes to three or more digits: the result is the writer's computation. */
  computedByWriter?: boolean;
}

/** A rate written to three or more digits ("7.076", "7.30") was computed with, not a rough guide ("7.1"). */
function preciseRate(rate: StatedRate): boolean {
  return significantFigures(rate.quantity).length >= 3;
}

/** `amount` expressed in `to`, with the stated rate or the dated FX facts. */
export function convertAmount(view: SentenceView, ctx: RelationContext, amount: Quantity, to: string, other?: Quantity): Conversion | undefined {
  const from = amount.currency;
  if (!from) return undefined;
  const rate = statedRate(view);
  if (rate) {
    const stated = rateFromStated(rate, from, to, amount, other);
    if (stated) return { interval: mul(intervalOf(amount), stated), notes: [t(ctx.locale, 'arith.rate-stated', { rate: rate.quantity.text })], facts: [], certainty: 'explicit', computedByWriter: preciseRate(rate) };
  }
  const claimed = claimOf(view, amount)?.period?.value ?? (other ? claimOf(view, other)?.period?.value : undefined);
  const window = windowFor(claimed, ctx.documentDate);
  if (!window) return undefined;
  const range = exchangeRate(ctx.kb, from, to, window);
  if (!range) return undefined;
  const carried = carriedRate(ctx, from, to, amount, other, range.interval);
  if (carried) return carried;
  const interval = mul(intervalOf(amount), widen(range.interval, RATE_CHOICE));
  const shown = range.facts
    .slice(0, 3)
    .map((f) => `${f.value ?? `${f.low}–${f.high}`} ${f.unit} (${f.period.label})`)
    .join('; ');
  const notes = [t(ctx.locale, 'arith.rate-fact', { pair: `${from}→${to}`, period: claimed?.label ?? ctx.documentDate ?? '', rate: shown })];
  const certainty: Certainty = range.weak ? 'weak' : claimed ? 'explicit' : 'probable';
  return { interval, notes, facts: range.facts, certainty };
}

/**
 * A rate the paragraph stated for an earlier conversion ("按7.0809折算约合190.1亿美元。平均每季度336.5亿元，约合
 * 47.5亿美元"): writers state the rate once and convert the next amounts with it. It is used only when it
 * names or implies the same pair and lies within the dated facts' spread for this amount's period (so a
 * rate stated for another year does not carry), and only as probable: warning at most.
 */
function carriedRate(ctx: RelationContext, from: string, to: string, amount: Quantity, other: Quantity | undefined, dated: Interval): Conversion | undefined {
  for (const earlier of ctx.earlier ?? []) {
    const rate = statedRate(earlier);
    if (!rate) continue;
    const value = rateFromStated(rate, from, to, amount, other);
    if (!value) continue;
    if (!isWithin(value, widen(dated, RATE_CHOICE))) return undefined;
    return { interval: mul(intervalOf(amount), value), notes: [t(ctx.locale, 'arith.rate-carried', { rate: rate.quantity.text })], facts: [], certainty: 'probable' };
  }
  return undefined;
}

/** The stated rate as `to` per one `from`. */
function rateFromStated(rate: StatedRate, from: string, to: string, amount: Quantity, other?: Quantity): Interval | undefined {
  const one: Interval = { low: 1, high: 1 };
  if (rate.quote && rate.base) {
    if (rate.quote === to && rate.base === from) return rate.value;
    if (rate.quote === from && rate.base === to) return div(one, rate.value);
    return undefined;
  }
  // An unnamed rate above 1 is "weak currency per strong": the side with the larger amount is the weak one.
  if (!other || (rate.value.low ?? 0) <= 1) return undefined;
  return amount.value > other.value ? div(one, rate.value) : rate.value;
}

/**
 * "3美元/15美元，折合约21.9元 / 109.5元", "$3/$15, or about ¥21.9/¥109.5": a list converted into a list of
 * the same length converts item by item, so the amount written just before the conversion (the list's last)
 * is not the first converted one's source. Lists of different lengths leave the pairing unknown: none.
 */
function convertedPairs(view: SentenceView, a: Quantity, r: Quantity): [Quantity, Quantity][] {
  const groups = groupsOf(view, LIST_OR_SLASH);
  const from = groups.find((g) => g.items[g.items.length - 1] === a);
  const to = groups.find((g) => g.items[0] === r);
  if (!from || !to || (from.items.length === 1 && to.items.length === 1)) return [[a, r]];
  if (from.items.length !== to.items.length) return [];
  return from.items.map((x, i) => [x, to.items[i]]);
}

/**
 * A price converted into another currency is still a price of the same unit: "0.60美元/百万tokens，按7.0176折算约
 * 4.2元" restates the price, so the converted figure may leave the denominator unwritten. Both amounts are
 * otherwise plain money of two currencies.
 */
export function convertible(a: Quantity, r: Quantity): boolean {
  if (a.kind !== 'money' || !a.currency || !isPlainMoney(r) || a.currency === r.currency) return false;
  return !a.per || r.per === undefined;
}

/** "亏损约29.58亿元加4.65亿美元，折合人民币约62.6亿元": an amount added to another is converted with it, as their sum. */
const ADDED_TO = /^\s*(?:加上?|plus|\+)\s*$/i;
function addedTo(view: SentenceView, before: Quantity | undefined, a: Quantity): boolean {
  return before !== undefined && before.kind === 'money' && ADDED_TO.test(gapBetween(view, before, a));
}

/** Between a converted amount and the rate right after it: "at", "using", "at an exchange rate of". */
const RESULT_AT_RATE = /^\s*(?:at|using)\b[^,;:.，；。()（）]{0,30}$/i;

export const currency: RelationDetector = (view, ctx) => {
  // "…折算约2480亿元；若按…7.19折算，约2520亿元": each part a conversion at its own rate (semicolonConversions.ts).
  const parts = conversionParts(view, statedRate);
  const out: RelationOutcome[] = (parts ?? [view]).flatMap((part) => openingConversion(part, ctx));
  if (new Set(view.quantities.filter((q) => q.kind === 'money').map((q) => q.currency)).size < 2) return out;
  const rate = statedRate(view);
  const qs = view.quantities.filter((q) => !rate?.parts.includes(q));
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const r = qs[i + 1];
    if (!convertible(a, r) || !checkable(a) || !checkable(r) || addedTo(view, qs[i - 1], a)) continue;
    let gap = gapBetween(view, a, r);
    const rateBetween = rate !== undefined && rate.span.start >= a.end && rate.span.end <= r.start;
    if (rate && rateBetween) {
      gap = gapBetween(view, a, rate.span) + gapBetween(view, rate.span, r);
    }
    gap = gap.replace(WHAT_IT_IS, '');
    if (gap.length > 80 || !(CONVERSION_EN.test(gap) || CONVERSION_ZH.test(gap))) continue;
    // A rate written between the two amounts, or named there ("按同一汇率", "at the same rate"), is itself
    // the cue: "1724亿元，按7.2993换算约为236亿美元" says "converted" with no restating word left over.
    // So is a rate the result is given at: "RMB 130 billion, about $20 billion at ¥6.5 per dollar".
    const rateAfter = rate !== undefined && rate.span.start >= r.end && RESULT_AT_RATE.test(gapBetween(view, r, rate.span));
    if (!rateBetween && !rateAfter && !NAMED_RATE.test(gap) && !carriesCue(gap, FX_FILLER_WORDS, false)) continue;
    for (const [source, target] of convertedPairs(view, a, r)) {
      if (!convertible(source, target) || !checkable(source) || !checkable(target)) continue;
      const conversion = convertAmount(view, ctx, source, target.currency as string, target);
      if (!conversion) continue;
      out.push(conversionOutcome(view, source, target, conversion, rate), ...earlierSource(view, ctx, source, target));
    }
  }
  return out;
};

/**
 * "完成约10亿美元融资，投后估值约25亿美元，按7.095折算约71亿元": a conversion written after two amounts of one
 * currency may convert either; the one right before it is only the likelier. An earlier amount of the
 * sentence in the same currency whose conversion gives the result explains it (a reading that holds, so
 * the result is not flagged); one that does not adds nothing.
 */
export function earlierSource(view: SentenceView, ctx: RelationContext, source: Quantity, target: Quantity): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  for (const q of view.quantities) {
    if (q.end > source.start || q.kind !== 'money' || q.currency !== source.currency || !isPlainMoney(q) || !checkable(q)) continue;
    const conversion = convertAmount(view, ctx, q, target.currency as string, target);
    if (!conversion || !intersects(conversion.interval, resultInterval({ result: target, computedByWriter: conversion.computedByWriter }))) continue;
    out.push(conversionOutcome(view, q, target, conversion));
  }
  return out;
}

/** The reading "`source` converted is `target`" (with the written rate as an operand when there is one). */
export function conversionOutcome(view: SentenceView, source: Quantity, target: Quantity, conversion: Conversion, rate?: StatedRate, certainty = conversion.certainty): RelationOutcome {
  return {
    check: 'arith.currency',
    result: target,
    operands: rate ? [source, rate.quantity] : [source],
    computed: conversion.interval,
    formula: `${source.text} → ${target.currency}`,
    certainty,
    lang: view.lang,
    notes: conversion.notes,
    facts: conversion.facts,
    computedByWriter: conversion.computedByWriter,
  };
}

/** "如果有人用…换算，会得到", "若按…折算": a conditional conversion's opening and its verb of result. */
const IF_CONVERTED_ZH = /^\s*(?:(?:如果|若|假如)?(?:有人|我们|读者)?(?:用|改用)|(?:如果|若|假如)改?按)/;
const RESULT_ZH = /(?:会|就|则)?得到\s*(?:约|约为|大约)?\s*$/;

/**
 * A sentence that opens with the conversion itself, "按9月月均汇率7.2979折算，约合1,680亿元", converts the amount
 * the sentence before stated: when that sentence holds exactly one amount of another currency (and this one
 * no other), that amount is the source. Two candidates, or a label naming something else
 * before the result ("第三财季营收约合…"), leave the source unknown: nothing. Across sentences, so probable.
 */
function openingConversion(view: SentenceView, ctx: RelationContext): RelationOutcome[] {
  const before = sentenceBefore(ctx);
  const rate = statedRate(view);
  const amounts = view.quantities.filter((q) => q.kind === 'money' && !rate?.parts.includes(q));
  // The converted amount is the sentence's only one: "按7.2015折算，47亿元约为6.5亿美元" converts its own.
  const result = amounts.length === 1 ? amounts[0] : undefined;
  if (!before || !rate || !result || !isPlainMoney(result) || !checkable(result) || rate.span.end > result.start) return [];
  const lead = view.text.slice(0, rate.span.start - view.span.start).replace(IF_CONVERTED_ZH, '按');
  const gap = gapBetween(view, rate.span, result);
  // "…折算，这笔融资约合520亿元": the words before the conversion verb name what is converted.
  const named = NAMED_SOURCE_ZH.exec(gap);
  const words = (lead + ' ' + (named ? gap.replace(NAMED_SOURCE_ZH, '$1') : gap)).replace(RESULT_ZH, '约合');
  if (words.length > 60 || !(CONVERSION_EN.test(words) || CONVERSION_ZH.test(words))) return [];
  const sources = before.quantities.filter((q) => q.kind === 'money' && q.currency !== result.currency && !q.per && isPlainMoney(q) && checkable(q));
  const reading = (source: Quantity): RelationOutcome | undefined => {
    const value = rateFromStated(rate, source.currency as string, result.currency as string, source, result);
    if (!value) return undefined;
    return {
      check: 'arith.currency',
      result,
      operands: [source, rate.quantity],
      computed: mul(intervalOf(source), value),
      formula: `${source.text} → ${result.currency}`,
      certainty: 'probable',
      lang: view.lang,
      notes: [t(ctx.locale, 'arith.rate-stated', { rate: rate.quantity.text })],
      facts: [],
      computedByWriter: preciseRate(rate),
    };
  };
  if (!named) {
    if (sources.length === 0) return [];
    // Several amounts before ("融资400亿美元，投后估值3000亿美元。按7.28折算，约合…"): the last, nearest the
    // conversion, is the likeliest source; any other (or their sum) whose conversion gives the result is
    // a reading that holds, so the result is flagged only when no reading gives it.
    const one = reading(sources[sources.length - 1]);
    if (!one || intersects(one.computed, resultInterval(one))) return one ? [one] : [];
    if (sources.length > 1 && otherSourceHolds(sources, reading)) return [];
    // "130亿是40亿的3.3倍，高出14亿美元。按7.19折算，约合934亿元": a bare figure of that sentence, in the currency
    // it carries, may be the one converted; one whose conversion gives the result explains it (carriedCurrency.ts).
    const carried = bareAmountsInCarriedCurrency(before)
      .map(reading)
      .filter((r): r is RelationOutcome => r !== undefined && intersects(r.computed, resultInterval(r)));
    return [one, ...carried];
  }
  // A named source is the sentence before's amount of the measure the label names (both bound to one
  // metric): exactly one such, or nothing. Any other amount whose conversion gives the result is a reading
  // that holds, so the result is not flagged (the label may be loose: 营收 for the segment's revenue).
  const metric = claimOf(view, result)?.metric;
  if (!metric || metric.how !== 'explicit') return [];
  const readings = sources.map(reading).filter((r): r is RelationOutcome => r !== undefined);
  const holding = readings.filter((r) => intersects(r.computed, resultInterval(r)));
  if (holding.length > 0) return holding;
  const label = named[0].slice(named[1].length);
  const same = readings.filter((r) => claimOf(before, r.operands[0])?.metric?.value === metric.value && spanOfLabel(before, r.operands[0], label));
  return same.length === 1 ? same : [];
}

/** Another amount of the sentence before, or the sum of them all, converts to the result. */
function otherSourceHolds(sources: Quantity[], reading: (source: Quantity) => RelationOutcome | undefined): boolean {
  const readings = sources.map(reading);
  const holds = (r: RelationOutcome | undefined) => r !== undefined && intersects(r.computed, resultInterval(r));
  if (readings.slice(0, -1).some(holds)) return true;
  const first = readings[0];
  if (!first || readings.some((r) => r === undefined)) return true;
  const total = readings.slice(1).reduce((sum, r) => add(sum, (r as RelationOutcome).computed), first.computed);
  return intersects(total, resultInterval(first));
}

/** A span word in the label of the converted amount: "全年营收", "四季度收入", "上半年融资". */
const SPAN_WORD_ZH = /全年度?|年度|上半年|下半年|前三季度|第?[一二三四1-4]季度|Q[1-4]/;

/**
 * When the label names a span ("全年营收约合190亿美元"), the source must be written under the same span
 * word: the quarter's "第四季度营收349.51亿元" in the sentence before is not the year's revenue.
 */
function spanOfLabel(before: SentenceView, source: Quantity, label: string): boolean {
  const word = SPAN_WORD_ZH.exec(label)?.[0];
  if (!word) return true;
  const at = source.start - before.span.start;
  return before.text.slice(Math.max(0, at - 12), at).includes(word);
}

/** A label of the converted amount between the rate and the result: "，这笔融资约合", "，全年营收约合". */
const NAMED_SOURCE_ZH = /^(\s*(?:计算|换算|折算|计)?\s*[，,]\s*)(?:这笔|那笔|该笔|此笔|这轮|那轮)?[\u4e00-\u9fff]{1,6}?(?=约合|折合)/;
