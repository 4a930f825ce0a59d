/**
 * A change read from what binding knows rather than from one more phrase: two like amounts of one sentence
 * that the binder dated at two different, ordered periods of the same length, of the same measure, and a
 * growth rate right after the later-written one ("Q1 revenue was $7.19B; Q2 jumped to $13.51B, up about
 * 120% sequentially", "年化收入达到100亿美元，去年12月还是55亿美元，半年增长约45%", "较6月季度的334亿元环比
 * 增长约12%"), or a multiple "是半年前的三倍". The older period is the old value, whatever the word order.
 *
 * The phrase readers (growthPatterns.ts) come first; this reads what they leave. It is a reading of the
 * bindings, not of a cue tying the numbers, so it is probable (warning at most) and offers no fix; and it
 * holds back whenever the wording or the dates point elsewhere: a rate with a baseline of its own ("up 20%
 * from…"), a year-over-year rate between periods not a year apart, a sequential one between periods that do
 * not follow each other, two candidates for the older value, another company or measure.
 */
import type { Claim, Period, Quantity } from '../../model';
import { div, shift, type Interval } from '../intervals';
import { cadenceOf } from './annualized';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_ZH } from './cues';
import { growthRate, rateFormula, statedDifference } from './growth';
import { daysBetween } from '../facts/periodMatch';
import { sameLength } from './periodSpans';
import { previousQuarterUnsaid } from './quarterBase';
import { directionAround, type Direction } from './growthPatterns';
import { checkable, intervalOf, sameDimension, samePer } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';
import { statedPartOf } from './statedPartOf';
import { ownMetric } from './measures';
import { namesPresentSubject, presentPair } from './presentSubject';

const EDGE_SLACK_DAYS = 20;

/** "60% above last year's level", "15% higher than": the direction after the rate. */
export const COMPARATIVE_AFTER = /^\s*(?:(above|higher than|more than|greater than)|(below|lower than|less than))\b/i;
/** A baseline of the rate's own ("up 20% from $5B", "P% over 2023", "较…"): another reading's business. */
export const OWN_BASELINE_AFTER = /^\s*(?:[,，]\s*)?(?:from|on|over|versus|vs\.?|compared|against|than\s+(?:\$|\d))\b/i;
export const YEAR_ON_YEAR = /year[- ](?:over|on)[- ]year|\by\/y\b|\byoy\b|from a year (?:earlier|ago|before)|on the year|同比|上年同期|去年同期/i;
/** A yearly average over the span ("年均增长约15%", "a CAGR of") is growth.ts's compound rate, not B/A − 1. */
export const PER_YEAR = /CAGR|compound(?:ed)? annual|average annual|annual(?:ly|i[sz]ed)|a year\b|per year|年均|年复合|复合(?:年)?增长|每年/i;
const SEQUENTIAL = /sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter|\bq\/q\b|环比/i;
/** "是半年前的三倍", "是去年的3倍", "是5月的近20倍", "只有去年的三分之一": a multiple of the figure of a time named before it (digits only as a date's). */
export const MULTIPLE_OF_TIME_ZH = new RegExp(`(?:是|为|相当于|只有|仅为|仅有|不到|不足)(?:[^，,。；;\\d]|(?:19|20)\\d{2}(?=年)|\\d{1,2}(?=月|季度|个))*?(?:年|月|季度|前|初|底|末)的\\s*(?:${HEDGE_ZH})?\\s*$`);

/** The time a multiple is "of" in "是5月的10倍", "相当于2024年的3倍": the words between the verb and 的. */
const NAMED_TIME_ZH = new RegExp(`(?:是|为|相当于|只有|仅为|仅有|不到|不足)\\s*([^，,。；;是为的]{1,12}?)的\\s*(?:${HEDGE_ZH})?\\s*$`);

/**
 * Of two figures, the one written right after the time the multiple names ("5月的1200亿" for "是5月的"):
 * the multiple's base. None when neither or both are, or the multiple names no time.
 */
export function namedTimeBase(view: SentenceView, r: Quantity, pair: readonly [Quantity, Quantity]): Quantity | undefined {
  const named = NAMED_TIME_ZH.exec(textBefore(view, r, 20))?.[1];
  if (!named) return undefined;
  const after = (q: Quantity) => textBefore(view, q, named.length + 4).replace(/\s+/g, '').endsWith(`${named.replace(/\s+/g, '')}的`);
  const marked = pair.filter(after);
  return marked.length === 1 ? marked[0] : undefined;
}

/**
 * "较2024年再增长约59%", "比2023年高出约40%": the rate names the year of its base, so the older value must be
 * that year's. When no level of that year is written, the rate has no base in the text and nothing is said.
 */
const BASE_YEAR_ZH = new RegExp(`(?:较|比|相比|相较于?|对比)\\s*((?:19|20)\\d{2})\\s*年(?:全年|同期|的水平)?[^，,。；;\\d]{0,10}$`);

export function namedBaseYear(view: SentenceView, r: Quantity): number | undefined {
  const m = BASE_YEAR_ZH.exec(textBefore(view, r, 30));
  return m ? Number(m[1]) : undefined;
}

export function startsIn(p: Period, year: number | undefined): boolean {
  return year === undefined || Number(p.start.slice(0, 4)) === year;
}

export function bound(c: Claim | undefined): Period | undefined {
  const p = c?.period;
  return p && (p.how === 'explicit' || p.how === 'sentence') ? p.value : undefined;
}


/**
 * Likewise a company: one the amount took from its sentence ("火山引擎总裁介绍…涨到9月的超过1.3万亿") may not be
 * the one its own clause names for the other figure ("豆包…5月的1200亿").
 */
function ownEntity(c: Claim | undefined): string | undefined {
  return c?.entity?.how === 'explicit' ? c.entity.value : undefined;
}

export function agree(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

export interface Dated {
  q: Quantity;
  period: Period;
}

/** Which of two dated amounts is older, when their periods are as long as each other and do not overlap. */
export function ordered(a: Dated, b: Dated): [Dated, Dated] | undefined {
  if (!sameLength(a.period, b.period)) return undefined;
  // ISO dates order as strings.
  if (a.period.end < b.period.start) return [a, b];
  if (b.period.end < a.period.start) return [b, a];
  return undefined;
}

/** The rate's own words say which two periods it compares; the pair must be those. */
export function spanFits(words: string, older: Period, newer: Period): boolean {
  if (YEAR_ON_YEAR.test(words)) return Math.abs(daysBetween(older.start, newer.start) - 365) <= EDGE_SLACK_DAYS;
  if (SEQUENTIAL.test(words)) return Math.abs(daysBetween(older.end, newer.start) - 1) <= EDGE_SLACK_DAYS;
  // "In Q4 it booked $7.7 billion, up 24%": with no words for it, a quarter's rate is not over the quarter before (quarterBase.ts).
  return !previousQuarterUnsaid(words, older, newer, EDGE_SLACK_DAYS);
}

/**
 * The two amounts the result compares: the amount right before it (the later-written value) and the one
 * other like amount of the sentence before that, of the same company and measure, dated at another period.
 * Two such older candidates and there is no telling which one is meant. A value of the same series written
 * in another currency counts as a candidate too, when no like candidate shares its period (then it is a
 * conversion in brackets): "2024年收入3.12亿美元，2023年为1.25亿元，2022年只有0.57亿元，是上一年的约2.5倍" may
 * compare either adjacent pair, and the pair through the odd currency (likely the writer's slip) cannot be
 * computed, so one reading holding is as likely as none.
 */
export function datedPair(view: SentenceView, r: Quantity): [Dated, Dated] | undefined {
  const y = neighbour(view, r, -1);
  if (!y || !checkable(y) || isDuration(y) || !['money', 'count', 'number'].includes(y.kind)) return undefined;
  // "明年比今年多出约100亿元，增幅不到7%": a difference written just before the rate is its increment, never
  // a value of the pair (the rate is over the older level, not over the increment).
  if (statedDifference(view, y)) return undefined;
  const cy = claimOf(view, y);
  const py = bound(cy);
  if (!py) return undefined;
  const candidates: [Dated, Dated][] = [];
  const otherCurrency: Period[] = [];
  for (const x of view.quantities) {
    if (x.start >= y.start) break;
    const converted = inOtherCurrency(x, y);
    if (!checkable(x) || isDuration(x) || !(converted || sameDimension(x, y))) continue;
    // "2024年比2023年多花了111亿美元；今年…625亿美元，比去年高出59%": an excess written earlier is no level either.
    if (statedDifference(view, x)) continue;
    const cx = claimOf(view, x);
    const px = bound(cx);
    if (!px || !agree(ownEntity(cx), ownEntity(cy)) || !agree(ownMetric(cx), ownMetric(cy))) continue;
    if (!agree(cadenceOf(view, x)?.cadence, cadenceOf(view, y)?.cadence)) continue;
    // A part and the whole the sentence says it is a share of are no change (statedPartOf.ts).
    if (statedPartOf(view, x, y)) continue;
    const pair = ordered({ q: x, period: px }, { q: y, period: py });
    if (pair && converted) otherCurrency.push(px);
    else if (pair) candidates.push(pair);
  }
  const periodOf = (c: [Dated, Dated]) => (c[0].q === y ? c[1] : c[0]).period;
  const seriesMember = (p: Period) => !candidates.some((c) => samePeriod(periodOf(c), p));
  if (candidates.length !== 1 || otherCurrency.some(seriesMember)) return undefined;
  const cx = claimOf(view, candidates[0][0].q === y ? candidates[0][1].q : candidates[0][0].q);
  // With no measure named, the same company named for both is the least that makes them one series.
  const named = ownMetric(cx) !== undefined || ownMetric(cy) !== undefined || (cx?.entity !== undefined && cy?.entity !== undefined);
  return named ? candidates[0] : undefined;
}

/** Money of another currency than y's, per the same unit: a value of y's series the writer may have mislabelled. */
function inOtherCurrency(x: Quantity, y: Quantity): boolean {
  return x.kind === 'money' && y.kind === 'money' && !!x.currency && !!y.currency && x.currency !== y.currency && samePer(x, y);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

export function rateOutcome(view: SentenceView, p: Quantity, older: Quantity, newer: Quantity, direction: Direction): RelationOutcome {
  const c = { old: older, new: newer };
  return {
    check: 'arith.growth',
    result: p,
    operands: [older, newer],
    computed: growthRate(c, direction),
    recompute: ([o, n]) => growthRate({ old: o, new: n }, direction),
    formula: rateFormula(c, direction),
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
    gapOnRemainder: direction === 'down',
  };
}

/** `increase`: the multiple states the rise ("增长了一倍" = +100%), not the new level. */
export function multipleOutcome(view: SentenceView, m: Quantity, older: Quantity, newer: Quantity, increase = false): RelationOutcome {
  const ratio = (o: Quantity, n: Quantity): Interval => (increase ? shift(div(intervalOf(n), intervalOf(o)), -1) : div(intervalOf(n), intervalOf(o)));
  return {
    check: 'arith.growth',
    result: m,
    operands: [older, newer],
    computed: ratio(older, newer),
    recompute: ([o, n]) => ratio(o, n),
    formula: increase ? `${newer.text} ÷ ${older.text} − 1` : `${newer.text} ÷ ${older.text}`,
    certainty: 'probable',
    lang: view.lang,
    noFix: true,
  };
}

export const periodPair: RelationDetector = (view, ctx) => {
  // Two amounts and a rate or multiple; a multiple of a present subject takes that subject from an earlier sentence.
  if (view.quantities.length < 2) return [];
  const out: RelationOutcome[] = [];
  for (const r of view.quantities) {
    if (!checkable(r) || (r.kind !== 'percent' && r.kind !== 'multiple')) continue;
    const y = neighbour(view, r, -1);
    if (!y) continue;
    const gap = gapBetween(view, y, r);
    const after = textAfter(view, r, 30);
    const ownBaseline = OWN_BASELINE_AFTER.test(after) || (COMPARATIVE_AFTER.test(after) && /[\d$€£¥]/.test(after.slice(0, 24)));
    if (gap.length > 30 || /[;；。]/.test(gap) || ownBaseline || PER_YEAR.test(`${gap} ${after.slice(0, 16)}`)) continue;
    let direction: Direction | undefined;
    if (r.kind === 'percent') {
      const comparative = COMPARATIVE_AFTER.exec(after);
      direction = directionAround(view, r, after) ?? (comparative ? (comparative[1] ? 'up' : 'down') : undefined);
      if (!direction) continue;
    } else if (isAmbiguousMultiple(view, r) || !MULTIPLE_OF_TIME_ZH.test(textBefore(view, r, 20))) continue;
    else if (namesPresentSubject(view, y, r)) {
      // "…30亿美元，本轮又是6月的3倍": this round's figure over the named time's, never y over an older one (presentSubject.ts).
      const pair = presentPair(view, ctx, y, r);
      if (pair) out.push(multipleOutcome(view, r, pair.base, pair.subject));
      continue;
    }
    const pair = datedPair(view, r);
    if (!pair) continue;
    const [older, newer] = pair;
    if (!spanFits(`${gap} ${after}`, older.period, newer.period) || !startsIn(older.period, namedBaseYear(view, r))) continue;
    if (direction) {
      out.push(rateOutcome(view, r, older.q, newer.q, direction));
      continue;
    }
    // "从5月的1200亿增至9月的1.3万亿，是5月的10倍多": the time named in 是Y的 marks the base as the figure
    // written after that same time, whichever period the binder gave each figure.
    const base = namedTimeBase(view, r, [older.q, newer.q]) ?? older.q;
    out.push(multipleOutcome(view, r, base, base === older.q ? newer.q : older.q));
  }
  return out;
};
