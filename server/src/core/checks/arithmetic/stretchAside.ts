/**
 * A mean written in brackets right after the stretch it spreads a total over: "$300 billion over about five
 * years [$60 billion a year]", "over five years from 2027 [about $60 billion a year]". An editor's square
 * bracket, like a parenthesis, restates what it follows; a start date of the stretch ("from 2027", "starting
 * in 2027") may stand between, since it only says when the years run. Nothing else may: "over five years,
 * and Microsoft [$20 billion a year]" is another statement.
 */
import { HEDGE_EN } from './cues';

const STARTS = '(?:(?:from|starting(?:\\s+in)?|beginning(?:\\s+in)?)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:19|20)\\d{2}\\s*)?';
const ASIDE_OPENS = new RegExp(`^\\s*${STARTS}[\\[(]\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');

/** The gap between a stretch and a per-period amount is a bracket opening, after at most a start date. */
export function bracketRestatesStretch(gap: string): boolean {
  return ASIDE_OPENS.test(gap);
}
