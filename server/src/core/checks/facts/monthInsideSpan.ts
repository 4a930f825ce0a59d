/**
 * A severity gate on wrong-period (findings.ts): a month named for a figure whose fact spans a longer
 * period holding that month. Writers date a quarter or a fiscal year by the month it ends or was
 * reported in ("the quarter ending in April", "the year to January", "今年6月季度", guidance raised
 * "在7月"), and when the binder reads the month alone the value matches its own span's fact and looks
 * like another period's. On the first unseen runs of the six held-out sets this shape was a third of
 * the wrong-period false alarms and no true positive (test/corpus-holdout/first-run-findings.md).
 * The finding stays, as information, unless the fact base holds the month's own figure and the value
 * misses it: then the period is wrong whatever the month meant.
 */
import type { Claim, Period } from '../../model';
import type { Judgement } from './judgement';
import { daysBetween, within } from './periodMatch';

/** A stated period this long or shorter is a month, a part of one or a day. */
const MONTH_DAYS = 31;

const lengthInDays = (p: Period) => daysBetween(p.start, p.end) + 1;

/** The wrong period is a stated month (or less) inside the longer span of every fact the value matches. */
export function monthInsideFactSpan(claim: Claim, j: Judgement): boolean {
  const stated = claim.period?.value;
  if (j.verdict !== 'wrong-period' || !stated || j.related.length > 0 || j.deciding.length === 0) return false;
  if (lengthInDays(stated) > MONTH_DAYS) return false;
  return j.deciding.every((f) => lengthInDays(f.period) > MONTH_DAYS && within(stated, f.period));
}
