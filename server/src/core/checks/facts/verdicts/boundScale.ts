/**
 * Before step 1 of the verdict order: an open bound that is the source's own open bound with its scale
 * slipped ("超过100万" where the source says over 10 million, "more than 100 million" for over 10
 * million). Two bounds on the same side always meet, so step 1 would call it supported; but the number
 * written is the source's number times a power of ten, which is a slip, not a weaker claim.
 */
import type { Fact, Quantity } from '../../../model';
import type { Judgement } from '../judgement';
import type { JudgeScope } from './scope';
import { onRecordUnplaced, unplaced } from './unplacedFigure';

/** The claim's bound word, and the qualifier tags of a fact bounded on the same side. */
const SAME_SIDE: Partial<Record<string, string[]>> = {
  over: ['over', 'at-least'],
  atLeast: ['over', 'at-least'],
  under: ['under', 'at-most'],
};

const FACTORS = [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4];

export function boundScaleVerdict(s: JudgeScope): Judgement | undefined {
  const { q, period, samePeriod } = s;
  const side = SAME_SIDE[q.bound];
  // As with the tenfold slips, only within the claim's stated period: across years a factor of ten means nothing.
  if (!period || !side) return undefined;
  // A figure its sentence does not date, on record as written at another time, is no slip (unplacedFigure.ts).
  if (onRecordUnplaced(s)) return unplaced();
  const bounds = samePeriod.filter((f) => f.value !== undefined && f.qualifiers.some((t) => side.includes(t)));
  // A source bound at the number written ("over 1 million" on record too) is what the claim repeats.
  if (bounds.length === 0 || bounds.some((f) => sameNumber(q.value, f))) return undefined;
  for (const factor of FACTORS) {
    const slipped = bounds.filter((f) => sameNumber(q.value * factor, f));
    if (slipped.length > 0) return { verdict: 'wrong-scale', deciding: slipped, related: [], scaleFactor: factor };
  }
  return undefined;
}

/**
 * The claim is an open bound on the fact's side that writes the fact's own number (times `factor`):
 * "超过100亿美元" for a source's "over 10 billion yuan" restates that bound, whatever its unit.
 */
export function restatesOpenBound(q: Quantity, f: Fact, factor = 1): boolean {
  const side = SAME_SIDE[q.bound];
  return side !== undefined && f.qualifiers.some((t) => side.includes(t)) && sameNumber(q.value * factor, f);
}

function sameNumber(value: number, f: Fact): boolean {
  const v = f.value ?? NaN;
  return Math.abs(value - v) <= 1e-9 * Math.max(Math.abs(value), Math.abs(v));
}
