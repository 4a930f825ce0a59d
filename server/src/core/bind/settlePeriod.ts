/**
 * Settling a period expression found near a figure into the figure's period: the expression as written,
 * then the readings that move it (a frame date, a fiscal year going on, a heading's year, a narrative,
 * a reporting month, a year-end event), and whether its year was written, inferred or guessed. Split from
 * periodBinding.ts, which decides which expression to settle.
 */
import type { Binding, BindingHow, Period, Span } from '../model';
import { yearPartPeriod } from './yearParts';
import type { PeriodMention } from './periods';
import { yearNamedEarlier } from './storyYearBefore';
import { anchorGoverns } from './yearAnchor';
import { announcedFullYear } from './announcedMonth';
import { datesNoFigure, reportedPeriod } from './publicationMonth';
import { narrativeMonth } from './narrativeMonth';
import { yearPartReading } from './yearPartYear';
import { sameSpanOfToldPart } from './sameSpanTold';
import { fiscalYearGoingOn } from './fiscalSequence';
import { namedAnchorReading } from './namedAnchor';
import { headingYearReading, headingYearSince } from './headingYear';
import { paragraphOffsetPeriod } from './paragraphOffset';
import { datesExchangeRate } from './fxRateDate';
import { comparedByFigure, comparedWith, isChangeBase } from './changeBase';
import { framedReading } from './frameDate';
import { roughYearBack } from './roughYearBack';
import { datesChangeStart } from './baselineDate';
import type { PeriodInput } from './periodBinding';

/** A found expression settled: a binding, 'none' when it ends the search without a period, or undefined. */
export type Outcome = Binding<Period> | 'none' | undefined;

/**
 * A period of an earlier sentence that is no figure's to carry: a comparison's baseline ("the same
 * quarter a year earlier", 一年前同一季度, named to compare with; "2.6 times 2023", "60% above 2024", the
 * base a change is measured against), a publication's or a rate's date.
 */
export function datesNoFigureCarried(input: PeriodInput, m: PeriodMention): boolean {
  const yearBefore = m.spec.t === 'sameQuarter' && m.spec.yearsBack > 0;
  return yearBefore || comparedWith(input.text, m) || isChangeBase(input.text, m) || comparedByFigure(input.text, m) || datesNoFigure(input.text, m) || datesExchangeRate(input.text, m);
}

/** A found expression as a binding; 'none' when it ends the search without a period. */
export function settle(m: PeriodMention | undefined, how: BindingHow, input: PeriodInput): Outcome {
  const settled = settleAsWritten(m, how, input);
  if (!m || !settled || settled === 'none') return settled;
  // "the $2.2 billion of a year earlier": a level or a round about a year back, not of the very month (roughYearBack.ts).
  const level = input.periodKind === 'instant' || input.oneOff === true;
  return roughYearBack(eventAtYearEnd(settled, m, input), m, level);
}

/**
 * 年底, "at the end of 2024", "year-end" dating what happens over time or once (revenue made, a round
 * raised: a flow, or a one-off event) rather than a level at a moment: writers mean the last weeks of the year, not its last day, so the
 * reading is the year's last quarter, approximate (a fact inside it may support the figure, none makes
 * it another period's): "年底一轮融资5亿美元" is the round announced in November and closed in December.
 * A level (a valuation, a market value, cash on hand) keeps the year's last day.
 */
export function eventAtYearEnd(b: Binding<Period>, m: PeriodMention, input: PeriodInput): Binding<Period> {
  if (m.spec.t !== 'yearEnd' || m.spec.fiscal || input.periodKind === undefined || (input.periodKind === 'instant' && !input.oneOff)) return b;
  const y = Number(b.value.end.slice(0, 4));
  if (b.value.start !== b.value.end || b.value.end !== `${y}-12-31`) return b;
  return { ...b, value: { ...yearPartPeriod(y, 'late'), label: b.value.label ?? `end of ${y}` }, approximate: true };
}

export function settleAsWritten(m: PeriodMention | undefined, how: BindingHow, input: PeriodInput): Outcome {
  if (!m) return undefined;
  const span = { start: m.start, end: m.end };
  if (m.kind === 'present') {
    return input.periodKind === 'instant' && m.period ? { value: m.period, how: 'document', span } : 'none';
  }
  // "**2025年7月** …。同月，…": a calendar offset with no date before it in its sentence reads from the paragraph's.
  // A date named only as a baseline ("是2022年的约7倍") is no second date to point back to.
  let period = m.period ?? paragraphOffsetPeriod(m, input.paragraph, input.sentence, (s) => input.find(s, input.fiscalYearEnd), input, (p) => datesNoFigureCarried(input, p) || datesChangeStart(input.text, p));
  // ...a date borrowed from another sentence, so only as sure as the paragraph's context.
  if (!m.period && period) how = 'context';
  // "2023年7月，…下一季度…", "**9月18日，…** …上个月": relative words count from the frame date (frameDate.ts).
  const framed = framedReading({ text: input.text, sentence: input.sentence, paragraph: input.paragraph, documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd, find: (s) => input.find(s, input.fiscalYearEnd) }, m);
  if (framed) {
    period = framed.period;
    if (framed.fromLead) how = 'context';
  }
  let guessed = m.yearGuessed;
  let inferred = m.yearGuessed || m.yearInferred;
  // "2025年上半年…。上半年…，而上年同期…": a year before the part of a year in the year the paragraph told (sameSpanTold.ts).
  const toldBefore = sameSpanOfToldPart(input, m);
  if (toldBefore) {
    period = toldBefore;
    inferred = true;
  }
  // A year of the sentence that is another figure's does not date this month (yearAnchor.ts).
  // Nor does one that would place a year-less month after the document's date when the words do not look
  // ahead: "in March 2024 … OpenAI's $2 billion December run-rate" in a November 2024 draft is last December.
  const notYetBegun = m.anchor?.unanchored !== undefined && m.period !== undefined && input.documentDate !== undefined && m.period.start > input.documentDate;
  if (m.anchor && (notYetBegun || !anchorGoverns(input.text, input.sentence, m, input.quantity, input.quantities))) {
    period = m.anchor.unanchored;
    guessed = m.anchor.unanchoredGuessed;
    inferred = true;
  } else if (m.anchor && (m.spec.t === 'day' || /[;；]/.test(input.text.slice(m.anchor.end, m.start)))) {
    // "2023年3月4日发布…，6月20日又发布…": a day takes its year from the sentence's other date, not its own words;
    // so does a month past a semicolon ("… in March 2023; Google's August deal …"): the year is carried
    // from the statement before, not written (a wrong period on it is information, checks/facts/findings.ts).
    inferred = true;
  }
  // "2024财年第一季度…。此后…第四财季": a bare quarter goes on in the fiscal year the paragraph named (fiscalSequence.ts).
  const fiscal = fiscalYearGoingOn(input, m, period);
  if (fiscal) return { ...fiscal, how, span };
  // "…第三财季…。The next quarter's…", "## 2024财年 … 上一财年…": counted from the period named before (namedAnchor.ts).
  const headings = input.heading ? [input.heading, ...(input.outerHeadings ?? [])] : [];
  const find = (s: Span) => input.find(s, input.fiscalYearEnd);
  // Not a comparison's baseline ("净利润比上一财年多出…"): the figure is not that period's, so its reading is left as it was.
  const anchored = comparedWith(input.text, m)
    ? undefined
    : namedAnchorReading(
        // The fields namedAnchor.ts reads, not a copy of the whole input (this runs for every period settled).
        { text: input.text, sentence: input.sentence, paragraph: input.paragraph, fiscalYearEnd: input.fiscalYearEnd, fiscalYearEndNamedIn: input.fiscalYearEndNamedIn, headings, find, findIn: input.find, datesNothing: (o) => datesNoFigureCarried(input, o) },
        m,
        period,
      );
  if (anchored === 'unanchored') return 'none';
  if (anchored) return { value: anchored.value, how: anchored.fromHeading ? 'context' : how, span };
  // 年底, "late in the year", "this summer": rough parts of a year, in the year the paragraph tells (yearPartYear.ts).
  const part = yearPartReading(input, m, period);
  if (part) return { ...part, how, span };
  if (!period) return 'none';
  // A year the text does not give (last December, placed by the document's date) is inferred, and not
  // guessed at all when the paragraph last named another year: "2022年11月…。12月,…" is 2022's story.
  const namedEarlier = guessed || (inferred && !m.anchor) ? yearNamedEarlier(input.text, input.paragraph, input.sentence, (s) => input.find(s, input.fiscalYearEnd), (o) => datesNoFigureCarried(input, o)) : undefined;
  if (guessed && namedEarlier !== undefined && String(namedEarlier) !== period.start.slice(0, 4)) return 'none';
  // "## 2024年" then "- **9月**：…": a timeline's heading gives its months their year (headingYear.ts).
  // ...and "- **9月起**：…" runs from that year's September.
  if (m.since && !m.anchor && yearNamedEarlier(input.text, input.paragraph, input.sentence, find, (o) => datesNoFigureCarried(input, o)) === undefined) {
    const since = headingYearSince(m, headings, find, { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd });
    if (since) return { value: since, how, span, inferred: true };
  }
  if (inferred && !m.anchor && namedEarlier === undefined) {
    const underHeading = headingYearReading(m, headings, find, { documentDate: input.documentDate, fiscalYearEnd: input.fiscalYearEnd });
    if (underHeading) return { value: underHeading, how, span, inferred: true };
  }
  // "raised a seed round in June 2023. Its Series A followed in December": read on from the event.
  const narrative = narrativeMonth(input, m, period);
  if (narrative) return { value: narrative, how, span, inferred: true, alternative: period };
  // "the July release put full-year revenue at $245.1B": the fiscal year that closed before July
  // ("the January print covered a quarter": the quarter that closed before January).
  const reported = reportedPeriod(input, m, period);
  if (reported) return reported === 'none' ? 'none' : { ...reported, how, span, inferred: true };
  // "in July raised its full-year guidance to $85B": the month dates the announcement, not the figure.
  const year = announcedFullYear(input, m.period === period ? m : { ...m, period });
  if (year) return inferred ? { value: year, how, span, inferred: true } : { value: year, how, span };
  const alternative = framed?.alternative ?? m.alternative;
  if (alternative) return { value: period, how, span, inferred: true, alternative };
  return inferred ? { value: period, how, span, inferred: true } : { value: period, how, span };
}
