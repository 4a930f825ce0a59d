/**
 * A colon labels what follows it ("Revenue: $60.9B"); after the figure it opens a remark on it ("from 8.4%
 * in 2023: more than double the share in one year", "高于2023年的8.4%：一年之内份额翻了一倍多"). A word
 * of that remark points back at the measure already named; it does not name the figure's (metrics.ts
 * skips such a trigger).
 */
import type { Quantity, Span } from '../model';
import type { TriggerMention } from './metrics';

/** Before a figure that opens its line: nothing but a list marker, emphasis or a line break. */
const FIGURE_OPENS = /\n[\s>*_#+-]*(?:\d+[.)]\s*)?[*_]*$/;

/** How far after the figure a remark's words are looked at (a bounded window, not the rest of the text). */
const REMARK_REACH = 80;

/** Trigger t stands in a remark that a colon after figure q opens. */
export function remarkAfterColon(text: string, q: Quantity, t: TriggerMention, sentence: Span): boolean {
  if (t.start < q.end || t.start - q.end > REMARK_REACH) return false;
  // A figure that opens its line or sentence is the colon's term, and what follows defines it
  // ("- $28.8 billion: AWS revenue in 2024").
  const from = Math.max(sentence.start, q.start - REMARK_REACH);
  if (FIGURE_OPENS.test((from === sentence.start ? '\n' : '') + text.slice(from, q.start))) return false;
  return /[:：]/.test(text.slice(q.end, t.start));
}
