/**
 * "Nvidia's fiscal third quarter (August to October 2023) brought in $14.51B. … The next quarter's line
 * was $18.4B", "## 英伟达2024财年 … - 数据中心收入475亿美元，上一财年只有150.1亿美元": words that point back
 * to a period ("the next / following / previous quarter", 下一季度, 上一季度, 上一财年, 下一财年, "the prior
 * fiscal year") count from the period the text named before them, not from the document's date. Within
 * their own sentence periods.ts does so already; here the named period is the last one of an earlier
 * sentence of the paragraph, else the only one of the nearest heading that names any (the title
 * included). It must be of the kind the words step through: a quarter for a quarter, one of the
 * company's fiscal years for a fiscal year (quarterBefore.ts); otherwise nothing is carried.
 *
 * The words say they count from something said before; a reader who has just read that period does not
 * go back to the draft's date, so the draft-date reading is not kept as another one. Counted from an
 * earlier sentence of the paragraph, the reading is as sure as the words themselves (the story is told
 * right there); counted from a heading, only as sure as a heading's period ('context'). With no period
 * named where the block can look, the definite words are left without a period: the draft's date is not
 * what they point at either (session 10).
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { countsBack, fiscalYearFromNamed, isQuarterLong, quarterClosedOn, quarterFromNamed, sameQuarter } from './quarterBefore';
import { glossesPeriod } from './periodGloss';
import { wholeYearOf } from './periodSpec';
import { datesComparedFigure } from './changeBase';

export interface NamedAnchorInput {
  sentence: Span;
  paragraph: Span;
  headings: readonly Span[];
  fiscalYearEnd?: string;
  find: (span: Span) => PeriodMention[];
  /** Periods of a span read in a given fiscal calendar. */
  findIn?: (span: Span, fiscalYearEnd: string | undefined) => PeriodMention[];
  /** The fiscal year end of the company named last in a span before a position. */
  fiscalYearEndNamedIn?: (span: Span, before: number) => string | undefined;
  /** Mentions of an earlier sentence that date no figure (a publication, a baseline): not anchors. */
  datesNothing: (m: PeriodMention) => boolean;
}

/** A mention another period can count from: a resolved period of its own, not a range to now nor an offset. */
function anchorable(m: PeriodMention): m is PeriodMention & { period: Period } {
  return m.period !== undefined && !m.since && m.spec.t !== 'after' && m.kind !== 'present';
}

/** How the mention steps from a named period, or undefined when its words do not point back. */
function stepFrom(m: PeriodMention, fiscalYearEnd: string | undefined): ((named: Period) => Period | undefined) | undefined {
  const spec = m.spec;
  if (spec.t === 'relQuarter' && spec.anaphoric) return (named) => quarterFromNamed(named, spec.offset, fiscalYearEnd);
  if (spec.t === 'sameQuarter') return (named) => sameQuarter(named, spec.yearsBack, fiscalYearEnd);
  // "…in the December quarter. For the year, net income came to …": the whole year of the part named before.
  if (spec.t === 'namedYear') return (named) => wholeYearOf(named, fiscalYearEnd);
  if (spec.t === 'year' && spec.fiscal && spec.fromNamed && spec.year && 'rel' in spec.year) {
    const offset = spec.year.rel;
    return (named) => fiscalYearFromNamed(named, offset, fiscalYearEnd);
  }
  return undefined;
}

/**
 * The period the text named before the sentence: the paragraph's last, else the nearest heading's only
 * one; with the fiscal year end of the company named with it ("英伟达2024财年第三季度。下一季度…" steps
 * through Nvidia's fiscal quarters though the second sentence names no company).
 */
function namedBefore(input: NamedAnchorInput & { text: string }): { period: Period; fromHeading: boolean; fiscalYearEnd: string | undefined } | undefined {
  const { paragraph, sentence } = input;
  if (paragraph.start < sentence.start) {
    const last = lastAnchor(input, { start: paragraph.start, end: sentence.start });
    if (last) return { ...last, fromHeading: false };
  }
  for (const heading of input.headings) {
    const named = inCalendarOfItsCompany(input, heading);
    if (named.mentions.length === 0) continue;
    return named.mentions.length === 1 ? { period: named.mentions[0].period, fromHeading: true, fiscalYearEnd: named.fiscalYearEnd } : undefined;
  }
  return undefined;
}

/** The last period of a span that an anchor can be, read in its company's calendar. */
function lastAnchor(input: NamedAnchorInput & { text: string }, span: Span): { period: Period; fiscalYearEnd: string | undefined } | undefined {
  const { mentions, fiscalYearEnd } = inCalendarOfItsCompany(input, span);
  const kept = mentions.filter((m) => !input.datesNothing(m));
  const [before, last] = [kept.at(-2), kept.at(-1)];
  // "…第二季度（截至2023年7月30日）。下一季度…": a bracketed date glosses the quarter before it (periodGloss.ts).
  const glossed = before && last && glossesPeriod(input.text.slice(before.end, last.start), last.period, before.period) ? before : last;
  return glossed && { period: glossed.period, fiscalYearEnd };
}

/** The anchorable periods of a span, read in the calendar of the company named last before the last of them. */
function inCalendarOfItsCompany(input: NamedAnchorInput, span: Span): { mentions: (PeriodMention & { period: Period })[]; fiscalYearEnd: string | undefined } {
  const own = input.find(span).filter(anchorable);
  const last = own.at(-1);
  const theirs = last && input.findIn && input.fiscalYearEndNamedIn?.(span, last.start);
  if (!theirs || theirs === input.fiscalYearEnd) return { mentions: own, fiscalYearEnd: input.fiscalYearEnd };
  return { mentions: input.findIn!(span, theirs).filter(anchorable), fiscalYearEnd: theirs };
}

/**
 * Words that point back for sure: the definite "the next / following / previous quarter", "the prior
 * fiscal year" (the patterns mark only those anaphoric) and 下一季度, 上一财年, 前一财年. 上个季度, 上个财年
 * are as often said of the quarter before today, so they may still fall back on the document's date.
 */
function definitelyPointsBack(text: string, m: PeriodMention): boolean {
  const written = text.slice(m.start, m.end);
  // English patterns mark only the definite forms as pointing back; 同一季度 is definite as "the same quarter".
  return /^[A-Za-z]/.test(written) || /[上下前]\s*一(?!\s*个)/.test(written) || m.spec.t === 'sameQuarter';
}

/**
 * "英伟达上一财季（截至1月）…", "the previous quarter (ended January 28)": a bracketed date right after the
 * words that lies inside the draft-date reading, at its end, confirms that reading (periodGloss.ts): the
 * writer says which quarter is meant, so nothing named before is needed to count from.
 */
function glossedRightAfter(input: NamedAnchorInput & { text: string }, m: PeriodMention, own: Period | undefined): boolean {
  if (!own) return false;
  const next = input.find(input.sentence).find((o) => o.start >= m.end);
  return next?.period !== undefined && glossesPeriod(input.text.slice(m.end, next.start), next.period, own);
}

/** The quarter a bracketed day right after m closes ("上一季度（截至6月30日）"), if it closes one. */
function toldQuarter(input: NamedAnchorInput & { text: string }, m: PeriodMention, fiscalYearEnd: string | undefined): Period | undefined {
  const next = input.find(input.sentence).find((o) => o.start >= m.end);
  if (!next?.period || next.since) return undefined;
  const quarter = quarterClosedOn(next.period, fiscalYearEnd);
  return quarter && glossesPeriod(input.text.slice(m.end, next.start), next.period, quarter) ? quarter : undefined;
}

/**
 * The reading of m counted from the period named before its sentence, when it differs from its own;
 * 'unanchored' when its words point back for sure and the block names no period they can count from:
 * then the draft's date is not what they mean either, and the figure is left without a period.
 */
export function namedAnchorReading(input: NamedAnchorInput & { text: string }, m: PeriodMention, own: Period | undefined): { value: Period; fromHeading: boolean } | 'unanchored' | undefined {
  if (!stepFrom(m, input.fiscalYearEnd) || m.since) return undefined;
  // A period named before it in its own sentence is what it counts from already (periods.ts); "the same
  // quarter" counts only from a quarter, so a day named before it in the sentence is no anchor.
  const countsFrom = (o: PeriodMention & { period: Period }) => m.spec.t !== 'sameQuarter' || isQuarterLong(o.period);
  if (input.find(input.sentence).some((o) => o.end <= m.start && anchorable(o) && countsFrom(o))) return undefined;
  // "…$39.3B, against $35.1B in the October quarter. A year earlier the same quarter…": the quarter of
  // the figure compared with is not the one the paragraph is about (changeBase.ts datesComparedFigure).
  // "For the year" widens the part of the year the paragraph is about, not the year-back span a baseline
  // was compared with ("…$11.955B against $9.192B a year earlier. For the year …" is the quarter's year).
  // "…398亿元，据此推算上年同期约为297亿元。上一季度…", "…up from $8B a year earlier. The previous quarter…": the
  // quarter (fiscal year) before is the one before the period the paragraph reports, not before its
  // year-back baseline.
  const topical =
    m.spec.t === 'sameQuarter'
      ? { ...input, datesNothing: (o: PeriodMention) => input.datesNothing(o) || datesComparedFigure(input.text, o) }
      : m.spec.t === 'namedYear'
        ? { ...input, datesNothing: (o: PeriodMention) => input.datesNothing(o) || countsBack(o.spec) || datesComparedFigure(input.text, o) }
        : { ...input, datesNothing: (o: PeriodMention) => input.datesNothing(o) || countsBack(o.spec) };
  const named = namedBefore(topical);
  // "上一季度（截至6月30日）", "the previous quarter (ended October 29)": the writer's own date says which
  // quarter; it wins over a step from whatever the paragraph named last.
  const told = m.spec.t === 'relQuarter' ? toldQuarter(input, m, named?.fiscalYearEnd ?? input.fiscalYearEnd) : undefined;
  if (told) return own && own.start === told.start && own.end === told.end ? undefined : { value: told, fromHeading: false };
  const value = named && stepFrom(m, named.fiscalYearEnd)?.(named.period);
  if (!named || !value) return definitelyPointsBack(input.text, m) && !glossedRightAfter(input, m, own) ? 'unanchored' : undefined;
  if (own && own.start === value.start && own.end === value.end) return undefined;
  return { value, fromHeading: named.fromHeading };
}
