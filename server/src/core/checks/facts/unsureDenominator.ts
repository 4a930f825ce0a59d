/**
 * A price written without its denominator is read per the price list's usual one ("$5" for "$5 per
 * million input tokens": factMatch.perFits). That reading is unsafe when the same sentence prices
 * another figure per a different amount of that unit ("input costs $0.03 per thousand tokens; the output
 * price is $0.06"): the bare price may well be per thousand too. Such a price is not judged at all,
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
  return recognize(sentenceText).some(
    (o) => o.kind === 'money' && o.per !== undefined && listed.some((p) => singular(p.unit) === singular(o.per!.unit) && p.amount !== o.per!.amount),
  );
}
