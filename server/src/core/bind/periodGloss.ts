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

/** How far a restating gloss's ends may lie from the named period's: fiscal quarters end on odd days. */
const RESTATE_SLACK_DAYS = 15;

/**
 * "Q1 FY2025 (Feb–Apr)", "2025财年第一季度（2-4月）": year-less months in brackets right after a period that
 * restate its months (both ends within a fortnight of the period's) are that period's months, in the year
 * that makes them so, not the year a reader would guess from the draft's date or the fiscal year's number.
 * `resolve` places the months in a given year; the year that restates the period is returned. Tries the
 * years of the named period's two ends.
 */
export function restatingYear(between: string, named: Period, resolve: (year: number) => Period | undefined): number | undefined {
  if (!BRACKET_OPENS.test(between)) return undefined;
  const [ns, ne] = [named.start, named.end].map((d) => Date.parse(d));
  if (Number.isNaN(ns) || Number.isNaN(ne)) return undefined;
  const slack = RESTATE_SLACK_DAYS * DAY_MS;
  for (const year of new Set([Number(named.end.slice(0, 4)), Number(named.start.slice(0, 4))])) {
    const p = resolve(year);
    if (!p) continue;
    const [gs, ge] = [p.start, p.end].map((d) => Date.parse(d));
    if (Math.abs(gs - ns) <= slack && Math.abs(ge - ne) <= slack) return year;
  }
  return undefined;
}
