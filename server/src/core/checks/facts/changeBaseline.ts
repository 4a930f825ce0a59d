/**
 * A change written as "from A to B" (从A升至B, "went from A to B"): what a credit in front of it vouches
 * for is B, the new figure; A is the baseline it is measured from. So a misplaced credit is reported on
 * B, never on A (claimSentence.firstFigureCredited).
 */
import { blankDates } from './dateDigits';

const FROM = /(?:从|由|(?<![A-Za-z])from(?![A-Za-z]))/gi;
/** The words that lead to the new figure: 升至, 降到, "to". */
const TO = /(?:[升增降跌]|增长|增加|提高|提升|上升|扩大|下降|下滑|减少)?(?:至|到)|(?<![A-Za-z])to(?![A-Za-z])/gi;
const CLAUSE_BREAK = /[,，。;；:：]/;
/** FROM and TO without the global flag, for a single test or match (no lastIndex to carry). */
const FROM_ONCE = new RegExp(FROM.source, 'i');
const TO_ONCE = new RegExp(TO.source, 'i');

/** sentence[start, end) is the A of "from A to B": "from" before it in its clause, "to" after it and before any other figure. */
export function isChangeBaseline(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start).split(CLAUSE_BREAK).pop() ?? '';
  if (!FROM_ONCE.test(before)) return false;
  const after = blankDates(sentence.slice(end));
  const to = TO_ONCE.exec(after);
  return to !== null && !/\d/.test(after.slice(0, to.index)) && !CLAUSE_BREAK.test(after.slice(0, to.index));
}

/**
 * Where the figures before a claim at `to` stop counting as other credited figures: at the "from" of a
 * "from A to <claim>" that ends right before the claim (A is the claim's baseline); else `to`.
 */
export function baselineStart(sentence: string, from: number, to: number): number {
  const slice = blankDates(sentence.slice(from, to));
  for (const m of slice.matchAll(FROM)) {
    const rest = slice.slice(m.index + m[0].length);
    const last = [...rest.matchAll(TO)].pop();
    if (!last) continue;
    const baseline = rest.slice(0, last.index);
    const lead = rest.slice(last.index + last[0].length);
    if (/\d/.test(baseline) && !CLAUSE_BREAK.test(baseline) && !/\d/.test(lead) && !CLAUSE_BREAK.test(lead)) return from + m.index;
  }
  return to;
}
