/**
 * "4—6月这一季", "2025—2027年", "3月—5月": Chinese writes a range of months or years with the em dash
 * (一字线), the same character English uses to set off a clause. Between two numbers, with no space on
 * either side, it joins the range's ends and cuts no clause (clauses.ts): cut there, the range's period
 * straddled two clauses and dated neither ("AI服务在4—6月这一季为Azure增长贡献约2个百分点" was undated).
 * The clause dash of Chinese is doubled (——) and English sets its own off from words, so neither is read
 * as a range.
 */

/** An em dash or horizontal bar (both cut clauses in clauses.ts). */
const RANGE_DASHES = new Set(['—', '―']);
/** A range's first end: a digit, or a digit followed by its unit (月, 年, 季度 closing "4月—6月"). */
const FIRST_END = /[0-9０-９](?:月|年|季度)?$/;
const SECOND_END = /^[0-9０-９]/;

/** The dash at `i` joins two ends of a range of numbers rather than cutting a clause. */
export function dashJoinsRange(text: string, i: number): boolean {
  if (!RANGE_DASHES.has(text[i] ?? '')) return false;
  return FIRST_END.test(text.slice(Math.max(0, i - 3), i)) && SECOND_END.test(text.slice(i + 1, i + 2));
}
