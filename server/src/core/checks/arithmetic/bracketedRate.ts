/**
 * A rate the writer notes in brackets right after a change: "…went from $3.8 billion to $12.2 billion in
 * fiscal 2024 [+180%]", "from A to B (+25%)". A percentage alone in the brackets, with a "+" before it, is
 * the change's rise (growthPatterns.ts changeForRate pairs it with the change it follows). A minus written
 * on the figure ("[−16.9%]") makes it a signed value, which a fall's rate (a positive share) is not, so
 * only rises are read; a bracket with words beside the figure ("[150% of plan]") is an aside.
 */
import type { Quantity } from '../../model';
import type { Direction } from './growthPatterns';
import { textAfter, type SentenceView } from './view';

const BRACKET_OPEN_EN = /^\s*(?:(?:in|on|by|during|at|over|through|across)\s+[\w ’'.-]{1,25}?)?\s*[[(（]\s*([+＋]|[-−–])?\s*$/i;
const BRACKET_CLOSE = /^\s*[\])）]/;

/** The direction a bracketed rate right after a change notes (`gap` is the text from the change to the rate), if it is one. */
export function bracketedSign(view: SentenceView, p: Quantity, gap: string): Direction | undefined {
  const open = BRACKET_OPEN_EN.exec(gap);
  // A figure that carries its own minus ("[−16.9%]") is a signed value, which a fall's rate (a positive share) is not.
  if (p.kind !== 'percent' || p.value <= 0 || !open || !BRACKET_CLOSE.test(textAfter(view, p, 4))) return undefined;
  const sign = open[1] ?? /^[+＋]/.exec(p.text.trim())?.[0];
  if (!sign) return undefined;
  return sign === '+' || sign === '＋' ? 'up' : 'down';
}
