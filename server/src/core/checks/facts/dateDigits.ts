/**
 * The digits of dates ("2024年", "3月", "12日", "2023", "5 June"): a date is not a figure, so the checks
 * that look for other figures between two points of a sentence blank these first.
 */
import { MONTH_STEM_EN } from '../../text/monthNames';

/** A day is known by the month after it, read by its first three letters ("5 June", "5 Sept."). */
export const DATE_DIGITS = new RegExp(
  String.raw`\d{4}\s*年|\d{1,2}\s*[月日号]|(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?(?=\s+(?:${MONTH_STEM_EN}))`,
  'g',
);

/** The text with its date digits blanked, same length (offsets kept). */
export function blankDates(s: string): string {
  return s.replace(DATE_DIGITS, (d) => ' '.repeat(d.length));
}
