/**
 * "Intelligent Cloud revenue ran $24.0 billion, $24.3 billion, $25.9 billion, $26.71 billion and $28.52
 * billion across the five quarters to June 2024", "截至2024年6月的五个季度，智能云营收为A、B、C、D和E": a
 * list of figures written over a count of periods that ends at a date is a series, one figure per
 * period in order. The last figure is the period ending at the date (the quarter to June 2024), each
 * one before it the period before (counting back by quarters, months or years). Read alone, every
 * figure took the date itself (June 2024) and the first four were called "the figure for another
 * quarter".
 *
 * When the list has another length than the count, the figures cannot be placed, and none is given a
 * period ('none'): the end date is no figure's but the last's, and which is the last is not sure.
 * Only a list of two or more figures of one kind joined by list joiners (respectiveYears.ts listOf),
 * with the counted span right after it ("…and E across the five quarters to June 2024") or before it
 * with no other figure between ("Over the five quarters to June 2024, revenue was A, B…", 截至…的五个季度…A、B…).
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { sentenceList } from './respectiveYears';
import { addMonths, calendarYearPeriod, daysInMonth, iso, monthLabel, monthPeriod, parseIso } from './calendar';
import { smallNumber } from './periodPatternsZh';
import { fromToSpan, type CountedSpan } from './fromToSpan';

const COUNT_EN: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const COUNT_ZH: Record<string, number> = { 两: 2 };
/** The months one counted period spans. */
const UNIT_MONTHS: Record<string, number> = { quarter: 3, month: 1, year: 12, 季度: 3, 财季: 3, 月: 1, 年: 12 };

/** "across the five quarters to", "over the last twelve months ending", "in the three fiscal years through". */
const EN_COUNTED =
  /(?<![A-Za-z])(?:across|over|in|for|during|throughout)\s+(?:each\s+of\s+)?(?:the|its)\s+(?:(?:last|past|previous|prior|trailing|latest)\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:fiscal\s+|calendar\s+)?(quarter|month|year)s\s+(?:to|ending(?:\s+in)?|ended(?:\s+in)?|through|until|up\s+to)\s+(?:the\s+end\s+of\s+)?$/i;
/** The same count written inside the period's own words: "the three months to March 2025". */
const EN_COUNTED_OWN =
  /^(?:the\s+)?(?:(?:last|past|previous|prior|trailing|latest)\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:fiscal\s+|calendar\s+)?(quarter|month|year)s\s+(?:to|ending|ended|through|until)\s/i;
const EN_PREPOSITION_BEFORE = /(?<![A-Za-z])(?:across|over|in|for|during|throughout)\s+(?:each\s+of\s+)?(?:the\s+|its\s+)?$/i;
/** "截至2024年6月的五个季度", "截止到2025年9月底的过去八个季度": the date, then the count. */
const ZH_COUNT_AFTER_DATE = /^\s*(?:底|末)?\s*(?:止|为止)?\s*的\s*(?:过去|最近)?\s*(两|[二三四五六七八九]|十[一二]?|\d{1,2})\s*个\s*(季度|财季|月|年)/;
const ZH_UNTIL_BEFORE = /(?:截至|截止到?|到)\s*$/;
/** From the end of the list to the counted span ("…and $28.52 billion across…"). */
const LIST_TO_SPAN = /^\s*,?\s*$/;
/** From the counted span to the list: its measure and verb, no other figure and no stop. */
const SPAN_TO_LIST = /^[^\d。；;!?！？\n]{0,60}$/;

/** The counted span whose date is mention m, if its words are written around it. */
function countedSpan(text: string, sentence: Span, m: PeriodMention): CountedSpan | undefined {
  if (!m.period || m.since) return undefined;
  const en = EN_COUNTED.exec(text.slice(Math.max(sentence.start, m.start - 80), m.start));
  if (en) {
    const n = COUNT_EN[en[1].toLowerCase()] ?? Number(en[1]);
    return { n, months: UNIT_MONTHS[en[2].toLowerCase()], end: m.period, start: m.start - en[0].length, stop: m.end };
  }
  // "over the three months to March 2025", "the three years to 2027": the period patterns read the count
  // with its date as one span (Jan–Mar 2025); its end is the date.
  const own = EN_COUNTED_OWN.exec(text.slice(m.start, m.end));
  const preposition = own ? EN_PREPOSITION_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 20), m.start)) : null;
  if (own && preposition) {
    const n = COUNT_EN[own[1].toLowerCase()] ?? Number(own[1]);
    return { n, months: UNIT_MONTHS[own[2].toLowerCase()], end: m.period, start: m.start - preposition[0].length, stop: m.end };
  }
  const zh = ZH_UNTIL_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 6), m.start)) ? ZH_COUNT_AFTER_DATE.exec(text.slice(m.end, Math.min(sentence.end, m.end + 20))) : null;
  if (zh) {
    const n = COUNT_ZH[zh[1]] ?? smallNumber(zh[1]);
    return { n, months: UNIT_MONTHS[zh[2]], end: m.period, start: m.start - 3, stop: m.end + zh[0].length };
  }
  return undefined;
}

/** The k-th of n periods of `months` months each, the last ending with the month `end` ends in. */
export function partOf(end: Period, months: number, n: number, k: number): Period | undefined {
  const last = parseIso(end.end);
  if (!last) return undefined;
  const closing = addMonths({ y: last.y, m: last.m, d: 1 }, -months * (n - 1 - k));
  if (months === 1) return monthPeriod(closing.y, closing.m);
  if (months === 12 && closing.m === 12) return calendarYearPeriod(closing.y);
  const opening = addMonths(closing, -(months - 1));
  const label = `${months === 3 ? 'quarter' : 'year'} ended ${monthLabel(closing.m)} ${closing.y}`;
  return { start: iso(opening), end: iso({ y: closing.y, m: closing.m, d: daysInMonth(closing.y, closing.m) }), label };
}

/** The period q's place in a list written over a counted span gives it; 'none' when the count and the list differ. */
export function countedSeriesPeriod(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly PeriodMention[]): Binding<Period> | 'none' | undefined {
  const found = sentenceList(text, sentence, q, quantities);
  if (!found) return undefined;
  const { list, head, tail } = found;
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    // "…and E from the June 2023 quarter to the June 2024 quarter": the run its two ends mark (fromToSpan.ts).
    const counted = countedSpan(text, sentence, m);
    const bounded = counted ? undefined : fromToSpan(text, sentence, m, mentions);
    const span = counted ?? bounded;
    if (!span) continue;
    const after = span.start >= tail.end && LIST_TO_SPAN.test(text.slice(tail.end, span.start));
    const before = span.stop <= head.start && SPAN_TO_LIST.test(text.slice(span.stop, head.start));
    if (!after && !before) continue;
    // A run its ends mark may hold other figures than the list (its ends': "from $3B to $5B between Q1 and Q4"): left to the other readings.
    if (span.n !== list.length) return bounded ? undefined : 'none';
    const k = list.findIndex((o) => o.start === q.start && o.end === q.end);
    const value = partOf(span.end, span.months, span.n, k);
    return value ? { value, how: 'explicit', span: { start: span.start, end: span.stop } } : 'none';
  }
  return undefined;
}
