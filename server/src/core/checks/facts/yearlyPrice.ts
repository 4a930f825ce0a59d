/**
 * A price the writer states per year where the recogniser read no denominator: "年付相当于2400美元",
 * "年费2400美元", "2400美元/年", "$2,400 billed annually", "an annual plan at $2,400". Held against a
 * product priced per month, such a figure is the yearly sum or an annual plan's price (often
 * discounted: 12× the monthly price is not the yearly one), never the monthly price, so judged as it
 * reads, per year, it meets no per-month fact (factMatch.perFits) and is neither supported nor
 * contradicted by one; a fact priced per year still judges it.
 * Only for an entity and metric the base prices per a span of time (subscriptions): a company's revenue
 * "annually" keeps its reading as a total.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import { factsAbout } from './factLookup';
import { clauseBounds } from './claimSentence';

const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'year']);

/** Yearly words ending the clause before the figure (a few words between): 年付相当于, 年费为, annual plan costs. */
const YEARLY_BEFORE = /(?:年付|年费|按年|包年|年缴|年度订阅|年订阅|每年|一年(?![前后内以来多])|\bannual(?:ly)?\b|\byearly\b)[^()（）]{0,12}$/i;
/** Yearly words right after the figure: /年, 每年, 一年, annually, a year, billed yearly. */
const YEARLY_AFTER = /^\s*(?:\/\s*(?:年|yr\b|year\b)|每年|一年(?![前后内以来多])|(?:billed\s+)?(?:annually|yearly)\b|(?:a|per|each|every)\s+year\b|per\s+annum\b)/i;

export function perYearWhenStated(claim: Claim, kb: FactBase, sentenceText: string | undefined): Claim {
  const q = claim.quantity;
  if (q.kind !== 'money' || q.per || !claim.entity || !claim.metric || sentenceText === undefined) return claim;
  const bounds = clauseBounds(claim, sentenceText);
  if (!bounds) return claim;
  const at = q.start - claim.sentence.start;
  const before = sentenceText.slice(bounds.start, at);
  const after = sentenceText.slice(at + q.text.length, bounds.end);
  if (!YEARLY_BEFORE.test(before) && !YEARLY_AFTER.test(after)) return claim;
  // Read only when the base prices this entity's metric per a span of time (most claims are not prices).
  const timePriced = factsAbout(kb, claim.entity.value, claim.metric.value).some((f) => f.per !== undefined && TIME_UNITS.has(f.per.unit.toLowerCase().replace(/s$/, '')));
  return timePriced ? { ...claim, quantity: { ...q, per: { amount: 1, unit: 'year' } } } : claim;
}
