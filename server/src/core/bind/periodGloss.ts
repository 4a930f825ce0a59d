/**
 * "2024财年第二季度（截至2023年7月30日）", "Q2 FY2024 (ended July 30, 2023)": a date in brackets right after
 * a longer period, lying inside it or at its end, glosses that period; it names no moment of its own.
 * Words that count from the period named before ("下一季度", "the next quarter", "去年同期") count from the
 * glossed period, not from the gloss: a quarter after a day is no step a reader takes (periods.ts,
 * namedAnchor.ts).
 */
import type { Period } from '../model';
import { DAY_MS } from './calendar';

/** How far after a period's end a gloss may date its close: fiscal quarters are reckoned to the week. */
const CLOSE_SLACK_DAYS = 7;

/** Only an opening bracket and a few words ("截至", "ended", "through") stand between the two. */
const BRACKET_OPENS = /^\s*[(（][^()（）]{0,12}$/;

export function glossesPeriod(between: string, gloss: Period, named: Period): boolean {
  if (!BRACKET_OPENS.test(between)) return false;
  const [gs, ge, ns, ne] = [gloss.start, gloss.end, named.start, named.end].map((d) => Date.parse(d));
  if ([gs, ge, ns, ne].some(Number.isNaN)) return false;
  return ge - gs < ne - ns && gs >= ns && ge <= ne + CLOSE_SLACK_DAYS * DAY_MS;
}
