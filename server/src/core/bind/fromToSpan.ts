/**
 * "A, B, C, D and E from the June 2023 quarter to the June 2024 quarter", "between January and April
 * 2025": two periods of one length (a month, a quarter, a year) joined by from … to (through, until) or
 * between … and mark out a run of such periods, as "across the five quarters to June 2024" does with a
 * count (countedSeries.ts). The run holds as many periods as its ends are apart, counted in that length,
 * both ends included; its end is the second period. A list written over it takes one period each, in
 * order: a middle figure never takes the run's first period, which is only its own first figure's.
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { monthsBetweenEnds, wholeMonthsOf } from './calendar';

/** The run a counted or bounded span covers: how many periods, of how many months, ending when. */
export interface CountedSpan {
  n: number;
  months: number;
  end: Period;
  /** Where the span's words start and end. */
  start: number;
  stop: number;
}

/** Right before the run's first period: "from", "between". */
const OPENS = /(?<![A-Za-z])(?:from|between)\s+$/i;
/** Between its two periods: "to", "through", "until", "and" (after "between" only). */
const JOINS = /^\s+(to|through|thru|until|till|and)\s+(?:the\s+)?$/i;
const LENGTHS = new Set([1, 3, 12]);

/** The run whose closing period is mention m, when its opening period is written before it as "from … to". */
export function fromToSpan(text: string, sentence: Span, m: PeriodMention, mentions: readonly PeriodMention[]): CountedSpan | undefined {
  if (!m.period || m.since) return undefined;
  const first = mentions.find((p) => p.end <= m.start && p.start >= sentence.start && JOINS.test(text.slice(p.end, m.start)));
  if (!first?.period || first.since) return undefined;
  const opener = OPENS.exec(text.slice(Math.max(sentence.start, first.start - 12), first.start));
  if (!opener) return undefined;
  const joiner = JOINS.exec(text.slice(first.end, m.start))?.[1].toLowerCase();
  if ((joiner === 'and') !== opener[0].toLowerCase().startsWith('between')) return undefined;
  const months = wholeMonthsOf(m.period);
  if (months === undefined || !LENGTHS.has(months) || wholeMonthsOf(first.period) !== months) return undefined;
  const apart = monthsBetweenEnds(first.period, m.period);
  if (apart === undefined || apart <= 0 || apart % months !== 0) return undefined;
  return { n: apart / months + 1, months, end: m.period, start: first.start - opener[0].length, stop: m.end };
}
