/**
 * A rise written after a whole year's level is year over year: "SK hynix posted 2024 revenue of 66.19
 * trillion won, up 112%", "2024年收入5000亿元，增长20%". A year has no sequential change to mean
 * instead, so the growth needs no 同比 or "from a year earlier" of its own (carriedGrowth.ts, which
 * asks for one after a quarter's level, where "up 12%" is as often on the quarter before).
 *
 * Read only when the sentence up to the figure's clause end names exactly one period and that period is
 * a year (calendar or fiscal): a second year ("up 63% on 2023", "2023年亏损，2024年…") may be the base of
 * a change over more than one year, and a quarter or a month makes the level a part of the year.
 */
import type { Span } from '../model';
import type { PeriodMention } from './periods';

export function risesOverWholeYear(sentence: Span, clause: Span, periods: readonly PeriodMention[]): boolean {
  const named = periods.filter((p) => p.start >= sentence.start && p.end <= clause.end);
  return named.length === 1 && named[0].spec.t === 'year' && named[0].period !== undefined;
}
