/**
 * "Cloud revenue was $9.1 billion in Q2 2023, then $9.6 billion, $10.2 billion and $10.9 billion through
 * Q1 2024": a list of figures after "then", following a figure dated by a period, and running "through"
 * (to, until) a later period of the same length, is a series of the periods in between, one figure each
 * in order. The last figure is the end period's, each one before it the period before. Read alone, every
 * figure of the list took the end period, and all but the last were called "the figure for another
 * quarter".
 *
 * When the periods stepped over are not as many as the figures, they cannot be placed, and none of the
 * list takes a period ('none'), as in countedSeries.ts. Only a list of two or more figures of one kind
 * joined by list joiners (respectiveYears.ts listOf), right after "then" (or "followed by") and a period
 * that dates a figure of the same kind right before it, with "through / to / until" and the end period
 * right after the list.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { sentenceList } from './respectiveYears';
import { partOf } from './countedSeries';
import { monthsBetweenEnds, wholeMonthsOf } from './calendar';

/** From the start period to the list: "…, then", "and then", "followed by". */
const START_TO_LIST = /^\s*[,;]?\s*(?:and\s+)?(?:then|followed\s+by)\s+(?:(?:about|around|roughly|some)\s+)?$/i;
/** From the starting figure to its period: "$9.1 billion in", "$9.1 billion for the". */
const FIGURE_TO_START = /^\s*(?:in|for|during|at)\s+(?:the\s+)?$/i;
/** From the end of the list to the end period: "through", ", to", "until the end of". */
const LIST_TO_END = /^\s*,?\s*(?:through|to|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?$/i;

/** The period q's place in a list run from a dated figure "then … through" an end period gives it; 'none' when the steps and the list differ. */
export function runThroughPeriod(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly PeriodMention[]): Binding<Period> | 'none' | undefined {
  const found = sentenceList(text, sentence, q, quantities);
  if (!found) return undefined;
  const { list, head, tail } = found;
  const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end && m.period && !m.since);
  const end = inSentence.find((m) => m.start >= tail.end && LIST_TO_END.test(text.slice(tail.end, m.start)));
  const start = inSentence.find((m) => m.end <= head.start && START_TO_LIST.test(text.slice(m.end, head.start)));
  if (!end?.period || !start?.period) return undefined;
  // The start period dates a figure of the list's kind written right before it: the run's first value.
  const first = quantities.some((o) => o.kind === q.kind && o.end <= start.start && o.start >= sentence.start && FIGURE_TO_START.test(text.slice(o.end, start.start)));
  if (!first) return undefined;
  const months = wholeMonthsOf(end.period);
  if (months === undefined || months !== wholeMonthsOf(start.period)) return undefined;
  const stepped = monthsBetweenEnds(start.period, end.period);
  if (stepped === undefined || stepped <= 0) return undefined;
  if (stepped !== months * list.length) return 'none';
  const k = list.findIndex((o) => o.start === q.start && o.end === q.end);
  const value = partOf(end.period, months, list.length, k);
  return value ? { value, how: 'explicit', span: { start: end.start, end: end.end } } : 'none';
}
