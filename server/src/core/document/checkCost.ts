/**
 * What a full check of a text will cost, estimated before doing it: the number of figures in it (runs of
 * digits or Chinese numerals). The checks' time goes per claim (binding, judging, arithmetic; README,
 * "Measured"), not per character, so a long report of prose with few numbers is cheap and a short table of
 * numbers is not. Over-counting (一 in 一些) only makes the estimate cautious. One pass over char codes.
 */

import { NUMERAL_CHARS } from '../text/numeralChars';

/** Digits (ASCII and full-width) and the Chinese numerals blockAnalysis treats as possible numbers. */
const NUMERALS = new Set([...NUMERAL_CHARS].map((c) => c.charCodeAt(0)));
const isNumeral = (c: number) => (c >= 48 && c <= 57) || (c >= 0x100 && NUMERALS.has(c));

/**
 * Runs of numeral characters in text[start, end), counted up to `limit` (a caller asking "at least so
 * many?" stops reading a 5 MB report at its first pages).
 */
export function figureCount(text: string, start = 0, end = text.length, limit = Infinity): number {
  let count = 0;
  let inRun = false;
  for (let i = start; i < end && count < limit; i++) {
    const c = text.charCodeAt(i);
    const numeral = isNumeral(c);
    if (numeral && !inRun) count++;
    inRun = numeral;
  }
  return count;
}
