/**
 * A price-to-sales multiple (市销率) worked from the two figures its sentence names: "以1200亿美元估值除以约40亿
 * 美元的年收入，市销率约30倍", "按60亿美元估值和2亿美元年化收入算，市销率约30倍", "按…算，是30倍市销率". 市销率 is
 * the value over the revenue, so the operands are the one amount named a valuation or market value (估值,
 * 市值 right before or after it) and the one amount named revenue (收入, 营收, 年化收入), both before the
 * multiple in its sentence. A sentence that figures the value alone takes the revenue from the sentence
 * before ("其年化收入达3500万美元…。按50亿美元估值计，市销率约…"), only when it is the one amount the earlier
 * sentences of the paragraph name revenue (a segment's revenue beside the company's says nothing), and only
 * when every amount of the multiple's own sentence before it is named ("年化后约X，按这个算" is the operand).
 *
 * In English the multiple names revenue itself ("a 25x multiple", "25 times revenue", "30 times ARR") and
 * both operands stand in its own sentence, the only two amounts before it: "the tender valued it at $5
 * billion, on ARR of $200 million, a 25x multiple"; the value may be the subject the multiple is said of
 * ("on ARR of $200 million, $5 billion is 25 times revenue"). A sentence whose one amount is a loss ("the 2023 net loss of
 * $90 million is about nine times revenue") takes the revenue from the sentence before, only when that
 * sentence has exactly one amount bound to the same company's revenue for the same period as the loss.
 *
 * Two figures of either name, a revenue written as a change or a baseline (较…的, 增长), two currencies, and
 * nothing is said: the words must tie the pair without doubt. The names may be loose, so the reading is
 * probable: a warning at most, no fix.
 */
import type { Quantity } from '../../model';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { statedDifference } from './growth';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationContext, type RelationDetector } from './relation';
import { textAfter, textBefore, type SentenceView } from './view';

/** "市销率约", "市销率大约是", "市销率依然在": the multiple right after. */
const PS_BEFORE = new RegExp(`市销率\\s*(?:约为|约是|大约是|大约为|大概是|是|为|依然在|仍在|在|则|就|降到|升至)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "30倍市销率", "30倍的市销率". */
const PS_AFTER = /^\s*(?:左右|上下)?\s*的?市销率/;
const VALUE = '(?:估值|市值)';
const REVENUE = '(?:收入|营收|销售额)';
/** After the name, before the amount: verbs and hedges ("年化收入达", "估值约为"). */
const LEAD_ZH = `(?:${HEDGE_ZH}|约为|约是|为|是|达到|达|只有|仅|在|\\s)*`;
/** A change or a baseline is no level: 较…的, 比…的, 增长, 增加 right before. */
const NOT_LEVEL = /(?:较|比|从|由)[^，,。；;]{0,12}的?\s*$|(?:增长|增加|提升|减少|下降)(?:了)?\s*$/;

function named(view: SentenceView, q: Quantity, name: string): boolean {
  const before = textBefore(view, q, 12);
  if (NOT_LEVEL.test(before)) return false;
  const right = new RegExp(`${name}${LEAD_ZH}$`).test(before);
  const after = new RegExp(`^\\s*的?(?:年化|全年|年|当年|同期)?${name}`).test(textAfter(view, q, 8));
  return right || after;
}

function plainMoney(q: Quantity): boolean {
  return q.kind === 'money' && !q.per && checkable(q);
}

/** This sentence's money amounts before `limit` named so. */
function namedAmounts(view: SentenceView, name: string, limit: number): Quantity[] {
  return view.quantities.filter((q) => q.end <= limit && plainMoney(q) && named(view, q, name) && !statedDifference(view, q));
}

function isPriceToSales(view: SentenceView, m: Quantity): boolean {
  return m.kind === 'multiple' && checkable(m) && !isAmbiguousMultiple(view, m) && (PS_BEFORE.test(textBefore(view, m, 16)) || PS_AFTER.test(textAfter(view, m, 8)));
}

/** "a 25x multiple", "25 times revenue", "30 times its ARR", "20x run-rate": the multiple names revenue. */
const PS_AFTER_EN = /^\s*(?:times\s+|x\s+)?(?:multiple\b|(?:its\s+|the\s+)?(?:revenue|sales|ARR|run-rate|annual recurring revenue)\b(?!\s+(?:growth|share|of)\b))/i;
/** "valued it at", "a valuation of", "priced at" right before the amount; "$5 billion valuation" after it. */
const VALUE_BEFORE_EN = new RegExp(`(?:\\bvalued(?:\\s+[A-Za-z]+){0,2}\\s+at|\\bvaluation\\s+of|\\bpriced(?:\\s+it)?\\s+at|\\bmarket\\s+value\\s+of)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const VALUE_AFTER_EN = /^\s*(?:(?:post|pre)-money\s+)?valuation\b/i;
/** "on ARR of", "revenue of", "annualized revenue reached" right before; "of ARR", "in revenue" after. */
const REVENUE_BEFORE_EN = new RegExp(`\\b(?:ARR|revenue|sales|run-rate)(?:\\s+(?:of|at|was|is|reached))?\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const REVENUE_AFTER_EN = /^\s*(?:of|in)\s+(?:ARR|revenue|annual recurring revenue|sales|run-rate)\b/i;

/** "$300 billion is 25 times revenue": the amount is the subject the multiple is said of, right before it. */
const SUBJECT_VERB_EN = new RegExp(`^\\s*(?:is|was|would be|comes to|works out to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');

function subjectOf(view: SentenceView, q: Quantity, m: Quantity): boolean {
  return SUBJECT_VERB_EN.test(view.text.slice(q.end - view.span.start, m.start - view.span.start));
}

function namedEn(view: SentenceView, q: Quantity, before: RegExp, after: RegExp): boolean {
  return before.test(textBefore(view, q, 32)) || after.test(textAfter(view, q, 32));
}

/** English: the one valuation and the one revenue, the only two amounts its sentence writes before the multiple. */
function priceToSalesEn(view: SentenceView): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || !PS_AFTER_EN.test(textAfter(view, m, 40))) continue;
    const amounts = view.quantities.filter((q) => q.end <= m.start && plainMoney(q));
    const values = amounts.filter((q) => namedEn(view, q, VALUE_BEFORE_EN, VALUE_AFTER_EN) || subjectOf(view, q, m));
    const revenues = amounts.filter((q) => namedEn(view, q, REVENUE_BEFORE_EN, REVENUE_AFTER_EN) && !statedDifference(view, q));
    if (amounts.length !== 2 || values.length !== 1 || revenues.length !== 1 || values[0] === revenues[0]) continue;
    if (!sameDimension(values[0], revenues[0]) || revenues[0].value <= 0) continue;
    out.push(probableRatio(view.lang, m, values[0], revenues[0]));
  }
  return out;
}

/** "net loss of", "a loss of about" right before the amount. */
const LOSS_BEFORE_EN = new RegExp(`\\b(?:net\\s+)?loss(?:\\s+(?:of|was|is|came\\s+to))?\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');

/** The one amount of the sentence before bound to the loss's company's revenue for the loss's own period. */
function revenueOfSentenceBefore(view: SentenceView, ctx: RelationContext, loss: Quantity): Quantity | undefined {
  const before = sentenceBefore(ctx);
  const claim = view.claims.get(loss.start);
  const period = claim?.period?.value;
  const entity = claim?.entity?.value;
  if (!before || !period || !entity || claim?.period?.inferred) return undefined;
  // Every revenue of the period counts, a segment's too ("cloud revenue"): the company's must be the only one.
  const same = before.quantities.filter((q) => {
    const c = before.claims.get(q.start);
    return q.kind === 'money' && !!c?.metric?.value.startsWith('revenue') && c.period?.value.start === period.start && c.period.value.end === period.end;
  });
  const only = same.length === 1 ? same[0] : undefined;
  const claimOf = only && before.claims.get(only.start);
  if (!only || !claimOf || claimOf.metric?.value !== 'revenue' || claimOf.entity?.value !== entity) return undefined;
  return plainMoney(only) && !statedDifference(before, only) ? only : undefined;
}

/** English, across sentences: the loss of the multiple's sentence over the revenue of the sentence before. */
function lossToRevenueEn(view: SentenceView, ctx: RelationContext): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || isAmbiguousMultiple(view, m) || !PS_AFTER_EN.test(textAfter(view, m, 40))) continue;
    const amounts = view.quantities.filter((q) => q.end <= m.start && q.kind === 'money');
    if (amounts.length !== 1 || !plainMoney(amounts[0]) || !LOSS_BEFORE_EN.test(textBefore(view, amounts[0], 32))) continue;
    const revenue = revenueOfSentenceBefore(view, ctx, amounts[0]);
    if (!revenue || !sameDimension(amounts[0], revenue) || revenue.value <= 0) continue;
    out.push(probableRatio(view.lang, m, amounts[0], revenue));
  }
  return out;
}

export const priceToSales: RelationDetector = (view, ctx) => {
  if (view.lang === 'en') return [...priceToSalesEn(view), ...lossToRevenueEn(view, ctx)];
  if (view.lang !== 'zh') return [];
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (!isPriceToSales(view, m)) continue;
    const values = namedAmounts(view, VALUE, m.start);
    let revenues = namedAmounts(view, REVENUE, m.start);
    // An amount named neither way may be the operand itself ("年化后约X，按这个算"): every amount must be named.
    const unnamed = view.quantities.filter((q) => q.end <= m.start && plainMoney(q) && !values.includes(q) && !revenues.includes(q));
    if (unnamed.length > 0) continue;
    const before = sentenceBefore(ctx);
    if (revenues.length === 0 && before) {
      // The revenue of the sentence before, only when no earlier sentence of the paragraph names another.
      const earlier = (ctx.earlier ?? []).flatMap((v) => namedAmounts(v, REVENUE, v.span.end));
      revenues = earlier.length === 1 && before.quantities.includes(earlier[0]) ? earlier : [];
    }
    if (values.length !== 1 || revenues.length !== 1 || !sameDimension(values[0], revenues[0]) || revenues[0].value <= 0) continue;
    out.push(probableRatio(view.lang, m, values[0], revenues[0]));
  }
  return out;
};
