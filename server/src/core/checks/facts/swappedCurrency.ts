/**
 * A money figure nothing decided, whose number is exactly another currency's figure of its company.
 *
 * The currency steps of the verdict order (unitSlips.ts, slips.ts metricFreeSlip, tenfoldSlip.ts) look
 * only among the facts of the bound metric and period. But the binder often reads a money figure's
 * metric or period loosely ("计提约55亿元" bound to a commitment, "3800亿美元的三年投入" to no metric),
 * and then a currency swap goes unseen. A swap keeps every written digit: when the number as written is
 * exactly a figure that the entity, a company it belongs to or one of its products has on record in
 * another currency, and none of them holds it in the written currency, the currency is what is wrong,
 * whatever the metric and period were read to be. Asked only when nothing else decided the claim.
 *
 * The tabulation over the corpus (ARCHITECTURE, Recent additions): 21 missed wrong currencies, no correct
 * or unlabelled figure, once three things are left out, each a coincidence rather than a slip (and the
 * figure must be on record by the draft's date, of a period the sentence writes, not a price: the earlier
 * decisions of borrowedPeriod.ts and priceInForce.ts; that leaves 10 flagged as warnings):
 * - a one-digit round number ("2美元", "2万亿元") against anything but the bound metric's own figure,
 *   recorded to the digit (a large company has many round figures; this costs 3 labels, for unseen text);
 * - a sentence that converts currencies (汇率, 约合, 折算, "exchange rate"): there the other currency's
 *   amount is stated on purpose;
 * - a price per some unit ("$2 per GPU-hour"): prices are left to the price in force.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { CURRENCY_UNITS } from './factMatch';
import { significantDigits } from './metricMixups';
import { familyFacts } from './factLookup';
import { narrowedFacts } from './narrowedFacts';
import { couldBeMiswritten } from './slips';

/** The sentence converts an amount into another currency: the other currency's figure is meant. */
const CONVERTS = /汇率|汇价|中间价|约合|折合|折算|换算|exchange rate|convert(?:s|ed|ing)?\b|at a rate of|\bin (?:yuan|renminbi|dollars|euros)\b/i;

export function swappedCurrencyVerdict(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (q.kind !== 'money' || !q.currency || !claim.entity || !CURRENCY_UNITS.has(q.currency)) return undefined;
  if (context.sentenceText === undefined || CONVERTS.test(context.sentenceText)) return undefined;
  // The family's amounts on record, narrowed once per entity (narrowedFacts.ts).
  const figures = narrowedFacts(familyFacts(kb, claim.entity.value), 'currency-amounts', (f) => !f.fromMemory && f.value !== undefined && CURRENCY_UNITS.has(f.unit));
  const exactly = (f: Fact) => Math.abs(f.value! - q.value) <= 1e-9 * Math.abs(f.value!);
  // A figure on record as written is one we could not place, not a slip.
  if (figures.some((f) => f.unit === q.currency && exactly(f))) return undefined;
  // A price per unit is left to the price in force (verdicts/priceInForce.ts, unitSlips.ts): an older
  // price in the other currency is no slip of today's.
  const samePer = (f: Fact) => f.per === undefined && q.per === undefined;
  // A one-digit round number ("2万亿元", "$5 billion") agrees with some figure of a large company too
  // often: only a figure of the measure it was bound to counts, and only one recorded to the digit.
  const roundOnly = significantDigits(q.value) < 2;
  const sameMeasure = (f: Fact) => !roundOnly || (f.metric === claim.metric?.value && !f.qualifiers.includes('approx'));
  const miswritable = couldBeMiswritten(claim, context);
  const swapped = figures.filter((f) => f.unit !== q.currency && exactly(f) && samePer(f) && sameMeasure(f) && miswritable(f));
  if (swapped.length === 0) return undefined;
  return { verdict: 'wrong-currency', deciding: swapped, related: [], periodInferred: true };
}
