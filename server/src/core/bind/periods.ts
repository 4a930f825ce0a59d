/**
 * Finds period expressions in a span of text and resolves them to Periods.
 *
 * Every pattern (English and Chinese) runs over the span; overlapping matches keep the longest
 * ("Q3 FY2024" over "FY2024" over "2024"). Year-less expressions ("12月", "the third quarter") take
 * the year of the nearest explicit year written before them in the span, else the document's year
 * when that is not in the future, else the year before (unless the span speaks of what is to come).
 * Fiscal expressions use the fiscal year end given in the context.
 */
import { datesComparedFigure } from './changeBase';
import type { Period, Span } from '../model';
import { EN_PATTERNS, EN_SINCE_BEFORE, EN_SINCE_EVENT_BEFORE, type PeriodPattern } from './periodPatternsEn';
import { ZH_FROM_BEFORE, ZH_PATTERNS, ZH_RANGE_AFTER, ZH_SINCE_AFTER, ZH_SINCE_BEFORE, ZH_SINCE_EVENT_AFTER, ZH_SINCE_EVENT_BEFORE } from './periodPatternsZh';
import { explicitYear, fromPeriod, otherReading, resolveSpec, sincePeriod, specKind, type PeriodSpec, type ResolveEnv } from './periodSpec';
import { runsFromDate, sequenceYear } from './monthSequence';
import { fiscalQuarterGoingOn } from './fiscalSequence';
import { mayMatch, regexNeedsBoth, textBuckets } from '../text/regexNeeds';
import { mayMatchPairs, textPairs } from '../text/regexPairs';
import { datesPublication } from './publicationMonth';
import { datesSpeech } from './speechDate';
import { countsBack, isQuarterLong } from './quarterBefore';
import { glossesPeriod, restatingYear } from './periodGloss';
import { lastAtOrBefore } from '../sortedSearch';
import { datesDerivedBase } from './derivedBaseYear';
import { placeQuarterRuns } from './quarterRun';
import { glossedFiscalYearEnd, yearLessQuarterOfMonths } from './glossedCalendar';

export interface PeriodContext {
  documentDate?: string;
  fiscalYearEnd?: string;
}

/** A period expression found in the text; `period` is absent when it cannot be resolved. */
export interface PeriodMention extends Span {
  period?: Period;
  /** present: "now", 目前; relative: needs the document's date; explicit: names its own dates. */
  kind: 'explicit' | 'relative' | 'present';
  /** "since Dec 2023", "2023年以来": a range ending at the document's date. */
  since: boolean;
  spec: PeriodSpec;
  /** A year-less month or quarter placed in the year before the document's: a reader's guess, not the text's. */
  yearGuessed?: boolean;
  /** A year-less month dated by the document's date, in whatever year: the year is inferred, not written. */
  yearInferred?: boolean;
  /**
   * A year-less month that took its year from an earlier expression of the span ("In 2025, … in
   * January"): where that expression is, whether it names a month or day itself ("November 2024 …
   * December"), and the reading without it, for when that year is another figure's (yearAnchor.ts).
   */
  anchor?: Span & { dateLevel: boolean; unanchored?: Period; unanchoredGuessed?: boolean };
  /** Another year the words may mean ("last September" in November): the period is then inferred. */
  alternative?: Period;
  /**
   * "since the first $1 billion cheque in 2019", 自首笔10亿美元投资（2019年）以来: the event phrase the date
   * stands in, and the date's own period, which dates a figure inside that phrase (the cheque's $1
   * billion is 2019's, not the range's).
   */
  sinceEvent?: Span & { period: Period };
}

/** Expressions that name a month or part of one: a year-less one is dated by the document or an anchor. */
const MONTH_LEVEL = new Set<PeriodSpec['t']>(['day', 'month', 'monthRange', 'monthPart']);
/** How far before a date the since/自/从 openers are looked for (the longest, "since the … in ", is under 80). */
const NEAR_BEFORE = 160;

/** A year-less month, or a year named by a year-less month ("the year to January"): its year is inferred. */
function yearLessMonth(spec: PeriodSpec): boolean {
  return (MONTH_LEVEL.has(spec.t) || spec.t === 'monthYear') && 'year' in spec && spec.year === undefined;
}

const ALL_PATTERNS: PeriodPattern[] = [...EN_PATTERNS, ...ZH_PATTERNS];
/**
 * What each pattern cannot match without: most sentences lack what most patterns need (regexNeeds.ts),
 * and the pairs of adjacent characters each needs, what tells a long paragraph apart (regexPairs.ts).
 * Worked out at build time for the bundles.
 */
const BOTH_NEEDS = ALL_PATTERNS.map((pattern) => regexNeedsBoth(pattern.re));
const PATTERN_NEEDS = BOTH_NEEDS.map(([needs]) => needs);
const PATTERN_PAIRS = BOTH_NEEDS.map(([, pairs]) => pairs);

/**
 * Words of what is to come: a year-less month in such a span may be the next one, not the last. "By"
 * looks ahead only as a deadline, before a time ("by October", "by the end of the year", "by 2027"); the
 * agent's "by" ("led by Accel", "up by 20%", "reported by Reuters") says nothing of when.
 */
export const FORWARD_CUES =
  /\b(?:will|would|shall|expect(?:s|ed)?|plans?|planned|scheduled|due|forecasts?|projected|upcoming|next|by\s+(?:the\s+(?:end|close|middle|start|beginning|time)\b|end\b|year[-\s]end|mid|early|late|then\b|next\b|this\b|(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b))|将|预计|预期|计划|有望|拟|明年|下半年起/i;

/** Full-width digits become ASCII so that one set of patterns reads both (same string length). */
export function normaliseDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30));
}

export interface RawMatch extends Span {
  spec: PeriodSpec;
}

/** What the patterns find in text[span], before resolution; binding computes it once per document. */
export function rawPeriodMatches(text: string, span: Span): RawMatch[] {
  return rawMatches(normaliseDigits(text.slice(span.start, span.end)), span.start);
}

function rawMatches(text: string, base: number): RawMatch[] {
  const found: RawMatch[] = [];
  const present = textBuckets(text);
  const pairs = textPairs(text);
  for (let i = 0; i < ALL_PATTERNS.length; i++) {
    if (!mayMatch(PATTERN_NEEDS[i], present) || !mayMatchPairs(PATTERN_PAIRS[i], pairs)) continue;
    const pattern = ALL_PATTERNS[i];
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(text); m; m = pattern.re.exec(text)) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      if (m[0].includes('\n') && crossesBlock(text, m.index, m[0])) continue;
      const spec = pattern.build(m, text);
      if (spec) found.push({ start: base + m.index, end: base + m.index + m[0].length, spec });
    }
  }
  return longestFirst(found);
}

/** A blank line, or a line that opens a Markdown block (a heading, a list item, a quote, a table row). */
const BLOCK_BREAK = /\n[ \t]*\n|\n[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\|)/;
/** A heading line: it ends its block at its line break. */
const HEADING_LINE = /^[ \t]{0,3}#{1,6}[ \t]/;

/**
 * A match that runs from one Markdown block into the next: "## 2024财年" over "第一季度营收…" is a heading's
 * fiscal year and a paragraph's year-less quarter, not "2024财年第一季度" (the patterns allow white space,
 * line breaks included, between a date's parts). A soft line break inside a paragraph still joins them.
 */
function crossesBlock(text: string, at: number, matched: string): boolean {
  if (BLOCK_BREAK.test(matched)) return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return HEADING_LINE.test(text.slice(lineStart, Math.min(lineStart + 10, text.length)));
}

/**
 * The matches kept where they overlap (each non-empty): longest first, then leftmost, each kept unless it
 * overlaps one kept already; in text order. Sorts `found`.
 */
export function longestFirst<T extends Span>(found: T[]): T[] {
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const r of found) {
    // Kept matches never overlap, so in start order they are in end order too: r overlaps one of them
    // exactly when it overlaps the last one starting before r ends (offsets are whole numbers). A binary
    // search, not a comparison with every kept match (quadratic in a long paragraph full of dates).
    const at = lastAtOrBefore(kept, r.end - 1, (k) => k.start);
    if (at >= 0 && kept[at].end > r.start) continue;
    kept.splice(at + 1, 0, r);
  }
  return kept;
}

/** All period expressions in `span`, resolved where possible. Internal form used by the binder. */
export function scanPeriods(text: string, span: Span, ctx: PeriodContext): PeriodMention[] {
  return resolveMatches(normaliseDigits(text.slice(span.start, span.end)), span, rawPeriodMatches(text, span), ctx);
}

/**
 * Resolves the raw matches lying in `span` (sorted), with the span's own earlier years as anchors.
 * `slice` is the span's text with digits normalised (normaliseDigits).
 */
export function resolveMatches(slice: string, span: Span, raws: readonly RawMatch[], context: PeriodContext): PeriodMention[] {
  // After a publication's date ("the February 2025 release"), year-less and relative expressions read
  // from that date, as the publication wrote them: its "fourth quarter" is the last one closed by then.
  let ctx = context;
  const out: PeriodMention[] = [];
  let anchorYear: number | undefined;
  let anchor: (Span & { dateLevel: boolean }) | undefined;
  let anchorOwnPeriod: Period | undefined;
  const forward = FORWARD_CUES.test(slice);
  let anchorPeriod: Period | undefined;
  let anchorQuarter: Period | undefined;
  // Written out, not spread from ctx: this runs several times for every expression of every span.
  const env = (year: number | undefined, ahead: boolean): ResolveEnv => ({ documentDate: ctx.documentDate, fiscalYearEnd: ctx.fiscalYearEnd, anchorYear: year, forward: ahead, anchorPeriod, anchorQuarter });
  for (const match of raws) {
    // A match swallowed by the previous "since" range (自去年12月至今) is part of it.
    const previous = out[out.length - 1];
    if (previous && match.start < previous.end) continue;
    // "Q1 FY2025 (Feb–Apr)": bracketed year-less months restating the period before them are its months,
    // read as if their year were written (periodGloss.ts).
    const between = previous ? slice.slice(previous.end - span.start, match.start - span.start) : '';
    let r = previous?.period ? restatedYear(match, previous.period, between, (spec) => resolveSpec(spec, env(undefined, false))) : match;
    // "FY2024 Q1 (Jul–Sep)" with no company calendar known: the months tell the calendar (glossedCalendar.ts),
    // kept when the quarter read in it is what they restate; the rest of the span is read in it too.
    const told = previous?.period && r === match && !previous.since && ctx.fiscalYearEnd === undefined ? glossedFiscalYearEnd(previous.spec, match.spec) : undefined;
    if (previous?.period && told) {
      const tellingCtx = { ...ctx, fiscalYearEnd: told };
      const named = resolveSpec(previous.spec, { ...env(undefined, false), fiscalYearEnd: told });
      const restated = named ? restatedYear(match, named, between, (spec) => resolveSpec(spec, { ...env(undefined, false), fiscalYearEnd: told })) : match;
      if (named && restated !== match) {
        if (anchorPeriod === previous.period) anchorPeriod = named;
        if (anchorQuarter === previous.period) anchorQuarter = named;
        previous.period = named;
        ctx = tellingCtx;
        r = restated;
      }
    }
    const local = { start: r.start - span.start, end: r.end - span.start };
    // "2024财年第一季度…第二季度": the second quarter of that fiscal year (fiscalSequence.ts).
    const spec = fiscalQuarterGoingOn(r.spec, out, slice, span.start) ?? r.spec;
    let period = resolveSpec(spec, env(anchorYear, forward));
    let { start, end } = r;
    let since = false;
    // The since/自/从 openers are read only in the words just before the date: their patterns end at the
    // date, and run over the whole span before it they cost the span's length for every date (quadratic
    // in a long paragraph). NEAR_BEFORE holds the longest opener ("since the … in", 自…) with room to spare.
    const beforeAt = Math.max(0, local.start - NEAR_BEFORE);
    const before = slice.slice(beforeAt, local.start);
    const after = slice.slice(local.end);
    const sinceBefore = EN_SINCE_BEFORE.exec(before) ?? ZH_SINCE_BEFORE.exec(before);
    const sinceAfter = ZH_SINCE_AFTER.exec(after);
    // The event's own words stay outside the mention: a figure among them is the event's, not a date's.
    const eventDate = !sinceAfter && period ? sinceEventFrame(before, after, local, span.start + beforeAt, span.start, period) : undefined;
    const sinceEvent = eventDate !== undefined;
    // A month earlier in the calendar than the month and year before it runs on into the next year; a
    // "since" date only when it is the day a state runs from ("2月8日起"), not one looked back to (以来).
    const runsFrom = runsFromDate(before, after);
    const sinceWords = r.spec.t !== 'present' && (sinceBefore || sinceAfter || sinceEvent) && !ZH_RANGE_AFTER.test(after);
    const runsOn =
      period && anchor?.dateLevel && anchorOwnPeriod && yearLessMonth(r.spec) && (!sinceWords || runsFrom)
        ? sequenceYear(r.spec, anchorOwnPeriod, slice.slice(anchor.end - span.start, local.start), ctx.documentDate, runsFrom)
        : undefined;
    if (runsOn !== undefined) period = resolveSpec(r.spec, env(runsOn, forward));
    if (sinceWords) {
      since = true;
      const opener = sinceBefore ?? (sinceAfter ? ZH_FROM_BEFORE.exec(before) : null);
      if (opener) start = span.start + beforeAt + opener.index;
      if (sinceAfter) end = r.end + sinceAfter[0].length;
      // A state set to run from a day still to come, read on from a dated event ("去年12月26日上线…2月8日起"
      // in a January draft), is dated from that day; other future starts are left as before.
      period = period ? (sincePeriod(period, ctx.documentDate) ?? (runsOn !== undefined ? fromPeriod(period) : undefined)) : undefined;
    }
    const mention: PeriodMention = { start, end, period, kind: specKind(spec), since, spec, ...(eventDate && since ? { sinceEvent: eventDate } : {}) };
    if (period && runsOn !== undefined) {
      mention.yearInferred = true;
    } else if (period && !since && yearLessMonth(r.spec)) {
      if (anchor === undefined) mention.yearInferred = true;
      else {
        const unanchored = resolveSpec(r.spec, env(undefined, forward));
        const unanchoredGuessed = !!unanchored && !forward && !resolveSpec(r.spec, env(undefined, true));
        mention.anchor = { ...anchor, unanchored, unanchoredGuessed };
      }
    }
    // "第四财季", "the fourth quarter", "the September quarter": a quarter with no year written before it in
    // its span is placed by the document's date, a reader's guess at the year as for a year-less month.
    if (period && !since && (spec.t === 'quarter' || spec.t === 'monthQuarter') && spec.year === undefined && anchorYear === undefined) mention.yearInferred = true;
    const alternative = since ? undefined : otherReading(spec, ctx.documentDate);
    if (alternative) mention.alternative = alternative;
    if (period && !forward && !resolveSpec(spec, env(anchorYear, true))) mention.yearGuessed = true;
    // "去年5月", "last year's May": a month dated relative to the document anchors the year-less months
    // after it as a written year would ("从去年5月的1200亿增长到9月的1.3万亿": September of last year).
    const year = explicitYear(spec) ?? relativeMonthYear(spec, period);
    if (period && !since && datesPublication(slice, local)) {
      ctx = { ...ctx, documentDate: period.start };
    } else if (year !== undefined && !(r.spec.t === 'year' && r.spec.fiscal) && !(anchorYear !== undefined && year < anchorYear && datesDerivedBase(slice, local))) {
      // (Not a year a base is worked back to, "由此倒推2022年约为…": the story goes on in its own year, derivedBaseYear.ts.)
      // "In January 2024 the CEO said … by the end of the year": the speaker's relative words count
      // from when they were said (speechDate.ts).
      if (period && !since && explicitYear(spec) !== undefined && MONTH_LEVEL.has(r.spec.t) && datesSpeech(slice, local)) ctx = { ...ctx, documentDate: period.start };
      anchorYear = year;
      anchor = { start, end, dateLevel: MONTH_LEVEL.has(r.spec.t) };
      anchorOwnPeriod = period;
    }
    // "2024财年第二季度（截至2023年7月30日）…下一季度": the bracketed date glosses the quarter, which stays the anchor (periodGloss.ts).
    const glosses = period && anchorPeriod && previous?.period === anchorPeriod ? glossesPeriod(slice.slice(previous.end - span.start, local.start), period, anchorPeriod) : false;
    // "…收入398亿元，上年同期297亿元，上一季度…": a year-back baseline is no period the text goes on from (quarterBefore.ts).
    const baseline = countsBack(spec);
    if (period && !since && !glosses && !baseline) anchorPeriod = period;
    // Only a quarter written as one anchors "the same quarter"; another such phrase counts from it too.
    // A quarter that dates the figure compared with ("against $35.1B in the October quarter") is not the
    // quarter the text is about: "the same quarter a year earlier" after it is the topic's (changeBase.ts).
    if (period && !since && spec.t !== 'sameQuarter' && !baseline && isQuarterLong(period) && !datesComparedFigure(slice, local)) anchorQuarter = period;
    out.push(mention);
  }
  // "Q2 …, Q3 …, Q4 …": year-less quarters in order are one year's (quarterRun.ts).
  return placeQuarterRuns(out, (spec, year) => resolveSpec(spec, env(year, false)));
}

/** The match with the year written that makes its year-less months restate `named` (periodGloss.ts), else itself. */
function restatedYear(match: RawMatch, named: Period, between: string, resolve: (spec: PeriodSpec) => Period | undefined): RawMatch {
  const spec = match.spec;
  // Months read as a calendar quarter ("7–9月", "2–4月", glossedCalendar.ts) restate as a month range does.
  if (!(yearLessMonth(spec) || yearLessQuarterOfMonths(spec)) || !('year' in spec)) return match;
  const year = restatingYear(between, named, (y) => resolve({ ...spec, year: { abs: y } } as PeriodSpec));
  return year === undefined ? match : { ...match, spec: { ...spec, year: { abs: year } } as PeriodSpec };
}

/** Period expressions in `span` resolved to Periods (unresolvable ones are left out). */
export function findPeriods(text: string, span: Span, ctx: PeriodContext): (Span & { period: Period })[] {
  return scanPeriods(text, span, ctx)
    .filter((m): m is PeriodMention & { period: Period } => m.period !== undefined)
    .map((m) => ({ start: m.start, end: m.end, period: m.period }));
}

/** The calendar year of a month-level expression whose year is relative ("去年5月"), once resolved. */
function relativeMonthYear(spec: PeriodSpec, period: Period | undefined): number | undefined {
  if (!period || !MONTH_LEVEL.has(spec.t) || !('year' in spec) || !spec.year || !('rel' in spec.year)) return undefined;
  return Number(period.start.slice(0, 4));
}

/**
 * The event frame a date stands in ("since the first cheque in 2019", 自微软2019年首笔投资以来), from its
 * "since"/自 to the date's end or to 以来, with the date's own period. `before` (the words just before the
 * date) starts at document offset `beforeOffset`; `local` is the date within its span, which starts at
 * `offset`, and `after` follows the date.
 */
function sinceEventFrame(before: string, after: string, local: Span, beforeOffset: number, offset: number, period: Period): (Span & { period: Period }) | undefined {
  const en = EN_SINCE_EVENT_BEFORE.exec(before);
  if (en) return { start: beforeOffset + en.index, end: offset + local.start, period };
  // 自2019年首笔10亿美元投资以来: 自 may stand right before the date too.
  const zhOpen = ZH_SINCE_EVENT_BEFORE.exec(before) ?? ZH_SINCE_BEFORE.exec(before);
  const zhClose = zhOpen ? ZH_SINCE_EVENT_AFTER.exec(after) : null;
  if (zhOpen && zhClose) return { start: beforeOffset + zhOpen.index, end: offset + local.end + zhClose[0].length, period };
  return undefined;
}
