/**
 * "Revenue ran A, B, C and D across fiscal 2025", "Over 2024, the segment booked A, B, C and D": a list of
 * figures of one kind written across a year is a run inside the year, not the year's total four times
 * over. Four figures are its four quarters in order (the k-th figure the year's k-th quarter). A list of
 * another length cannot be placed, and no figure of it takes the year ('none').
 *
 * Only "across / over / through / throughout" a year written right after the list, or before it with no
 * other figure between; and only when the words before the list coordinate nothing ("Apple and Google
 * paid A and B over 2024" gives each name a figure for the whole year, and is left to the other readings).
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { sentenceList } from './respectiveYears';
import { partOf } from './countedSeries';

const ACROSS_BEFORE = /(?<![A-Za-z])(?:across|over|through|throughout)\s+(?:the\s+(?:whole\s+|entire\s+|course\s+of\s+)?)?$/i;
/** From the end of the list to the year's preposition. */
const LIST_TO_SPAN = /^\s*,?\s*$/;
/** From the year to the list: its measure and verb, no other figure and no stop. */
const SPAN_TO_LIST = /^[^\d。；;!?！？\n]{0,60}$/;
/** Coordinated names or measures before the list: each may own one figure of it. */
const COORDINATION = /,|;|&|(?<![A-Za-z])(?:and|or|both|each|respectively)(?![A-Za-z])/i;

/** The quarter q's place in a list written across a year gives it; 'none' when the list is not the year's four quarters. */
export function yearAcrossListPeriod(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly PeriodMention[]): Binding<Period> | 'none' | undefined {
  const found = sentenceList(text, sentence, q, quantities);
  if (!found) return undefined;
  const { list, head, tail } = found;
  for (const m of mentions) {
    if (m.start < sentence.start || m.end > sentence.end || m.spec.t !== 'year' || !m.period || m.since) continue;
    const across = ACROSS_BEFORE.exec(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    if (!across) continue;
    const start = m.start - across[0].length;
    const after = start >= tail.end && LIST_TO_SPAN.test(text.slice(tail.end, start));
    const before = m.end <= head.start && SPAN_TO_LIST.test(text.slice(m.end, head.start));
    if (!after && !before) continue;
    // (The comma closing a fronted year, "Over 2024, …", coordinates nothing.)
    const lead = text.slice(sentence.start, before ? start : head.start) + (before ? text.slice(m.end, head.start).replace(/^\s*,/, '') : '');
    if (COORDINATION.test(lead.replace(/^\s*[-*+]\s+/, ''))) return undefined;
    if (list.length !== 4) return 'none';
    const k = list.findIndex((o) => o.start === q.start && o.end === q.end);
    const value = partOf(m.period, 3, 4, k);
    return value ? { value, how: 'explicit', span: { start, end: m.end } } : 'none';
  }
  return undefined;
}
