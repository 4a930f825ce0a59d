/**
 * Changes between two stated values: growth rates ("up 126% to $60.9B from $27.0B", "从A增长到B，增幅P%"),
 * multiples of a change ("from $520M to $9B, more than 17 times", "tripling"), differences ("from $27.0B
 * to $60.9B, an increase of $33.9B", "增加了D"), and compound annual rates when the years are stated.
 * Chinese "增长了两倍" wording is left to ambiguousGrowth.ts.
 */
import type { Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { clauseNamesAnotherMeasure, family, ownMetric } from './measures';
import { div, pow, scale, shift, sub, type Interval } from '../intervals';
import { DIFF_BEFORE_ZH, HEDGE_EN, HEDGE_ZH } from './cues';
import { GREW_BY, isAmbiguousMultiple } from './ambiguousGrowth';
import { changeBefore, changeForRate, changeOfNamedYear, changesIn, yearOf, type Change, type Direction } from './growthPatterns';
import { checkable, intervalOf, sameDimension } from './operands';
import { restatedChange } from './restatedMultiple';
import { anotherPairHolds } from './seriesPairs';
import { ownIncrement } from './ownIncrement';
import { oneHedgeOperand } from './roundedHedge';
import { namedStep } from './seriesStep';
import { COMPARED_EXCESS_ZH, REACH, comparedShortfall, writtenAsRise } from '../../bind/riseWording';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { claimOf, clauseOf, gapBetween, isDuration, neighbour, shortGap, textAfter, textBefore, type SentenceView } from './view';

const DIFF_UP_EN = '(?:rose|grew|increased|jumped|climbed|gained|widened|expanded|up)\\s+by|an? (?:increase|rise|gain|jump) of|added';
const DIFF_DOWN_EN = '(?:fell|dropped|declined|decreased|narrowed|shrank|down)\\s+by|an? (?:decrease|decline|drop|fall) of';
export const DIFF_BEFORE_EN = new RegExp(`\\b(?:(${DIFF_UP_EN})|(${DIFF_DOWN_EN}))\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "spent $11 billion more (than)", "$2B less": an amount followed by more/less is the excess, not a level. */
const DIFF_AFTER_EN = /^\s*(?:more|less)\b(?!\s+or\b)/i;
/** A change verb without 了 ("增加约100亿元", "减少5亿"): too loose to start a difference reading, enough to say the amount is one. */
const CHANGE_WORD_ZH = new RegExp(`(?:增加|增长|减少|下降|多出|高出)\\s*(?:${HEDGE_ZH})?\\s*$`);
/**
 * The amount is written as a change ("an increase of $2B", "明年比今年多出约100亿元"), not a level: it is
 * no value of a pair a rate or multiple compares, and a rate after it is over some base, not over it.
 */
export function statedDifference(view: SentenceView, q: Quantity): boolean {
  const before = textBefore(view, q, 30);
  if (DIFF_BEFORE_EN.test(before) || DIFF_BEFORE_ZH.test(before) || CHANGE_WORD_ZH.test(before) || DIFF_AFTER_EN.test(textAfter(view, q, 20))) return true;
  // The binder's reading of a figure written as a rise ("up $10 billion", "比今年的1500亿元多100亿元") and
  // its comparative fall ("比去年少20亿元", "50 cents below"), over the sentence's own text: one reading, not a second list.
  const local = { ...q, start: q.start - view.span.start, end: q.end - view.span.start };
  const window = view.text.slice(Math.max(0, local.start - REACH), local.start);
  return writtenAsRise(view.text, local) || COMPARED_EXCESS_ZH.test(window) || comparedShortfall(view.text, local);
}
/** "up 23 points": with points, a bare direction word cannot be "up to". */
const POINTS_BEFORE_EN = new RegExp(`\\b(?:(up|rose|gained|added|climbed|increased|jumped)|(down|fell|lost|dropped|declined|slipped))\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "a 23-point jump": the direction is the noun after the points. */
const POINTS_NOUN_AFTER = /^-?\s*(?:percentage[\s-]+)?(?:points?|pts?|pp)\s+(?:(jump|rise|gain|increase|improvement)|(drop|fall|decline|decrease))\b/i;
/** Compound or average annual rates need the number of years; they are never a simple B/A − 1. */
const ANNUAL_RATE = /CAGR|compound(?:ed)? annual|annuali[sz]ed growth|average annual|复合(?:年)?增长率|年复合|年均/i;
const PER_YEAR_AFTER = /^\s*(?:a|per|each) year\b|^\s*annually\b|^\s*\/\s*yr\b|^\s*每年/i;

export function growthRate(c: Change, direction: Direction): Interval {
  const ratio = div(intervalOf(c.new), intervalOf(c.old));
  const pct = scale(ratio, 100);
  if (direction === 'down') return { low: pct.high === null ? null : 100 - pct.high, high: pct.low === null ? null : 100 - pct.low };
  return shift(pct, -100);
}

export function rateFormula(c: Change, direction: Direction): string {
  return direction === 'down' ? `(1 − ${c.new.text} ÷ ${c.old.text}) × 100%` : `(${c.new.text} ÷ ${c.old.text} − 1) × 100%`;
}

function yearsSpanned(view: SentenceView, c: Change, rate: Quantity): number | undefined {
  const a = yearOf(view, c.old);
  const b = yearOf(view, c.new);
  if (a !== undefined && b !== undefined && b > a) return b - a;
  const clause = view.text.slice(clauseOf(view, rate).start - view.span.start, clauseOf(view, rate).end - view.span.start);
  const m = /\bover (\d{1,2}) years\b|(\d{1,2})\s*年(?:间|来|中)/.exec(clause);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

function compoundRate(c: Change, years: number): Interval {
  return shift(scale(pow(div(intervalOf(c.new), intervalOf(c.old)), 1 / years), 100), -100);
}

function rateOutcome(view: SentenceView, p: Quantity, changes: Change[]): RelationOutcome | undefined {
  const c = changeForRate(view, p, changes);
  if (!c || !c.direction) return undefined;
  const around = textBefore(view, p, 60) + ' ' + textAfter(view, p, 20);
  if (ANNUAL_RATE.test(around) || PER_YEAR_AFTER.test(textAfter(view, p, 16))) {
    const years = yearsSpanned(view, c, p);
    if (!years || c.direction === 'down') return undefined;
    return {
      check: 'arith.growth',
      result: p,
      operands: [c.old, c.new],
      computed: compoundRate(c, years),
      formula: `((${c.new.text} ÷ ${c.old.text})^(1/${years}) − 1) × 100%`,
      certainty: 'explicit',
      lang: view.lang,
    };
  }
  // A series of three or more values: the pair before may be the one meant (seriesPairs.ts).
  const direction = c.direction;
  if (anotherPairHolds(c, changes, p, (o) => growthRate(o, o.direction ?? direction))) return undefined;
  return {
    check: 'arith.growth',
    result: p,
    operands: [c.old, c.new],
    computed: growthRate(c, c.direction),
    recompute: ([o, n]) => growthRate({ old: o, new: n }, c.direction as Direction),
    formula: rateFormula(c, c.direction),
    certainty: 'explicit',
    lang: view.lang,
    gapOnRemainder: c.direction === 'down',
  };
}

/**
 * "…$0.07, down from $20, about 286 times cheaper", "a 280-fold drop": a multiple worded as a comparative
 * of less (cheaper, smaller, lower) or as a fall says how many times the old value holds the new one.
 */
const INVERSE_MULTIPLE_AFTER = /^\s*(?:(?:times|x|×|-?fold)\s+)?(?:cheaper|smaller|less|lower|fewer|slower)(?![A-Za-z])|^\s*(?:(?:times|-?fold)\s+)?(?:drop|decline|decrease|reduction|fall|cut)(?![A-Za-z])/i;

function inverseMultiple(view: SentenceView, m: Quantity): boolean {
  return INVERSE_MULTIPLE_AFTER.test(textAfter(view, m, 24));
}

/** The change read backwards: new ÷ old of it is old ÷ new of the change. */
function reversed(c: Change): Change {
  return { ...c, old: c.new, new: c.old };
}

function multipleOutcome(view: SentenceView, m: Quantity, changes: Change[]): RelationOutcome | undefined {
  if (isAmbiguousMultiple(view, m)) return undefined;
  const found = changeBefore(view, m, changes) ?? changeOfNamedYear(view, m, changes) ?? restatedChange(view, m, changes);
  if (!found) return undefined;
  const inverse = inverseMultiple(view, m);
  const c = inverse ? reversed(found) : found;
  // "增长了一倍": the multiple is the increase (+100%), not the new level.
  const increase = GREW_BY.test(textBefore(view, m, 12));
  const ratio = div(intervalOf(c.new), intervalOf(c.old));
  const multipleOf = (o: Change) => {
    const read = inverse ? reversed(o) : o;
    const times = div(intervalOf(read.new), intervalOf(read.old));
    return increase ? shift(times, -1) : times;
  };
  if (anotherPairHolds(found, changes, m, multipleOf)) return undefined;
  return {
    check: 'arith.growth',
    result: m,
    operands: [c.old, c.new],
    computed: increase ? shift(ratio, -1) : ratio,
    recompute: ([o, n]) => (increase ? shift(div(intervalOf(n), intervalOf(o)), -1) : div(intervalOf(n), intervalOf(o))),
    formula: increase ? `${c.new.text} ÷ ${c.old.text} − 1` : `${c.new.text} ÷ ${c.old.text}`,
    certainty: 'explicit',
    lang: view.lang,
  };
}

/**
 * The values a difference may follow: the number right before it, or the one before that too when a rate or
 * multiple of the same change sits between them ("从5亿增至10亿，翻了一番，增加了5亿", "to $60.9B, up 126%,
 * an increase of $33.9B").
 */
function valuesBeforeDifference(view: SentenceView, d: Quantity): Quantity[] {
  const prev = neighbour(view, d, -1);
  if (!prev || (prev.kind !== 'percent' && prev.kind !== 'multiple')) return prev ? [prev] : [];
  const before = neighbour(view, prev, -1);
  return before && shortGap(view, before, prev, 12) !== undefined ? [prev, before] : [prev];
}

/** Both amounts' own clauses name a measure (periodPair.ownMetric), of different families (measures.ts). */
function namedMeasuresDiffer(view: SentenceView, a: Quantity, b: Quantity, kb: FactBase): boolean {
  const ma = ownMetric(claimOf(view, a));
  const mb = ownMetric(claimOf(view, b));
  if (mb === undefined) return false;
  if (ma !== undefined) return family(ma, kb) !== family(mb, kb);
  return clauseNamesAnotherMeasure(textBefore(view, a, 40), family(mb, kb), kb);
}


function differenceOutcome(view: SentenceView, d: Quantity, changes: Change[], kb: FactBase, earlier: SentenceView[] = []): RelationOutcome | undefined {
  const before = textBefore(view, d, 30);
  const m =
    DIFF_BEFORE_EN.exec(before) ??
    DIFF_BEFORE_ZH.exec(before) ??
    (d.kind === 'points' ? (POINTS_BEFORE_EN.exec(before) ?? (/\ban?\s+$/i.test(before) ? POINTS_NOUN_AFTER.exec(textAfter(view, d, 30)) : null)) : null);
  if (!m) return undefined;
  const direction: Direction = m[1] ? 'up' : 'down';
  const prev = valuesBeforeDifference(view, d);
  const next = neighbour(view, d, 1);
  for (const c of changes) {
    // A change between two percentages is stated in points: "从55%升至78%，提高了23个百分点".
    const inPoints = d.kind === 'points' && c.new.kind === 'percent';
    if (!inPoints && !sameDimension(d, c.new)) continue;
    // "capex of $30B in 2023 and $20B in 2024, while its revenue fell by $15B": a difference whose own
    // clause names another measure than the pair's is that measure's change, not the pair's. (Points
    // between two percentages are bound to a measure of points, never the percentages' own.)
    if (!inPoints && namedMeasuresDiffer(view, d, c.new, kb)) continue;
    const first = c.old.start < c.new.start ? c.old : c.new;
    const last = c.old.start < c.new.start ? c.new : c.old;
    const adjacent = prev.includes(last) || (next === first && /^\s*[,，]?\s*(?:from|从|由)?\s*$/i.test(gapBetween(view, d, first)));
    // "…到5亿只用了四个月，今年3月底到10月又增加了3亿": a step of its own, not this change's (ownIncrement.ts).
    if (!adjacent || ownIncrement(view, d, last)) continue;
    // "两年提高了…", "the last month alone added…": the words name the step measured (seriesStep.ts).
    const step = namedStep(view, d, c, last, earlier);
    if (step === 'unread') return undefined;
    const pair = step ?? c;
    // The writer's own subtraction of the figures as written: a hedge on both sides counts once, on the result.
    const at = (q: Quantity) => oneHedgeOperand(q, d);
    const difference = ([o, n]: Quantity[]) => (direction === 'up' ? sub(at(n), at(o)) : sub(at(o), at(n)));
    const computed = difference([pair.old, pair.new]);
    return {
      check: 'arith.growth',
      result: d,
      operands: [pair.old, pair.new],
      computed,
      recompute: difference,
      formula: direction === 'up' ? `${pair.new.text} − ${pair.old.text}` : `${pair.old.text} − ${pair.new.text}`,
      certainty: 'explicit',
      lang: view.lang,
    };
  }
  return undefined;
}

/** "Net loss: $863 million, against $593.7 million in 2023": two like amounts set against each other. */
const AGAINST = /^[^;。；\d]{0,30}?\b(?:against|versus|vs\.?|compared (?:with|to))\s+(?:the\s+)?(?:${HEDGE_EN}\s+)?$|^[^;。；\d]{0,12}?(?:对比|相比|而)(?:上年|去年|上一年|前一年)?(?:同期)?(?:的|为|是)?\s*(?:${HEDGE_ZH})?\s*$/i;

/**
 * "Net loss: $863 million, … against $593.7 million in 2023. The loss widened by $370 million.": a
 * difference stated in the next sentence of the same paragraph, about the one pair of amounts the sentence
 * before compares. Which one is newer is not always written, so the difference is read either way round;
 * the reading is probable (warning at most), no fix.
 */
function differenceAfter(view: SentenceView, previous: SentenceView | undefined): RelationOutcome[] {
  if (!previous) return [];
  const pairs: [Quantity, Quantity][] = [];
  const qs = previous.quantities.filter((q) => !isDuration(q));
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      if (sameDimension(qs[i], qs[j]) && checkable(qs[i]) && checkable(qs[j]) && AGAINST.test(gapBetween(previous, qs[j - 1], qs[j]))) pairs.push([qs[i], qs[j]]);
    }
  }
  if (pairs.length !== 1) return [];
  const [a, b] = pairs[0];
  const out: RelationOutcome[] = [];
  const like = view.quantities.filter((q) => sameDimension(q, a));
  if (like.length !== 1 || !checkable(like[0])) return [];
  const d = like[0];
  const before = textBefore(view, d, 30);
  if (!DIFF_BEFORE_EN.test(before) && !DIFF_BEFORE_ZH.test(before)) return [];
  const [big, small] = a.value >= b.value ? [a, b] : [b, a];
  out.push({ check: 'arith.growth', result: d, operands: [big, small], computed: sub(intervalOf(big), intervalOf(small)), formula: `${big.text} − ${small.text}`, certainty: 'probable', lang: view.lang, noFix: true });
  return out;
}

/**
 * "Revenue reached $12.2B, up from $3.8B. That is a gain of $8.4B.": a difference stated in a later
 * sentence of the paragraph, when the earlier sentences hold exactly one change of that kind of amount
 * (two changes and the difference could be about either). Probable (warning at most), no fix.
 */
const POINTS_BACK = /^\s*(?:(?:that|this|it|which)\b|that's|in all\b|in total\b|altogether\b|all told\b|an? (?:increase|rise|gain|jump|decrease|decline|drop|fall) of\b)|^\s*(?:这|也就是说|换言之|换句话说|即|意味着|合计|总共)/i;

function differenceOfEarlierChange(view: SentenceView, earlier: SentenceView[] | undefined): RelationOutcome[] {
  const all = view.quantities.filter((q) => !isDuration(q) && checkable(q));
  // "That is an increase of $33.9 billion, or 136%": the difference and the rate restating it.
  const like = all.length === 2 && rateOfDifference(view, all[0]) === all[1] ? [all[0]] : all;
  if (like.length !== 1 || !earlier?.length) return [];
  const d = like[0];
  // The sentence must point back at that change ("That is a gain of…", "也就是说…"), not name a subject of its own.
  if (!POINTS_BACK.test(view.text.slice(0, d.start - view.span.start))) return [];
  const before = textBefore(view, d, 30);
  const m = DIFF_BEFORE_EN.exec(before) ?? DIFF_BEFORE_ZH.exec(before) ?? (d.kind === 'points' ? POINTS_BEFORE_EN.exec(before) : null);
  if (!m) return [];
  const inKind = (c: Change) => (d.kind === 'points' ? c.new.kind === 'percent' : sameDimension(d, c.new));
  const found = earlier.flatMap((e) => changesIn(e).filter(inKind));
  if (found.length !== 1) return [];
  const c = found[0];
  const [from, to] = m[1] ? [c.new, c.old] : [c.old, c.new];
  const difference: RelationOutcome = { check: 'arith.growth', result: d, operands: [c.old, c.new], computed: sub(intervalOf(from), intervalOf(to)), formula: `${from.text} − ${to.text}`, certainty: 'probable', lang: view.lang, noFix: true };
  const rate = restatedRate(view, difference, m[1] ? 'up' : 'down', 'probable');
  return rate ? [difference, rate] : [difference];
}

/**
 * "an increase of $33.9 billion, or about 126%", "a gain of $4.8 billion, or 16%": a percentage right after a
 * stated difference, joined by "or" (or naming the change again), restates the same change as a rate, so it
 * is read on the pair the difference was read on. A percentage "of" something after it is a share, not this.
 */
const RATE_RESTATES_DIFFERENCE = new RegExp(`^\\s*,\\s*(?:or|an? (?:increase|rise|gain|jump|decrease|decline|drop|fall) of)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
function rateOfDifference(view: SentenceView, d: Quantity): Quantity | undefined {
  if (view.lang !== 'en') return undefined;
  const p = neighbour(view, d, 1);
  if (!p || p.kind !== 'percent' || !checkable(p) || !RATE_RESTATES_DIFFERENCE.test(gapBetween(view, d, p))) return undefined;
  if (/^\s*(?:of|of the)\b/i.test(textAfter(view, p, 12)) || ANNUAL_RATE.test(textAfter(view, p, 40))) return undefined;
  return p;
}

function restatedRate(view: SentenceView, difference: RelationOutcome, direction: Direction, certainty: RelationOutcome['certainty']): RelationOutcome | undefined {
  const p = rateOfDifference(view, difference.result);
  const [old, now] = difference.operands;
  if (!p || !old || !now) return undefined;
  const c: Change = { old, new: now, direction };
  return {
    check: 'arith.growth',
    result: p,
    operands: [old, now],
    computed: growthRate(c, direction),
    recompute: ([o, n]) => growthRate({ old: o, new: n }, direction),
    formula: rateFormula(c, direction),
    certainty,
    lang: view.lang,
    gapOnRemainder: direction === 'down',
    ...(certainty === 'probable' ? { noFix: true } : {}),
  };
}

export const growth: RelationDetector = (view, ctx) => {
  const after = view.quantities.length < 3 ? differenceAfter(view, ctx.previous) : [];
  if (after.length > 0) return after;
  const later = view.quantities.filter((q) => !isDuration(q)).length < 3 ? differenceOfEarlierChange(view, ctx.earlier) : [];
  if (later.length > 0) return later;
  // A change needs two values and a stated rate, multiple or difference.
  if (view.quantities.length < 3) return [];
  const changes = changesIn(view);
  const out: RelationOutcome[] = [];
  for (const q of view.quantities) {
    if (!checkable(q)) continue;
    let o: RelationOutcome | undefined;
    if (q.kind === 'percent') o = rateOutcome(view, q, changes);
    if (!o && q.kind === 'multiple') o = multipleOutcome(view, q, changes);
    if (!o && (q.kind === 'money' || q.kind === 'count' || q.kind === 'number' || q.kind === 'points')) o = differenceOutcome(view, q, changes, ctx.kb, ctx.earlier);
    if (o) out.push(o);
  }
  for (const o of [...out]) {
    if (o.result.kind === 'percent' || o.result.kind === 'multiple') continue;
    const m = DIFF_BEFORE_EN.exec(textBefore(view, o.result, 30));
    const rate = m ? restatedRate(view, o, m[1] ? 'up' : 'down', o.certainty) : undefined;
    if (rate && !out.some((x) => x.result === rate.result)) out.push(rate);
  }
  return out;
};
