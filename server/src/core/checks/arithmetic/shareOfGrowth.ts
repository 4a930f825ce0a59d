/**
 * The share of a growth rate that one part contributed, when the contribution is written in percentage
 * points: "AI was 6 of Azure's 30 points, a third of the growth", "roughly half of Azure's growth (16 of
 * 33 points)", "AI贡献8个百分点，占当季Azure增速29%的28%", "Azure增长31%，AI贡献13个百分点，占增速的约42%".
 *
 * Points of growth and the growth rate they are part of are in one unit (a 31% rise is 31 points), so
 * their quotient is the share, whatever the metric is. percentOf.ts leaves points alone ("6 points of
 * growth" is no share of a base); here the share itself must say it is of the growth ("of the growth",
 * "of Azure's growth", "占…增速的", "占…增长的"), which is what licenses dividing the two.
 *
 * Three wordings, in one clause:
 * - "P of G points" right beside the share (explicit);
 * - "P，占…增速G的S": the rate written inside the share's own phrase, the points right before it (explicit);
 * - the clause's one growth rate (a percentage after 增长/增速/grew/growth…) and its one amount of points,
 *   both before the share (probable: paired by being the only ones);
 * - "AI added 12 points, more than half of Azure's 33% growth": the rate written inside the share's own
 *   phrase, the clause's one contributed amount of points before the share (probable).
 */
import type { Quantity } from '../../model';
import { div, scale, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { clauseOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** "of the growth", "of Azure's growth", "of its revenue growth". */
const OF_GROWTH_EN = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:[\w.&-]+['’]s\s+)?(?:[a-z]+\s+)?(?:growth|increase|rise|gain)\b/i;
/** "占增速的", "占当季Azure增速的约", "占收入增长的": the share names the growth as its base. */
const OF_GROWTH_ZH = new RegExp(`占[^，,。；;\\d]{0,12}(?:增速|增长|增幅)的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "占当季Azure增速": the phrase before a rate written inside the share ("…增速29%的35%"). */
const GROWTH_NAMED_ZH = /占[^，,。；;\d]{0,12}(?:增速|增长|增幅)\s*$/;
/** "的", "的约": between the rate written inside the share and the share. */
const OF_ZH = new RegExp(`^\\s*的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "of Azure's", "of the": between a share and a growth rate written inside its phrase. */
const OF_RATE_EN = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:[\w.&-]+['’]s\s+)?$/i;
/** "growth", "revenue growth", "rise": what the rate inside the share's phrase is. */
const RATE_IS_GROWTH_EN = /^\s*(?:[a-z]+\s+)?(?:growth|increase|rise|gain)\b/i;
/** "6 of Azure's 30 points", "16 of 33 points". */
const OF_POINTS_EN = /^\s*of\s+(?:(?:the|its|their)\s+)?(?:[\w.&-]+['’]s\s+)?$/i;
/** A growth rate: the percentage right after a growth word ("增长31%", "grew 31%", "growth of 31%"). */
const GROWTH_BEFORE = new RegExp(
  `(?:增长|增速|增幅|增速为|增长了|同比增长|环比增长)(?:了|为|达|约|${HEDGE_ZH})*\\s*$|\\b(?:grew|grown|growth of|growth was|rose|up)\\s+(?:by\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/**
 * Points that are a contribution, not a change of some level: English names the contribution ("AI
 * contributed 13 points"); Chinese points after a change-by verb ("毛利率提升了2个百分点") are a margin's move.
 */
const CONTRIBUTED_EN = /\b(?:contribut\w*|added|accounted for|drove|delivered)\b[^.;\d]{0,20}$/i;
const CHANGED_BY_ZH = new RegExp(`(?:提升|提高|上升|下降|增加|减少|扩大|收窄|改善|下滑|回落|降低)了?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** ", a" / "，" / "(" (after the points' own unit word): what may sit between the "P of G points" pair and the share. */
const APPOSITION = new RegExp(`^\\s*(?:(?:percentage\\s+)?points?|pts?|pp)?\\s*[,，(（—–-]?\\s*(?:(?:or|about|roughly|around|nearly|almost|just over|just under|more than|less than|a bit (?:over|under))\\s+)*$`, 'i');

interface Read {
  part: Quantity;
  whole: Quantity;
  certainty: Certainty;
}

function isPoints(q: Quantity | undefined): q is Quantity {
  return !!q && q.kind === 'points' && checkable(q);
}

function sameClause(view: SentenceView, a: Quantity, b: Quantity): boolean {
  return clauseOf(view, a).start === clauseOf(view, b).start;
}

/** "P of G points" beside the share, before it ("6 of 30 points, a third of the growth") or after it in brackets. */
function pointsPair(view: SentenceView, s: Quantity): Read | undefined {
  const before = neighbour(view, s, -1);
  const first = before && neighbour(view, before, -1);
  if (before && first && isPoints(before) && APPOSITION.test(gapBetween(view, before, s)) && pairOfPoints(view, first, before)) {
    return { part: first, whole: before, certainty: 'explicit' };
  }
  const part = neighbour(view, s, 1);
  const whole = part && neighbour(view, part, 1);
  if (part && whole && isPoints(whole) && /^[^\d]{0,40}[(（]\s*$/.test(gapBetween(view, s, part)) && pairOfPoints(view, part, whole)) {
    return { part, whole, certainty: 'explicit' };
  }
  return undefined;
}

function pairOfPoints(view: SentenceView, part: Quantity, whole: Quantity): boolean {
  return (part.kind === 'number' || part.kind === 'points') && checkable(part) && OF_POINTS_EN.test(gapBetween(view, part, whole));
}

/** "P，占当季Azure增速G的S". */
function rateInsideShare(view: SentenceView, s: Quantity): Read | undefined {
  const g = neighbour(view, s, -1);
  if (!g || g.kind !== 'percent' || !checkable(g) || !OF_ZH.test(gapBetween(view, g, s))) return undefined;
  if (!GROWTH_NAMED_ZH.test(textBefore(view, g, 24))) return undefined;
  const p = neighbour(view, g, -1);
  if (!isPoints(p) || !/^\s*[，,]?\s*$/.test(gapBetween(view, p, g).replace(GROWTH_NAMED_ZH, ''))) return undefined;
  return { part: p, whole: g, certainty: 'explicit' };
}

/** The clause's one growth rate and one amount of points, both before the share. */
function onlyPairBefore(view: SentenceView, s: Quantity): Read | undefined {
  const before = view.quantities.filter((q) => q.end <= s.start && !isDuration(q) && sameClause(view, q, s));
  const points = before.filter((q) => q.kind === 'points');
  const rates = before.filter((q) => q.kind === 'percent');
  if (points.length !== 1 || rates.length !== 1 || !isPoints(points[0]) || !checkable(rates[0])) return undefined;
  const lead = textBefore(view, points[0], 30);
  if (view.lang === 'en' ? !CONTRIBUTED_EN.test(lead) : CHANGED_BY_ZH.test(lead)) return undefined;
  if (!GROWTH_BEFORE.test(textBefore(view, rates[0], 16))) return undefined;
  return { part: points[0], whole: rates[0], certainty: 'probable' };
}

/** "P points …, S of Azure's G% growth": the rate inside the share's phrase, the contributed points before it. */
function rateAfterShare(view: SentenceView, s: Quantity): Read | undefined {
  const g = neighbour(view, s, 1);
  if (!g || g.kind !== 'percent' || !checkable(g) || !OF_RATE_EN.test(gapBetween(view, s, g)) || !RATE_IS_GROWTH_EN.test(textAfter(view, g, 30))) return undefined;
  const points = view.quantities.filter((q) => q.end <= s.start && q.kind === 'points' && sameClause(view, q, s));
  if (points.length !== 1 || !isPoints(points[0]) || !CONTRIBUTED_EN.test(textBefore(view, points[0], 30))) return undefined;
  if (view.quantities.some((q) => q.end <= s.start && q.kind === 'percent' && sameClause(view, q, s))) return undefined;
  return { part: points[0], whole: g, certainty: 'probable' };
}

function ofGrowth(view: SentenceView, s: Quantity): boolean {
  return view.lang === 'zh' ? OF_GROWTH_ZH.test(textBefore(view, s, 30)) || OF_ZH.test(textBefore(view, s, 4)) : OF_GROWTH_EN.test(textAfter(view, s, 40));
}

export const shareOfGrowth: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (!view.quantities.some((q) => q.kind === 'points')) return out;
  for (const s of view.quantities) {
    if ((s.kind !== 'percent' && s.kind !== 'ratio') || !checkable(s)) continue;
    const inside = view.lang === 'en' ? rateAfterShare(view, s) : undefined;
    if (!inside && !ofGrowth(view, s)) continue;
    const read = inside ?? pointsPair(view, s) ?? rateInsideShare(view, s) ?? (OF_GROWTH_ZH.test(textBefore(view, s, 30)) || view.lang === 'en' ? onlyPairBefore(view, s) : undefined);
    if (!read || read.part.value > read.whole.value) continue;
    const quotient: Interval = div(intervalOf(read.part), intervalOf(read.whole));
    const percent = s.kind === 'percent';
    out.push({
      check: percent ? 'arith.percent-of' : 'arith.ratio',
      result: s,
      operands: [read.part, read.whole],
      computed: percent ? scale(quotient, 100) : quotient,
      formula: `${read.part.text} ÷ ${read.whole.text}`,
      certainty: read.certainty,
      lang: view.lang,
      noFix: read.certainty !== 'explicit',
    });
  }
  return out;
};
