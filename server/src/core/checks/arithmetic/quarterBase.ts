/**
 * "In Q4 the company booked $7.7 billion, up 24%": in earnings writing a rate after one quarter's (or half
 * year's) figure that names no base is year over year. The figure of the period right before is its base
 * only when the words say so: "sequentially", "quarter over quarter", "q/q", 环比, "from the previous quarter",
 * "vs Q3", "较上季度", "比三季度". Without them, two back-to-back quarters are no pair for a rate, and the
 * growth readers (periodPair.ts: spanFits) leave the rate alone: its base, a year earlier, is not written.
 * Months are not covered: a month's figure "up 20%" is as often over the month before.
 */
import type { Period } from '../../model';
import { daysBetween } from '../facts/periodMatch';

const TO_EN = '(?:from|over|than|versus|vs\\.?|against|on|since|compared (?:with|to))';
/** The words that make the period right before the base. */
const SAYS_PREVIOUS_PERIOD = new RegExp(
  [
    'sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter|\\bq\\/?q\\b|\\bqoq\\b|环比',
    `\\b${TO_EN}\\s+(?:the\\s+)?(?:previous|prior|preceding|last|first|second|third|fourth|march|june|september|december)\\s+(?:fiscal\\s+)?(?:quarter|half)`,
    `\\b${TO_EN}\\s+(?:Q[1-4]|[1-4]Q|H[12])\\b`,
    '(?:较|比|相比|相较于?|对比|环比)(?:(?:19|20)\\d{2}年)?(?:上一?个?|前一?个?|第?[一二三四1-4]|上|下)(?:季度|季|半年)',
  ].join('|'),
  'i',
);

/** Quarters and half years: periods of two to seven months (fiscal quarters end on odd days). */
function subYear(p: Period): boolean {
  const days = daysBetween(p.start, p.end) + 1;
  return days >= 60 && days <= 200;
}

/** The pair is two back-to-back quarters (or halves) and `words` do not say the rate is over the one before. */
export function previousQuarterUnsaid(words: string, older: Period, newer: Period, slackDays: number): boolean {
  if (!subYear(older) || !subYear(newer)) return false;
  if (Math.abs(daysBetween(older.end, newer.start) - 1) > slackDays) return false;
  return !SAYS_PREVIOUS_PERIOD.test(words);
}
