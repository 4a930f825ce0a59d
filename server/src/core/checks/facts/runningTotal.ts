/**
 * "Amazon has invested $4 billion to date", "累计投资80亿美元": a running total. Where the fact base
 * records the running totals (qualifier `cumulative`) beside the tranches that make them up, only the
 * totals can be what the writer means; a tranche that happens to equal an old total is no support.
 *
 * "the May expansion of about $4 billion took the contract to roughly $15.9 billion", "bringing the total
 * to", "使合同总额增至": the figure a tranche takes a total to is the sum after it. The tranche the
 * sentence writes before it is not what it states, so a fact that tranche matches decides nothing about it.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact, Quantity } from '../../model';
import { clauseOf } from './claimSentence';
import { matches } from './factMatch';

/** Words that make a figure the sum so far. */
const TO_DATE = /\b(?:to date|so far|in total|in all|all told|cumulative(?:ly)?)\b|累计|迄今|至今|总计|合计/i;

/** The facts a running total is compared with: the recorded totals when there are any, else all of them. */
export function runningTotals(claim: Claim, sentence: string | undefined, facts: Fact[]): Fact[] {
  const clause = clauseOf(claim, sentence);
  if (clause === undefined || !TO_DATE.test(clause)) return facts;
  const totals = facts.filter((f) => f.qualifiers.includes('cumulative'));
  return totals.length > 0 ? totals : facts;
}

/**
 * Right before the figure: a verb that carries a total to it, with what it carries ("took the contract
 * to roughly", "bringing the OpenAI total to", "lifting the deal's value to", "使合同总额增至").
 */
const CARRIED_TO =
  /\b(?:took|takes|taking|brought|brings|bringing|lifted|lifts|lifting|pushed|pushes|pushing)\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w'’-]+\s+){1,4}?to\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+|more\s+than\s+)?$|使(?!用)[^，。；,;]{0,24}?(?:增至|增加到|升至|达到|提高到|扩大到)\s*(?:约|近|逾)?\s*$/i;

/**
 * The facts that can decide a figure a tranche carries a total to: not those the tranche written before it
 * in the sentence matches (`quantities`: the sentence's figures, JudgeContext.sentenceQuantities).
 */
export function withoutCarriedTranche(claim: Claim, sentence: string | undefined, quantities: readonly Quantity[] | undefined, facts: Fact[]): Fact[] {
  if (sentence === undefined || !quantities || facts.length === 0) return facts;
  const at = claim.quantity.start - claim.sentence.start;
  if (!CARRIED_TO.test(sentence.slice(Math.max(0, at - 60), at))) return facts;
  const tranches = quantities.filter((o) => o.end <= at && o.kind === claim.quantity.kind && o.currency === claim.quantity.currency);
  return facts.filter((f) => !tranches.some((o) => matches({ ...claim, quantity: o }, f)));
}
