/**
 * A series whose every value carries a rate of its own: "$24 billion in Q4 FY2023 (up 15%), $24.3 billion
 * in Q1 FY2024 (up 19%)", "一季度243亿美元（增长19%），二季度259亿美元（增长20%）". The first value's rate
 * shows how the writer annotates the list: each rate is its value's change over a base the text does not
 * write (most often the same quarter a year before), not the step from the item before. So the rate after
 * the newer value is not read as the change between the two (periodPair.ts), unless its words say it is
 * sequential, or the two periods are a year apart (then the year-on-year change is the step between them).
 */
import type { Period, Quantity } from '../../model';
import { daysBetween } from '../facts/periodMatch';
import { directionAround } from './growthPatterns';
import { gapBetween, neighbour, textAfter, type SentenceView } from './view';

/** "quarter over quarter", "sequentially", 环比: the rate says it is the step from the period before. */
const SEQUENTIAL = /sequential(?:ly)?|quarter[- ](?:over|on)[- ]quarter|\bq\/q\b|环比/i;
/** How far apart two "same period a year before" dates may fall (fiscal calendars, month ends). */
const YEAR_SLACK_DAYS = 20;

/** The value right after `q` is a percentage with a direction of its own, close by and in the same clause. */
function carriesRate(view: SentenceView, q: Quantity, before: Quantity): boolean {
  const next = neighbour(view, q, 1);
  if (!next || next.kind !== 'percent' || next.start >= before.start) return false;
  const gap = gapBetween(view, q, next);
  if (gap.length > 30 || /[;；。]/.test(gap)) return false;
  return directionAround(view, next, textAfter(view, next, 20)) !== undefined;
}

/**
 * The rate written after `newer` is that value's own, as the rate written after `older` is older's: the
 * pair is no change the rate measures. `words`: the text between newer and the rate and after the rate.
 */
export function ratesOfTheirOwn(view: SentenceView, older: { q: Quantity; period: Period }, newer: { q: Quantity; period: Period }, words: string): boolean {
  if (SEQUENTIAL.test(words) || !carriesRate(view, older.q, newer.q)) return false;
  return Math.abs(daysBetween(older.period.start, newer.period.start) - 365) > YEAR_SLACK_DAYS;
}
