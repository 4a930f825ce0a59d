/**
 * "3.85亿欧元（约4.14亿美元）", "€385M (about $414M)": an amount in brackets right after an amount in
 * another currency is that amount converted, not a figure of its own. Read in the currency the record
 * keeps (the bracket's figure taken as euros), it lies near the original only by the exchange rate, so
 * "wrong currency" would blame a correct conversion. The conversion itself is arithmetic's to check at a
 * dated rate (arithmetic/currency.ts); the fact check leaves it.
 *
 * Only a bracket opened right after the first amount, holding at most a hedge or a conversion word
 * before the converted amount, and only when the currency the fact check would swap to is the first
 * amount's: a bracketed amount swapped into a third currency is still a slip.
 */
import type { Claim, Fact } from '../../model';
import type { JudgeContext } from './judgement';

const OPENS_CONVERSION = /^\s*[（(]\s*(?:约合|折合|合|约为|约|大约|≈|~|about|approx\.?|approximately|roughly|around|or about|or|c\.|i\.e\.,?)?\s*$/i;

/** The currency of the amount the claim converts, when the claim is written in brackets right after it. */
export function convertedFromCurrency(claim: Claim, context: JudgeContext): string | undefined {
  const q = claim.quantity;
  const sentence = context.sentenceText;
  const quantities = context.sentenceQuantities;
  if (q.kind !== 'money' || !q.currency || sentence === undefined || !quantities) return undefined;
  const at = q.start - claim.sentence.start;
  let before: (typeof quantities)[number] | undefined;
  for (const other of quantities) if (other.end <= at && (!before || other.end > before.end)) before = other;
  if (!before || before.kind !== 'money' || !before.currency || before.currency === q.currency || before.per || q.per) return undefined;
  return OPENS_CONVERSION.test(sentence.slice(before.end, at)) ? before.currency : undefined;
}

/** The wrong currency found is only the bracket's conversion read back in the original amount's currency. */
export function swapIsConversion(claim: Claim, context: JudgeContext, deciding: readonly Fact[]): boolean {
  const from = convertedFromCurrency(claim, context);
  return from !== undefined && deciding.length > 0 && deciding.every((f) => f.unit === from);
}
