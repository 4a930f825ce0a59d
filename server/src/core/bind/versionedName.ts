/**
 * A model's version number is part of its name, not a figure: "the $0.25 that Claude 3 Haiku charged at
 * its launch", "the price GPT-4 listed at", "what Llama 3.1 cost". A reader who asks whether a stretch of
 * words holds a figure (a relative clause running from one figure to a date, say) must not stop at the
 * "3" of "Claude 3": it is a letter of the name. Readers that test such a stretch with "no digit" read it
 * through `versionsAsLetters`, which writes each version number of a name as letters, same length.
 *
 * A version is one or two digits, perhaps with a point release ("3.5", "1.5"), right after a capitalised
 * word (a space or hyphen between) and not followed by a unit or more digits. A month's name before the
 * number makes it a day ("March 18"), and "FY"/"CY"/"Q" a period, so those are left as they are.
 */
import { MONTH_NUMBERS_EN } from '../text/monthNames';

const VERSION = /(?<![A-Za-z])([A-Z][A-Za-z]*)([\s-])(\d{1,2}(?:\.\d{1,2})?)(?![\d.,]?\d|\s*(?:%|percent|billion|million|trillion|bn|[BMK]\b|x\b|times\b))/g;
const NOT_A_NAME = new Set(['fy', 'cy', 'q', 'h', 'no', 'top', 'series', 'round', 'tier', 'phase', 'stage', 'level', 'class', 'page', 'part', 'the', 'a', 'an', 'about', 'over', 'under', 'some', 'nearly', 'around', 'only', 'just']);

/** `words` with each version number of a name written as letters ("Claude 3 Haiku" → "Claude v Haiku"), same length. */
export function versionsAsLetters(words: string): string {
  if (!/\d/.test(words)) return words;
  return words.replace(VERSION, (all, name: string, gap: string, version: string) => {
    const lower = name.toLowerCase();
    if (NOT_A_NAME.has(lower) || MONTH_NUMBERS_EN[lower] !== undefined) return all;
    return name + gap + version.replace(/[\d.]/g, 'v');
  });
}
