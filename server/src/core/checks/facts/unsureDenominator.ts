/**
 * A price written without its denominator is read per the price list's usual one ("$5" for "$5 per
 * million input tokens": factMatch.perFits). That reading is unsafe when the same sentence prices
 * another figure per a different amount of that unit ("input costs $0.03 per thousand tokens; the output
 * price is $0.06"), or writes such a denominator anywhere ("$0.03 for input and $0.06 for output per
 * thousand tokens"): the bare price may well be per thousand too. Such a price is not judged at all,
 * rather than called a thousandfold slip or a contradiction.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import { recognize } from '../../recognize/index';
import { factsAbout } from './factLookup';

export function denominatorUnsure(claim: Claim, kb: FactBase, sentenceText: string | undefined): boolean {
  const q = claim.quantity;
  if (q.kind !== 'money' || q.per || !claim.entity || !claim.metric || sentenceText === undefined) return false;
  const listed = factsAbout(kb, claim.entity.value, claim.metric.value).flatMap((f) => (f.per && f.per.amount !== 1 ? [f.per] : []));
  if (listed.length === 0) return false;
  const singular = (unit: string) => unit.toLowerCase().replace(/s$/, '');
  const pricedOtherwise = recognize(sentenceText).some(
    (o) => o.kind === 'money' && o.per !== undefined && listed.some((p) => singular(p.unit) === singular(o.per!.unit) && p.amount !== o.per!.amount),
  );
  return pricedOtherwise || listed.some((p) => denominatorsWritten(sentenceText, singular(p.unit)).some((amount) => amount !== p.amount));
}

/** Amount words of a denominator: "per thousand tokens", "/1K tokens", 每千token. */
const AMOUNT_WORDS: Record<string, number> = { thousand: 1e3, k: 1e3, 千: 1e3, million: 1e6, m: 1e6, 百万: 1e6 };

/**
 * The amounts of the denominators of `unit` written anywhere in the sentence, attached to a figure or
 * not ("$0.03 for input and $0.06 for output per thousand tokens").
 */
function denominatorsWritten(sentence: string, unit: string): number[] {
  const phrase = new RegExp(
    String.raw`(?:(?<![A-Za-z])(?:per|every|each)\s+|\/\s*|每\s*)(?:(\d[\d,]*(?:\.\d+)?)\s*)?(thousand|million|k|m|千|百万)?\s*(?:[A-Za-z]+\s+)??${unit}s?(?![A-Za-z])`,
    'gi',
  );
  const amounts: number[] = [];
  for (const m of sentence.matchAll(phrase)) {
    const digits = m[1] === undefined ? 1 : Number(m[1].replace(/,/g, ''));
    const scale = m[2] === undefined ? 1 : AMOUNT_WORDS[m[2].toLowerCase()] ?? 1;
    if (m[1] !== undefined || m[2] !== undefined) amounts.push(digits * scale);
  }
  return amounts;
}
