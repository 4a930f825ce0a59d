/**
 * A figure nothing decided, whose digits, moved one to four places, are exactly another figure of its company.
 *
 * The scale steps of the verdict order (unitSlips.ts wrongScaleVerdict, slips.ts metricFreeSlip,
 * tenfoldSlip.ts) look only among the facts of the bound metric, most of them only in the bound period.
 * But the binder often reads a figure's metric or period loosely ("$436.8 million in fiscal 2023" bound
 * to no metric, "2788万GPU小时" to the year before), and then the slip goes unseen. Three or more
 * significant digits that, moved by ten, a hundred, a thousand or 万 for 亿, are exactly a figure the
 * entity, a company it belongs to or one of its products has on record in the same unit, are no
 * coincidence: tenfoldSlip.ts's reasoning, whatever metric and period were read. Asked only when nothing
 * else decided the claim; never when any figure of the family is on record as written, and never for an
 * inequality or a range, a per-unit price or written numerals (their digits are not the writer's own).
 *
 * The tabulation over the corpus (ARCHITECTURE, Recent additions): 10 missed wrong scales, no correct or
 * unlabelled figure; with two significant digits, 13 more but 13 false alarms, so two digits are left out.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement } from './judgement';
import { unitFits } from './factMatch';
import { familyFacts } from './factLookup';
import { narrowedFacts, unitKey } from './narrowedFacts';
import { couldBeMiswritten } from './slips';
import type { JudgeContext } from './judgement';
import { significantDigits } from './metricMixups';

/** Digits a match by digits needs, in the claim and in the fact: two digits agree too often. */
const MIN_DIGITS = 3;

const FACTORS = [10, 0.1, 100, 0.01, 1000, 0.001, 1e4, 1e-4];

export function movedDigitsVerdict(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (!claim.entity || (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'number')) return undefined;
  // A range's midpoint is no written number ("between $8.75 billion and $14 billion").
  if (q.bound !== 'exact' || q.style.numerals !== 'arabic' || q.per || significantDigits(q.value) < MIN_DIGITS) return undefined;
  const unit = q.kind === 'number' ? q.unit : undefined;
  // The family's figures in the claim's unit, narrowed once per entity and unit (narrowedFacts.ts).
  const figures = narrowedFacts(familyFacts(kb, claim.entity.value), unitKey('moved-digits', q.kind, q.currency, unit), (f) => !f.fromMemory && f.value !== undefined && !f.per && unitFits(q.kind, q.currency, f, unit));
  // A figure on record as written is one we could not place, not a slip.
  if (figures.some((f) => sameDigits(q, f, 1))) return undefined;
  const miswritable = couldBeMiswritten(claim, context);
  // The facts' own digit count does not depend on the factor: tested once, not once per factor.
  const precise = narrowedFacts(figures, 'precise', (f) => significantDigits(f.value!) >= MIN_DIGITS);
  for (const factor of FACTORS) {
    const slipped = precise.filter((f) => sameDigits(q, f, factor) && miswritable(f));
    if (slipped.length > 0) return { verdict: 'wrong-scale', deciding: slipped, related: [], scaleFactor: factor, periodInferred: true };
  }
  return undefined;
}

/** The fact, rounded to the claim's last written digit moved by `factor`, is the claim's number moved by it. */
function sameDigits(q: Claim['quantity'], f: Fact, factor: number): boolean {
  const halfUnit = 0.5 * 10 ** -q.style.decimals * q.style.scale * factor;
  return Math.abs(q.value * factor - f.value!) <= Math.abs(halfUnit) * (1 + 1e-9);
}
