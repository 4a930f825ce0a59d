/**
 * Which metric a number measures: the trigger word nearest to it in its clause, on either side
 * ("valued at $4B", "$4B valuation", "估值40亿美元", "以60亿美元估值融资5亿美元"), among the metrics
 * whose kinds admit the number's kind (a GPU count is never revenue, a percentage never a valuation).
 *
 * Trigger words come from the metrics in the knowledge base, never from this file. A trigger in
 * another clause of the sentence is used only when the number's clause compares it with something
 * ("revenue was $60.9B, up from $27B"): elsewhere a neighbouring clause is usually about another thing.
 */
import { changesOwnSubject } from './ownChange';
import { asideWithout, inDashAside, outsideAsides } from './bracketAside';
import type { Binding, Quantity, Span } from '../model';
import { metricsOfDenominator } from './perUnit';
import type { BindingKnowledge } from './knowledge';
import { findLiterals, longestNonOverlapping, lowerAscii } from './literals';
import { triggerTable } from './triggerTable';
import { withoutLink } from './linkedClause';
import { owningTrigger } from './ownedMetric';
import { topicSegment } from './segmentTopic';
import { isAuxiliaryHave } from './auxiliaryHave';
import { pointedSegment } from './segmentAnaphor';
import { dealWorth, stakeWorth } from './stakeWorth';
import { paidForStake } from './stakePurchase';
import { valuesAThing } from './worthSubject';
import type { EntityMention } from './mentions';
import { withoutSubjects } from './parallelClause';
import { respectiveMetric } from './respectively';
import { isWhitespaceCode } from '../text/whitespace';
import { admitsAsWritten } from './riseWording';
import { isDuration } from './duration';
import { labelsOtherItem } from './enumerationLabel';
import { introducesLaterFigure } from './introducedFigure';
import { frequencyMetric, usedEveryMetric } from './usageFrequency';
import { measuresComplement } from './complementMeasure';
import { isMultipleBase, multipleYardstick } from './multipleYardstick';
import { shareOfWhole } from './shareWhole';
import { remarkAfterColon } from './remarkAfterColon';
import { withNested } from './nestedTriggers';
import { ownLineRatio } from './ownLineRatio';
import { excludedAfter } from './excludedName';
import { bareClause } from './bareClause';
import { opensAsBaseline } from './baselineUnit';

export interface TriggerMention extends Span {
  metric: string;
  /** The word names the metric ("revenue", 估值) rather than hinting at it ("reached", 支付). */
  strong: boolean;
  /** The figure the trigger was read for ("of … shipments" after "98%", see shareOf.ts), if any. */
  owner?: Span;
  /** A phrase naming what a share is of ("of … revenue", 占…营收): carried to shares, never to a change. */
  share?: boolean;
}

/**
 * How many characters nearer a hint must be to beat a word that names a metric: "annualized revenue
 * reached $1.6B" is annualized revenue, not a market-cap milestone.
 */
const HINT_PENALTY = 15;

/** What a contract or a deal is worth (stakeWorth.ts `dealWorth`). */
const DEAL_VALUE = 'deal.value';

/** Trigger words in text[from, to); overlapping ones keep the longest ("annualized revenue" over "revenue"). */
export function findTriggers(text: string, kb: BindingKnowledge, from = 0, to = text.length, lower?: string): TriggerMention[] {
  if (lower === undefined && (from > 0 || to < text.length)) {
    // A window of a long text (a figure's next few words) is read in a copy of the window, not of the
    // whole text: with the character before it and three after, which tell where a word ends.
    const start = Math.max(0, from - 1);
    const window = text.slice(start, Math.min(text.length, to + 3));
    return findTriggers(window, kb, from - start, to - start, lowerAscii(window)).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  }
  lower ??= lowerAscii(text);
  const table = triggerTable(kb);
  const hits = findLiterals(text, lower, table.literals, from, to).filter((h) => !ofPossessor(text, table.literals[h.index].text, h.end) && !ownAfterPossessive(text, table.literals[h.index].text, h.start) && !isAuxiliaryHave(text, table.literals[h.index].text, h.end)).map((h) => ({
    start: h.start,
    end: h.end,
    metric: table.metrics[h.index],
    strong: table.strong[h.index],
  }));
  // The same word may select two metrics (a "market cap" and a milestone of it): keep one per metric.
  const unique = new Map<string, TriggerMention>();
  for (const h of hits) unique.set(`${h.start}:${h.end}:${h.metric}`, h);
  return longestNonOverlapping([...unique.values()]);
}

/**
 * "of the company" names a stake, but "of the company's revenue" only its owner: a trigger opening with
 * "of" that a possessive ends is a narrowing word of what follows, not the head.
 */
function ofPossessor(text: string, trigger: string, end: number): boolean {
  return /^of\s/i.test(trigger) && /^['’]s\b/.test(text.slice(end, end + 3));
}

/**
 * "funds own 80%" names a stake, but "its own year-ago figure", "SK hynix's own results" use "own" as an
 * adjective after a possessive: no verb of holding.
 */
function ownAfterPossessive(text: string, trigger: string, start: number): boolean {
  return /^own$/i.test(trigger) && /(?:['’]s|(?<![A-Za-z])(?:its|their|his|her|our|my|your|whose))\s+$/i.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * Words that make a clause continue the measure of another: a comparison ("up from $27B", 较, 相比),
 * a ranking ("ahead of OpenAI at 35%"), a contrast of two figures for one thing ("while the FT put it at $2B", 而《金融时报》给出的…), or
 * "also" ("第三财季单季也有184亿美元", "…也只有45亿美元": the same measure for another period or subject).
 * Not the "up" or "down" of a mark ("was marked up twice: $2 billion in May, …"): the marks are
 * valuations as written, not changes of a measure named elsewhere in the sentence.
 */
const COMPARISON =
  /(?<![A-Za-z])(?:from|compared (?:with|to)|versus|vs\.?|than|ahead of|behind|(?<!\bmark(?:ed|s|ing)?\s+(?:(?:it|them)\s+)?)(?:up|down)|while|whereas|also|too)(?![A-Za-z])|比|较|相比|同比|环比|从|增至|升至|降至|高于|低于|(?<![因然从进继])而(?!且)|也(?=只?有|达|是|为|超|在)/i;

export interface MetricInput {
  text: string;
  /** Non-space characters between two offsets of the text (see nonSpaceCounter). */
  gap: (from: number, to: number) => number;
  quantity: Quantity;
  clause: Span;
  sentence: Span;
  /** Trigger words of the sentence. */
  triggers: readonly TriggerMention[];
  /** All quantities of the sentence (the bound one included). */
  quantities: readonly Quantity[];
  /** Where the sentence names known subjects (entity mentions), for clauses that only change the subject. */
  subjects?: readonly EntityMention[];
  /** Where the sentence names periods the period reader understands ("第二财季", "the June quarter"). */
  periods?: readonly Span[];
  /** Where the whole sentence names known subjects: a segment's possessor in a clause of its own (segmentTopic.ts). */
  mentions?: readonly (Span & { entity?: string })[];
}

export function bindMetric(input: MetricInput, kb: BindingKnowledge): Binding<string> | undefined {
  const { quantity: q, clause, sentence, text } = input;
  // "non-AI growth was 24 points": the rest, not the measure the noun names (complementMeasure.ts).
  if (measuresComplement(text, q, clause, input.quantities, sentence)) return undefined;
  const table = triggerTable(kb);
  // A trigger inside another number belongs to it; one inside this number ("6 percentage points",
  // "3倍") is the number's own unit word, a hint only (cost() treats it as weak).
  // A price per share is a per-share measure, whatever else its clause names (perUnit.ts).
  const denominated = metricsOfDenominator(q, text, clause, kb);
  // "$14 billion was 10 times the $1.4 billion of ARR": the yardstick's measure is not the numerator's (multipleYardstick.ts).
  const yardstick = multipleYardstick(text, q, clause, input.quantities);
  // "cloud was 40% of the $9 billion quarter": the part's measure word is not the whole's (shareWhole.ts).
  const share = shareOfWhole(text, q, clause, input.quantities);
  const usable = withNested(input.triggers, q, text, kb).filter(
    (t) =>
      !(yardstick && t.start >= yardstick.start && t.end <= yardstick.end) &&
      !(share && t.end <= share.start) &&
      kb.metrics.get(t.metric)?.kinds.includes(q.kind) &&
      // "增长约1.7倍" is how far something grew, never a valuation multiple (riseWording.ts).
      admitsAsWritten(t.metric, q, text, kb) &&
      // "未命中0.27美元、输出1.10美元": the next item's label is not this figure's (enumerationLabel.ts).
      !labelsOtherItem(text, t, q, input.quantities) &&
      // "the $200B figure with data-center revenue of $18.4 billion": the word is the later figure's (introducedFigure.ts).
      !introducesLaterFigure(text, t, q, input.quantities, (o) => kb.metrics.get(t.metric)?.kinds.includes(o.kind) ?? false) &&
      (denominated.length === 0 || denominated.includes(t.metric)) &&
      // (A phrase read for this very figure may hold a year: "62% of 2024 revenue".)
      // A span of time inside the trigger is the measure's own word, not another figure: 一天之内市值增加
      // names a one-day gain.
      (ownedBy(t, q) || !input.quantities.some((o) => !sameSpan(o, q) && o.start < t.end && t.start < o.end && !isDuration(text, o))) &&
      !(countsItsOwnThing(q) && input.quantities.some((o) => !sameSpan(o, q) && between(o, q, t))) &&
      !remarkAfterColon(text, q, t, sentence) &&
      // "the loss was 45% of revenue": a ratio of the company's own lines, not a share of revenue (ownLineRatio.ts).
      !ownLineRatio(t, q, clause, input.triggers) &&
      // "100亿美元（不含授权收入）": a measure the figure leaves out is not its measure (excludedName.ts).
      !excludedAfter(text, q.end, t) &&
      !asideOfAnotherFigure(t, input, kb),
  );
  const costs = new Map<TriggerMention, number>();
  const rank = (t: TriggerMention) => {
    let c = costs.get(t);
    if (c === undefined) costs.set(t, (c = cost(t, input, kb)));
    return c;
  };
  const pick = (candidates: TriggerMention[]) =>
    candidates.sort(
      (a, b) =>
        rank(a) - rank(b) ||
        b.end - b.start - (a.end - a.start) ||
        (table.order.get(a.metric) ?? 0) - (table.order.get(b.metric) ?? 0),
    )[0];
  // "100 million people used ChatGPT every month": the verb and the name split "people a month" (usageFrequency.ts).
  const usedEvery = usedEveryMetric(text, q, kb);
  if (usedEvery) return { value: usedEvery.metric, how: 'explicit', span: { start: usedEvery.start, end: usedEvery.end } };
  const respective = respectiveMetric(text, q, sentence, usable, input.quantities);
  if (respective) return respective;
  const inClause = outsideAsides(text, usable, q, clause).filter((t) => t.start >= clause.start && t.end <= clause.end);
  if (denominated.length > 0 && inClause.length === 0) return { value: denominated[0], how: 'explicit', span: { start: q.start, end: q.end } };
  if (inClause.length > 0) {
    const nearest = pick(inClause);
    // A segment named in a clause of its own as the subject of this one owns its general word (segmentTopic.ts).
    // So does a unit pointed back at ("the segment made …", 该业务…: segmentAnaphor.ts).
    const t =
      owningTrigger(nearest, inClause, text, input.quantities) ??
      (input.mentions && topicSegment(nearest, { ...input, mentions: input.mentions })) ??
      pointedSegment(nearest, text, clause, Math.min(nearest.start, q.start), kb) ??
      nearest;
    // What a stake or a thing is worth is not the company's valuation (stakeWorth.ts, worthSubject.ts).
    // A contract or a deal that "is worth" the figure states the deal's value.
    if (t.metric.split('.')[0] === 'valuation' && dealWorth(text, sentence, t) && kb.metrics.get(DEAL_VALUE)?.kinds.includes(q.kind)) return { value: DEAL_VALUE, how: 'explicit', span: { start: t.start, end: t.end } };
    if (t.metric.split('.')[0] === 'valuation' && (stakeWorth(text, sentence, t) || valuesAThing(text, sentence, t, input.subjects ?? []))) return undefined;
    // A multiple's own unit word (倍, "x") only hints at a measure: "3倍" says "times", not times what
    // ("客户数是一年前的3倍" is no valuation multiple). Bound by it alone, the metric is a reading of the
    // sentence, not its words: a contradiction or another metric on it informs, never warns.
    const ownUnitOnly = q.kind === 'multiple' && t.start >= q.start && t.end <= q.end;
    // "weekly ChatGPT users", "每周有8亿用户": a frequency written apart from the noun still qualifies it (usageFrequency.ts).
    // "paid $14.3 billion for a 49% stake": money paid for equity is an investment (stakePurchase.ts).
    const metric = frequencyMetric(text, t, q, kb) ?? (t.metric === 'deal.value' && paidForStake(text, q, sentence) && kb.metrics.has('investment') ? 'investment' : t.metric);
    return { value: metric, how: ownUnitOnly ? 'sentence' : 'explicit', span: { start: t.start, end: t.end } };
  }
  // "2023年资本开支323亿美元,2024年52.5亿美元": a clause that is only a period and the number continues
  // the measure of the clause before it; so does one that only links it ("，达到768亿美元", linkedClause.ts)
  // or only names another subject ("，谷歌为525亿美元", parallelClause.ts).
  // Any period the period reader understands is a period word here, not only the ones listed below, and
  // other figures of the number's kind are the series' other entries ("$23.6 billion in Q2 and $30.8
  // billion in Q3").
  const entries = input.quantities.filter((o) => !sameSpan(o, q) && o.kind === q.kind);
  const clauseText = blankSpans(text.slice(clause.start, clause.end), clause.start, [...(input.periods ?? []), ...entries]);
  const unlinked = withoutLink(clauseText, q, input.quantities.filter((o) => o.end <= clause.start));
  const subjectless = input.subjects && withoutSubjects(clauseText, clause.start, q, input.subjects, input.quantities);
  const dated = (input.periods ?? []).some((p) => p.start >= clause.start && p.end <= clause.end);
  const series = bareClause(clauseText, q, dated);
  // A hedge beside a new subject ("，Meta约2.24万块") says how exact its entry is: the subject makes the
  // clause a row of the series, not an appositive restating the figure before.
  if (series || (unlinked !== undefined && bareClause(unlinked, q, dated)) || (subjectless !== undefined && bareClause(subjectless, q, true))) {
    // The base of a multiple ("是收入的15倍") compares; the measure the series continues is a figure's own.
    // A word between parenthetical dashes is the aside's, not the series' (bracketAside.ts).
    const before = [
      ...usable.filter((t) => carries(t, q, text) && t.start >= sentence.start && t.end <= clause.start && !isMultipleBase(text, t, input.quantities) && !inDashAside(text, t, q, sentence)),
      // "100 million weekly users in November 2023, 200 million in October 2024": the measure word is the
      // first entry's unit, read inside that figure; the bare entries after it count the same thing.
      ...(series ? unitOfEarlierEntry(input, kb) : []),
    ];
    if (before.length > 0) {
      const t = before.reduce((a, b) => (b.end > a.end ? b : a));
      // A clause of nothing but a period and the figure continues a series ("第一财季数据中心收入226亿美元，
      // 第二财季236亿美元"): the measure is named once for the row, as a table's header names it for its
      // column, and binds as plainly. A linked clause ("or about $6.2 billion") may restate another
      // figure than the trigger's, and a new subject another's measure: those stay the sentence's.
      return { value: t.metric, how: series ? 'explicit' : 'sentence', span: { start: t.start, end: t.end } };
    }
  }
  if (!COMPARISON.test(text.slice(clause.start, clause.end)) && !shareOfSentence(q, text)) return undefined;
  // "…, and Harvey went from $3 billion to $8 billion": a new subject's own change (ownChange.ts).
  if (changesOwnSubject(text, clause, q, sentence, input.subjects, input.mentions)) return undefined;
  // "took in $12 billion, 30% more than the $9.2 billion of a year before": a percentage set against an
  // amount is that amount's change, never a level percentage (a margin, a share) named elsewhere.
  if (q.kind === 'percent' && changeOfAmount(text, q, input.quantities)) return undefined;
  // "…455亿美元，同比增长359%，次日股价大涨": a change measures what came before it, not a later clause's measure.
  const end = CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start)) ? clause.end : sentence.end;
  const inSentence = usable.filter((t) => carries(t, q, text) && t.start >= sentence.start && t.end <= end);
  // "300 million weekly users, up from 100 million": the baseline counts what the earlier count does (baselineUnit.ts).
  if (inSentence.length === 0 && opensAsBaseline(text, clause, q)) inSentence.push(...unitOfEarlierEntry(input, kb));
  if (inSentence.length === 0) return undefined;
  const t = pick(inSentence);
  return { value: t.metric, how: 'sentence', span: { start: t.start, end: t.end } };
}

/**
 * Trigger words that are the unit of an earlier figure of the series ("100 million weekly users", "480万亿
 * tokens"): a count before the clause, in the sentence, of the figure's kind (a bare number continues a
 * count), whose own words hold a measure that admits the figure.
 */
function unitOfEarlierEntry(input: MetricInput, kb: BindingKnowledge): TriggerMention[] {
  const { quantity: q, clause, sentence } = input;
  if (q.kind !== 'count' && q.kind !== 'number') return [];
  const entries = input.quantities.filter((o) => o.kind === 'count' && o.start >= sentence.start && o.end <= clause.start);
  return input.triggers.filter(
    (t) => t.strong && (kb.metrics.get(t.metric)?.kinds.includes(q.kind) ?? false) && entries.some((o) => o.start <= t.start && t.end <= o.end),
  );
}

/** Between a percentage and the amount it is set against: "more than the", "lower than about". */
const MORE_THAN_AMOUNT = /^\s*(?:more|less|higher|lower|larger|smaller|greater|bigger|above|below)\s+than\s+(?:the\s+|its\s+|their\s+)?(?:(?:about|around|roughly|nearly|almost|some)\s+)?$/i;

/** The percentage `q` is written "X% more than" an amount of money or a count right after it. */
function changeOfAmount(text: string, q: Quantity, quantities: readonly Quantity[]): boolean {
  const next = quantities.find((o) => o.start >= q.end);
  return next !== undefined && (next.kind === 'money' || next.kind === 'count') && MORE_THAN_AMOUNT.test(text.slice(q.end, next.start));
}

/** `part` (text from offset `from`) with the spans inside it blanked to spaces (same length). */
function blankSpans(part: string, from: number, spans: readonly Span[]): string {
  let out = part;
  for (const s of spans) {
    if (s.start < from || s.end > from + part.length) continue;
    out = out.slice(0, s.start - from) + ' '.repeat(s.end - s.start) + out.slice(s.end - from);
  }
  return out;
}

/** A word in brackets that leave out q and hold a figure it may measure ("3.12亿元（净亏损29.58亿元）"). */
function asideOfAnotherFigure(t: TriggerMention, input: MetricInput, kb: BindingKnowledge): boolean {
  const aside = asideWithout(input.text, t, input.quantity, input.sentence);
  const kinds = kb.metrics.get(t.metric)?.kinds ?? [];
  return !!aside && input.quantities.some((o) => o.start >= aside.start && o.end <= aside.end && kinds.includes(o.kind));
}

/**
 * A figure written as a change ("up 220%", "同比增长约217%") is a growth rate: a share named in another
 * clause is not its measure, though a level compared with it is ("up from 8.4%", "从8.4%升至20.1%").
 */
const CHANGE_BEFORE =
  /(?:(?<![A-Za-z])(?:up|down|rose|fell|grew|jumped|increased|decreased|by)|增长|下降|增加|减少|上涨|下跌)\s*(?:about|around|roughly|nearly|约|近)?\s*$/i;

/**
 * "2023年HBM市场中,SK海力士占50%,三星占30%": a bare 占 before a share takes what the share is of from
 * the rest of the sentence.
 */
const SHARE_VERB_BEFORE = /占(?:到|了)?\s*(?:约|近)?\s*$/;

function shareOfSentence(q: Quantity, text: string): boolean {
  return q.kind === 'percent' && SHARE_VERB_BEFORE.test(text.slice(Math.max(0, q.start - 6), q.start));
}

function carries(t: TriggerMention, q: Quantity, text: string): boolean {
  return !t.share || !CHANGE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start));
}

/**
 * Distance from the trigger to the number in non-space characters, plus a penalty for mere hints and
 * for triggers that belong to a nearer number.
 */
function cost(t: TriggerMention, input: MetricInput, kb: BindingKnowledge): number {
  const q = input.quantity;
  const kinds = kb.metrics.get(t.metric)?.kinds ?? [];
  // A word of the figure's own denominator ("$0.06 per 1K completion tokens") names its measure before
  // any word of the figure before it ("… prompt tokens and $0.06 …").
  if (t.start >= q.end && OWN_DENOMINATOR.test(input.text.slice(q.end, t.start))) return 0;
  const own = distance(input.gap, t, q);
  // Another number the trigger admits, nearer to it, takes it first: "以60亿美元估值融资5亿美元".
  const claimed = input.quantities.some(
    (o) => !sameSpan(o, q) && kinds.includes(o.kind) && distance(input.gap, t, o) < own + CLAIM_TOLERANCE,
  );
  const inside = t.start < q.end && q.start < t.end;
  // A phrase read for another figure is that figure's more surely than a word merely nearer to it.
  const ownedByOther = t.owner !== undefined && !ownedBy(t, q);
  // A unit of measurement glued to the number (945亿千瓦时, 6吉瓦) names its measure as surely as the
  // measure's name; other words inside a number ("6 percentage points", 3倍) only hint at one.
  const named = inside ? isMeasurement(q) : t.strong;
  return own + (claimed ? 1000 : 0) + (ownedByOther ? 2000 : 0) + (named ? 0 : HINT_PENALTY);
}

/** A number read with a unit of measurement (TWh, GW, W, TB/s), not a count, a share or a multiple. */
function isMeasurement(q: Quantity): boolean {
  return q.kind === 'number' && q.unit !== undefined;
}

/** Between a price and a word of its denominator: "per", "per 1K", "per million", "/". */
const OWN_DENOMINATOR = /^\s*(?:per|\/|a|an|each)\s*(?:(?:[\d.,]+\s*[kKmM]?|thousand|million)\s+)?$/i;

/**
 * A count that names what it counts ("250,000 GPUs") does not reach past another number for a trigger:
 * in "250,000 GPUs in 42 data centres" the data centres are 42's.
 */
function countsItsOwnThing(q: Quantity): boolean {
  return q.kind === 'count' && q.unit !== undefined;
}

/** Span o lies between spans a and b. */
export function between(o: Span, a: Span, b: Span): boolean {
  return a.end <= b.start ? o.start >= a.end && o.end <= b.start : o.start >= b.end && o.end <= a.start;
}

function ownedBy(t: TriggerMention, q: Span): boolean {
  return t.owner !== undefined && sameSpan(t.owner, q);
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * A trigger about as near to another number belongs to it: in "以6.5亿美元收购了估值一度达到40亿美元的…"
 * 估值 is three characters after 6.5亿 but four before 40亿, and it is 40亿's.
 */
const CLAIM_TOLERANCE = 2;

/** Non-space characters between two spans. */
function distance(gap: MetricInput['gap'], a: Span, b: Span): number {
  const [from, to] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  return to > from ? gap(from, to) : 0;
}

/**
 * Counts non-space characters between offsets in O(1) after one pass over the text, so that distances
 * (in characters a reader sees, whatever the spacing of two scripts) cost nothing per comparison.
 */
export function nonSpaceCounter(text: string): (from: number, to: number) => number {
  const before = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) before[i + 1] = before[i] + (isWhitespaceCode(text.charCodeAt(i)) ? 0 : 1);
  return (from, to) => before[Math.min(to, text.length)] - before[Math.max(0, Math.min(from, text.length))];
}
