/**
 * A share whose whole is named by its measure, checked against the figure of that measure the paragraph
 * states: "revenue was $39.3 billion, of which data center was $35.6 billion, or 85% of the quarter's
 * revenue", "营收393.3亿美元；其中数据中心356亿美元，占当季营收的85%", "fiscal 2023's $15.01 billion, which
 * had itself been 66% of that year's revenue" (the year's revenue in the sentence before).
 *
 * The phrase shapes of percentOf.ts and named.ts match the whole by its wording; here the whole is found
 * by what the binder read. The words naming the whole ("the quarter's revenue", 当季营收) are read with
 * the metric triggers of data/metrics.yaml: their head must be one trigger, with only determiners,
 * possessives and period words before it and nothing that continues the noun after it ("revenue growth",
 * 营收增长的 are a share of growth). The whole is then the one figure of that metric, for the share's
 * entity and period, that this sentence or an earlier one of the paragraph states: two candidates (two
 * quarters' revenue, one of them undated) say nothing. The part is the amount the share restates: the
 * figure right before it, of the whole's unit, with only a restating cue between (", or", "，占", "which
 * had been"). A whole in another sentence is probable at most (a warning), with no fix.
 */
import type { Claim, Period, Quantity, Span } from '../../model';
import { findTriggers } from '../../bind/metrics';
import { isBaseline } from '../../bind/changeBase';
import { namesNarrowerMeasure } from '../../bind/qualifiedLabel';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { claimOf, clauseOf, gapBetween, isDuration, neighbour, textAfter, type SentenceView } from './view';

/** "$35.6 billion, or 85%", "$15.01 billion, which had itself been 66%", "$35.6 billion (85%". */
const RESTATING_EN = new RegExp(
  `^[\\s,(—–-]*(?:(?:or|i\\.e\\.,?|that is,?|representing|accounting for|making up|equal to|which (?:(?:had|has)\\s+)?(?:itself\\s+)?(?:is|was|were|are|been|represented|accounted for|made up))\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "of the quarter's revenue": "of", then the whole's words up to a punctuation mark. */
const OF_WHOLE_EN = /^\s+of\s+([^,.;:()—–]{1,48})/i;
/** Words that may stand before the whole's measure without narrowing it. */
const WHOLE_PREFIX_EN =
  /^(?:(?:the|its|their|his|her|our|total|overall|whole|entire|combined|full-year|quarterly|annual|same|that|this|last|fiscal|calendar|year|quarter|period|Q[1-4]|\d{4}|[A-Z][\w.&-]*['’]s|[a-z]+['’]s?)\s+)*$/;
/** What may follow the measure: the end of the phrase, or a word that starts another phrase. */
const WHOLE_END_EN = /^(?:\s*$|\s+(?:in|for|during|over|at|by|from|that|which|and|as|while|when|than|on|to|with|this|last|a)\b)/i;
/** "，占当季营收的", "，后者占当年营收的": the part's copula (after a word pointing back at it), the whole's words, 的. */
const RESTATING_ZH = new RegExp(
  `^\\s*[，,（(]?\\s*(?:后者|这一?数字|该数字)?(?:已经|已|则|也|仅|就|约)*\\s*(?:约占|占了|占到|占)([^，,。；;（()）]{1,14}?)的\\s*(?:比重|比例|份额|占比)?(?:约为|约是|为|是|达到|达)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** Words that may stand before the whole's measure in Chinese without narrowing it. */
const WHOLE_PREFIX_ZH = /^(?:当季|当期|同期|全年|当年|本季度?|该季度|单季|季度|财年|年度|公司|集团|其|该公司|整体|\d{4}(?:财)?年|第?[一二三四1-4]财?季度?|[A-Za-z][\w.&-]*)*$/;

/**
 * Words before the measure that leave it whole: the determiners, possessives and period words above, or
 * (for a measure others are a share of) the companies, periods and neutral words a table label may put
 * before it ("英伟达营收", "2024 revenue": qualifiedLabel.ts).
 */
function leavesWhole(words: string, head: Span, metric: string, lang: 'en' | 'zh', ctx: RelationContext): boolean {
  if ((lang === 'zh' ? WHOLE_PREFIX_ZH : WHOLE_PREFIX_EN).test(words.slice(0, head.start))) return true;
  const hasParts = [...ctx.kb.metrics.values()].some((m) => m.shareOf === metric);
  return hasParts && !namesNarrowerMeasure(words, { start: 0, end: head.end }, head, metric, ctx.kb);
}

/** The metric the words naming a whole head, when they name exactly one measure and nothing narrows it. */
function wholeMetric(words: string, lang: 'en' | 'zh', ctx: RelationContext): string | undefined {
  const triggers = findTriggers(words, ctx.kb).filter((t) => t.strong);
  if (triggers.length !== 1) return undefined;
  const [head] = triggers;
  const after = words.slice(head.end);
  const ends = lang === 'zh' ? after.trim() === '' : WHOLE_END_EN.test(after);
  return ends && leavesWhole(words, head, head.metric, lang, ctx) ? head.metric : undefined;
}

interface ShareStatement {
  part: Quantity;
  metric: string;
}

/** The part a share restates and the metric of the whole it names, or nothing. */
function statementOf(view: SentenceView, ctx: RelationContext, p: Quantity): ShareStatement | undefined {
  const part = neighbour(view, p, -1);
  if (!part || (part.kind !== 'money' && part.kind !== 'count') || isDuration(part) || part.per || !checkable(part)) return undefined;
  const gap = gapBetween(view, part, p);
  if (view.lang === 'zh') {
    const m = RESTATING_ZH.exec(gap);
    const metric = m ? wholeMetric(m[1].trim(), 'zh', ctx) : undefined;
    return metric ? { part, metric } : undefined;
  }
  if (!RESTATING_EN.test(gap)) return undefined;
  const of = OF_WHOLE_EN.exec(textAfter(view, p, 60));
  const metric = of ? wholeMetric(of[1], 'en', ctx) : undefined;
  return metric ? { part, metric } : undefined;
}

function samePeriod(a: Period | undefined, b: Period | undefined): boolean {
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;
}

/** The period the share's own sentence gives it: one carried from elsewhere may be another figure's. */
function ownPeriod(c: Claim): Period | undefined {
  return c.period && (c.period.how === 'explicit' || c.period.how === 'sentence') ? c.period.value : undefined;
}

/** "较2022年的60亿美元", "相比上年同期的": a Chinese baseline dated by its year (the binder's cue allows no digits). */
const DATED_BASELINE_ZH = /(?:较|相比于?|(?<![同环占])比)\s*(?:\d{4}\s*(?:财)?年(?:度)?|上年|去年|上一?财年)(?:同期)?的?\s*$/;

/**
 * A figure a comparison starts from ("up from $47.5 billion", "versus $60.9 billion", 较/比…) is some
 * measure's earlier level, never the whole of a share: in "$115.2 billion, or 88% of sales, up from $47.5
 * billion" it is the part's own prior year. Read over a bounded window before the figure (the cue is short).
 */
function introducedAsBaseline(v: SentenceView, q: Span): boolean {
  const clause = clauseOf(v, q);
  const rel = (o: number) => o - v.span.start;
  const start = Math.max(rel(clause.start), rel(q.start) - 80);
  if (DATED_BASELINE_ZH.test(v.text.slice(start, rel(q.start)))) return true;
  return isBaseline(v.text, { start: rel(q.start), end: rel(q.end) }, { start, end: rel(clause.end) });
}

interface Whole {
  q: Quantity;
  here: boolean;
  period: Period | undefined;
}

/**
 * The one figure of the metric, for the share's entity, whose period may be the share's. A figure of
 * another period is not a candidate; an undated one is, so it makes the whole ambiguous. A share its own
 * sentence does not date may be of any figure of the measure: the paragraph must hold only one, in the
 * share's own sentence.
 */
function wholeFor(view: SentenceView, ctx: RelationContext, share: Claim, st: ShareStatement): Whole | undefined {
  const period = ownPeriod(share);
  const found: Whole[] = [];
  for (const v of [view, ...(ctx.earlier ?? [])]) {
    for (const q of v.quantities) {
      const c = claimOf(v, q);
      if (!c || q.start === st.part.start || c.metric?.value !== st.metric || c.entity?.value !== share.entity?.value) continue;
      if (introducedAsBaseline(v, q)) continue;
      const own = c.period && c.period.how !== 'document' ? c.period.value : undefined;
      if (own && period && !samePeriod(own, period)) continue;
      found.push({ q, here: v === view, period: own });
    }
  }
  if (found.length !== 1) return undefined;
  const [whole] = found;
  const placed = period ? samePeriod(whole.period, period) : whole.here;
  return placed && checkable(whole.q) && sameDimension(st.part, whole.q) ? whole : undefined;
}

export const shareOfBoundWhole: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const share = claimOf(view, p);
    if (!share?.entity) continue;
    const st = statementOf(view, ctx, p);
    const whole = st && wholeFor(view, ctx, share, st);
    if (!st || !whole) continue;
    out.push(writtenShare(view.lang, p, st.part, whole.q, whole.here ? 'explicit' : 'probable'));
  }
  return out;
};
