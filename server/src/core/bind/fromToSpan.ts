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
import { parseIso } from './calendar';

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

/** Months from the first month of a period to its last, both included; undefined when it is not whole months. */
export function monthsOf(p: Period): number | undefined {
  const s = parseIso(p.start);
  const e = parseIso(p.end);
  if (!s || !e || s.d !== 1) return undefined;
  return (e.y - s.y) * 12 + e.m - s.m + 1;
}

/** The run whose closing period is mention m, when its opening period is written before it as "from … to". */
export function fromToSpan(text: string, sentence: Span, m: PeriodMention, mentions: readonly PeriodMention[]): CountedSpan | undefined {
  if (!m.period || m.since) return undefined;
  const first = mentions.find((p) => p.end <= m.start && p.start >= sentence.start && JOINS.test(text.slice(p.end, m.start)));
  if (!first?.period || first.since) return undefined;
  const opener = OPENS.exec(text.slice(Math.max(sentence.start, first.start - 12), first.start));
  if (!opener) return undefined;
  const joiner = JOINS.exec(text.slice(first.end, m.start))?.[1].toLowerCase();
  if ((joiner === 'and') !== opener[0].toLowerCase().startsWith('between')) return undefined;
  const months = monthsOf(m.period);
  if (months === undefined || !LENGTHS.has(months) || monthsOf(first.period) !== months) return undefined;
  const a = parseIso(first.period.end);
  const b = parseIso(m.period.end);
  if (!a || !b) return undefined;
  const apart = (b.y - a.y) * 12 + b.m - a.m;
  if (apart <= 0 || apart % months !== 0) return undefined;
  return { n: apart / months + 1, months, end: m.period, start: first.start - opener[0].length, stop: m.end };
}
