/**
 * "Microsoft made up 62% of sales": a customer's share of a supplier's revenue is filed under the
 * supplier, with the customer as counterparty (CoreWeave / share-of-revenue / counterparty Microsoft).
 * A share claim bound to the customer is about that fact only when the text says whose revenue it is:
 * the supplier is named in the claim's paragraph or its headings. And only when the customer itself is
 * the share: named in the number's own clause, not as the owner of a part ("Microsoft's cloud made up 43%
 * of sales" is a segment of Microsoft's own revenue), and with no shares of its own on record.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import type { JudgeContext } from './judgement';
import { findEntityMentions } from '../../bind/mentions';
import { factsAbout } from './factLookup';

/** Metrics whose facts may name a customer as counterparty: shares of the entity's revenue. */
const CUSTOMER_SHARE_METRICS = new Set(['share-of-revenue']);

/** "Microsoft's", "Microsoft’s", "微软的": the mention owns what follows. */
const POSSESSIVE_AFTER = /^(?:['’]s?\b|的)/;

export function customerShareFacts(kb: FactBase, claim: Claim, metric: string, context: JudgeContext): Fact[] {
  const entity = claim.entity;
  const { contextText, sentenceText } = context;
  if (!CUSTOMER_SHARE_METRICS.has(metric) || !entity || entity.how !== 'explicit' || contextText === undefined) return [];
  const customer = entity.value;
  const asCustomer = kb.facts.filter((f) => f.metric === metric && f.counterparty === customer && f.entity !== customer);
  if (asCustomer.length === 0 || factsAbout(kb, customer, metric).length > 0) return [];
  if (!entity.span || sentenceText === undefined || POSSESSIVE_AFTER.test(sentenceText.slice(entity.span.end - claim.sentence.start))) return [];
  const named = new Set(findEntityMentions(contextText, kb).map((m) => m.entity));
  return asCustomer.filter((f) => named.has(f.entity));
}
