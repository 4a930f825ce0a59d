/**
 * A growth rate after two amounts each dated by its own year: "spent about $220 billion on capex in 2024 and
 * plan some $320 billion for 2025, an increase of nearly 45%", "used about 400 TWh in 2024 … around 900 TWh
 * by 2030. That is a rise of roughly 125%.", "2024年约2200亿美元，2025年计划约3200亿美元，增长约45%". The
 * phrase readers (growthPatterns.ts) need "from A to B" or the values side by side; here the years the
 * writer put on each amount order them, the earlier year's amount being the old value.
 *
 * Only when nothing else could be meant: the rate's sentence (or, when it opens by pointing back, "That is
 * a rise of", "这意味着增长", the sentence before) holds exactly two like amounts, each with a year written
 * right after it ("in 2024", "for 2025", "planned for 2025", "by 2030") or, in Chinese, before it
 * ("2025年计划约…"); the two years differ; the binder gave them no two companies or measures (a
 * unit of measurement, TWh or GW, names the measure itself); and the rate
 * follows the second amount, after a comma, dash or arrow, named a change by its own words ("an increase of",
 * "a rise of", "growth of", "up", "so 2024 was up", 增长/增加/下降). A yearly rate ("a year", CAGR, 年均) is
 * another relation (growth.ts reads it with its years). Probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { growthRate, rateFormula } from './growth';
import type { Change, Direction } from './growthPatterns';
import { checkable, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { claimOf, gapBetween, isDuration, textAfter, textBefore, type SentenceView } from './view';

const YEAR = '((?:19|20)\\d{2})';
/** "in 2024", "for 2025", "by 2030", "of capex in 2024", "planned for 2025": the year right after an amount. */
const YEAR_AFTER_EN = new RegExp(`^\\s*(?:(?:of|on|in)\\s+[a-z][a-z -]{0,30}?\\s+|(?:planned|projected|expected|budgeted|guided|forecast)\\s+)?(?:in|for|by|during)\\s+${YEAR}\\b`, 'i');
/** "2025年计划约", "2024年的": the year before a Chinese amount, no other figure or clause between. */
const YEAR_BEFORE_ZH = new RegExp(`${YEAR}\\s*年(?:全年|底|末)?(?:的|计划|预计|为|达到?)*\\s*(?:${HEDGE_ZH})?\\s*$`);

const UP_NOUN_EN = '(?:increase|rise|jump|gain|climb|step-up)';
const DOWN_NOUN_EN = '(?:decrease|decline|drop|fall|cut)';
const UP_VERB_EN = '(?:up|rose|grew|increased|jumped|climbed|gained)';
const DOWN_VERB_EN = '(?:down|fell|dropped|declined|decreased|shrank)';
/** Between the second amount and the rate: its year's words, then a comma, dash or arrow, then the change's words. */
const TO_RATE_EN = new RegExp(
  `^(?:[^\\d;:.!?]|\\b(?:19|20)\\d{2}\\b){0,60}?(?:[,—–→(]|\\bso\\b)\\s*(?:(?:so|or|that is|i\\.e\\.,?|which is)\\s+)?(?:(?:[\\w’'-]+\\s+){0,2}?(?:was|is|were|are)\\s+)?(?:(?:an?\\s+)?(?:(${UP_NOUN_EN}\\s+of|growth\\s+of|${UP_VERB_EN}(?:\\s+by)?)|(${DOWN_NOUN_EN}\\s+of|${DOWN_VERB_EN}(?:\\s+by)?)))\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "That is a rise of roughly", "That's growth of about", "This means an increase of": the sentence points back. */
const POINTER_RATE_EN = new RegExp(
  `^[\\s*_>-]*(?:that|this)(?:['’]s|\\s+is|\\s+was|\\s+means|\\s+works out to|\\s+would be)\\s+(?:${HEDGE_EN}\\s+)?(?:(?:an?\\s+)?(?:(${UP_NOUN_EN}\\s+of|growth\\s+of|${UP_VERB_EN})|(${DOWN_NOUN_EN}\\s+of|${DOWN_VERB_EN})))\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const TO_RATE_ZH = new RegExp(`^[^\\d。；;]{0,16}?[，,]\\s*(?:同比|较上年|比上年)?(?:(增长|增加|上涨|提升|增幅|涨幅)|(下降|减少|下滑|降幅|下跌))(?:了|为|达|约|近|超过)*\\s*(?:${HEDGE_ZH})?\\s*$`);
const POINTER_RATE_ZH = new RegExp(`^\\s*(?:这意味着|也就是说|即|换言之)[，,]?\\s*[^\\d，,。；;]{0,6}?(?:(增长|增加|上涨|提升)|(下降|减少|下滑))(?:了|为|达|约|近|超过)*\\s*(?:${HEDGE_ZH})?\\s*$`);
/** A yearly rate is compounded over the years (growth.ts), not the change between the two amounts. */
const ANNUAL_NEAR = /CAGR|compound|annual|a year\b|per year|each year|年均|复合|每年/i;

const isAmount = (q: Quantity) => (q.kind === 'money' || q.kind === 'count' || (q.kind === 'number' && !!q.unit)) && !q.per && !isDuration(q) && checkable(q);

function yearOf(view: SentenceView, q: Quantity): number | undefined {
  if (view.lang === 'zh') {
    const zh = YEAR_BEFORE_ZH.exec(textBefore(view, q, 20));
    return zh ? Number(zh[1]) : undefined;
  }
  // "415 TWh in 2024": the unit written after the digits is read past.
  let after = textAfter(view, q, 50);
  if (q.unit && after.trimStart().startsWith(q.unit)) after = after.trimStart().slice(q.unit.length);
  const m = YEAR_AFTER_EN.exec(after);
  return m ? Number(m[1]) : undefined;
}

/** The binder gave the two amounts two companies or two measures: two series, not one change. */
function twoSeries(view: SentenceView, a: Quantity, b: Quantity): boolean {
  const ca = claimOf(view, a);
  const cb = claimOf(view, b);
  const differ = (x?: { value: unknown }, y?: { value: unknown }) => !!x && !!y && x.value !== y.value;
  // A unit of measurement (TWh, GW) names the measure itself: the binder's measure is not needed then.
  return differ(ca?.entity, cb?.entity) || (!(a.kind === 'number' && a.unit) && differ(ca?.metric, cb?.metric));
}

function direction(m: RegExpExecArray): Direction {
  return m[1] ? 'up' : 'down';
}

/** The two like amounts a rate can be about: the sentence's own, or the sentence before's when it points back. */
function pairFor(view: SentenceView, rate: Quantity, before: SentenceView | undefined): { pair: [Quantity, Quantity]; in: SentenceView; dir: Direction } | undefined {
  const own = view.quantities.filter(isAmount);
  const opening = view.text.slice(0, rate.start - view.span.start);
  const pointer = (view.lang === 'zh' ? POINTER_RATE_ZH : POINTER_RATE_EN).exec(opening);
  if (pointer && own.length === 0 && before) {
    const theirs = before.quantities.filter(isAmount);
    return theirs.length === 2 ? { pair: [theirs[0], theirs[1]], in: before, dir: direction(pointer) } : undefined;
  }
  if (own.length !== 2 || own[1].end > rate.start) return undefined;
  const m = (view.lang === 'zh' ? TO_RATE_ZH : TO_RATE_EN).exec(gapBetween(view, own[1], rate));
  return m ? { pair: [own[0], own[1]], in: view, dir: direction(m) } : undefined;
}

export const yearPairRate: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const rate of view.quantities) {
    if (rate.kind !== 'percent' || !checkable(rate)) continue;
    if (ANNUAL_NEAR.test(textBefore(view, rate, 40) + ' ' + textAfter(view, rate, 16))) continue;
    const found = pairFor(view, rate, sentenceBefore(ctx));
    if (!found) continue;
    const [a, b] = found.pair;
    if (!sameDimension(a, b) || twoSeries(found.in, a, b)) continue;
    const ya = yearOf(found.in, a);
    const yb = yearOf(found.in, b);
    if (ya === undefined || yb === undefined || ya === yb) continue;
    const c: Change = ya < yb ? { old: a, new: b } : { old: b, new: a };
    out.push({
      check: 'arith.growth',
      result: rate,
      operands: [c.old, c.new],
      computed: growthRate(c, found.dir),
      recompute: ([o, n]) => growthRate({ old: o, new: n }, found.dir),
      formula: rateFormula(c, found.dir),
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
      gapOnRemainder: found.dir === 'down',
    });
  }
  return out;
};
