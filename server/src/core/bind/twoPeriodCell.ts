/**
 * A table label cell that names two periods joined by "+", "and", "&", "、", "和" ("| Mar + May 2025 |",
 * "| Q1 and Q2 2025 |", "| 2025年3月、5月 |") dates its row with both: the row's figures are split between
 * them ("$11.9B, then ~$4B more"), and which figure belongs to which is not written. The period the
 * patterns find in it is only the one they can complete with the year (the last, "May 2025"), so it must
 * not date the row's figures as plainly as a one-period label would: the cell gives them no period.
 * A range ("Mar–May 2025") is one period and is not this.
 */
import type { Span } from '../model';
import { MONTH_STEM_EN } from '../text/monthNames';

/** A period word: a month (name or abbreviation), a quarter or half, a year, 3月, 一季度, 第二季度. */
const PERIOD_WORD = String.raw`(?:(?<![A-Za-z])(?:${MONTH_STEM_EN}|Sept)[a-z]*\.?|(?<![A-Za-z])(?:FY\s?)?(?:Q[1-4]|H[12])|(?<!\d)(?:19|20)\d{2}(?:年)?|\d{1,2}月(?:份)?|第?[一二三四]季度)`;
const JOIN = String.raw`\s*(?:\+|&|、|和|与|及|(?<![A-Za-z])(?:and|plus)(?![A-Za-z]))\s*`;
const BEFORE = new RegExp(`${PERIOD_WORD}${JOIN}$`, 'i');
const AFTER = new RegExp(`^(?:\\s*(?:${PERIOD_WORD}))?${JOIN}${PERIOD_WORD}`, 'i');

/** Whether the period `at`, inside the label cell `cell`, is one of two periods the cell joins. */
export function joinsTwoPeriods(text: string, cell: Span, at: Span): boolean {
  return BEFORE.test(text.slice(cell.start, at.start)) || AFTER.test(text.slice(at.end, cell.end));
}
