/**
 * "Amazon has invested $4 billion to date", "累计投资80亿美元": a running total. Where the fact base
 * records the running totals (qualifier `cumulative`) beside the tranches that make them up, only the
 * totals can be what the writer means; a tranche that happens to equal an old total is no support.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact } from '../../model';
import { clauseOf } from './claimSentence';

/** Words that make a figure the sum so far. */
const TO_DATE = /\b(?:to date|so far|in total|in all|all told|cumulative(?:ly)?)\b|累计|迄今|至今|总计|合计/i;

/** The facts a running total is compared with: the recorded totals when there are any, else all of them. */
export function runningTotals(claim: Claim, sentence: string | undefined, facts: Fact[]): Fact[] {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined || !TO_DATE.test(clause)) return facts;
  const totals = facts.filter((f) => f.qualifiers.includes('cumulative'));
  return totals.length > 0 ? totals : facts;
}
