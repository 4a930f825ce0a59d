/**
 * "OpenAI expects to burn $115 billion of cash through 2029", 公司预计到2029年累计投入1000亿元: a forecast
 * counted up to a year counts from now. A running count "through 2029" names only its end
 * (throughYear.ts leaves it undated), but when the writer states it as what the company now expects,
 * projects or plans, a reader takes it to start in the year the draft is written: the span is 1 January
 * of the document's year to the end of the named year.
 *
 * The start is the reader's, not the text's, so the binding is inferred, and it carries a window back
 * to two years before (checks/facts/roughDistance.ts): a projection made a year or two earlier, over
 * a span that started then, is no wrong period, only the same projection told later. Read only when nothing in the
 * sentence looks back before the document's year ("In 2024 OpenAI projected …" is that year's plan),
 * the verb is a present or future one ("expected", "would" tell an old plan), and the end year lies
 * ahead within ten years.
 */
import type { Binding, Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { endsRunningCount } from './throughYear';

/** A present or future verb of forecasting in the figure's clause, before the figure. */
const FORECAST_EN = /\b(?:expects?|expecting|projects?|projecting|forecasts?|forecasting|anticipates?|plans?|planning|intends?|will|is\s+set\s+to|is\s+on\s+track\s+to)\b/i;
const FORECAST_ZH = /预计|预期|预测|计划|打算|将要?/;
/** Past forms that tell an earlier plan: "expected", "had projected", "would". */
const PAST_FORECAST_EN = /\b(?:expected|projected|forecasted|anticipated|planned|intended|would|had)\b/i;

/** The longest span a forecast is read over, in years from the document's. */
const MAX_YEARS_AHEAD = 10;
/** How many years before the document's the projection may have been made and its count begun. */
const YEARS_BACK = 2;

/**
 * The period of a flow the sentence forecasts "through" a year, counted from the document's year; undefined
 * when the words do not make it such a forecast. `mentions`: the sentence's period mentions the figure may take.
 */
export function projectedThroughPeriod(
  text: string,
  clause: Span,
  q: Span,
  mentions: readonly PeriodMention[],
  documentDate: string | undefined,
): Binding<Period> | undefined {
  if (!documentDate) return undefined;
  const from = Number(documentDate.slice(0, 4));
  const ends = mentions.filter((m) => m.period && m.start >= clause.start && m.end <= clause.end && endsRunningCount(text, m));
  if (ends.length !== 1) return undefined;
  const end = ends[0];
  const to = Number(end.period!.end.slice(0, 4));
  if (!(to >= from && to - from <= MAX_YEARS_AHEAD)) return undefined;
  // The forecasting verb stands between the clause's start and the figure (or the year, when it opens the count).
  const lead = text.slice(clause.start, Math.min(q.start, end.start));
  const zh = /[\u4e00-\u9fff]/.test(lead);
  if (!(zh ? FORECAST_ZH.test(lead) : FORECAST_EN.test(lead) && !PAST_FORECAST_EN.test(lead))) return undefined;
  // Nothing in the sentence dates the statement before the document's year.
  const yearStart = `${from}-01-01`;
  if (mentions.some((m) => m !== end && m.period !== undefined && m.period.start < yearStart)) return undefined;
  return {
    value: { start: yearStart, end: `${to}-12-31`, label: `${from}–${to}` },
    how: 'explicit',
    span: { start: end.start, end: end.end },
    inferred: true,
    window: { start: `${from - YEARS_BACK}-01-01`, end: `${to}-12-31`, label: `${from - YEARS_BACK}–${to}` },
  };
}
