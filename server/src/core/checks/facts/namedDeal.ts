/**
 * A figure that sizes one named deal is that deal's figure. "The October agreement committed OpenAI to
 * 6 GW of AMD's GPUs", "OpenAI's 6 GW with AMD", "与AMD的协议为6吉瓦": the 6 GW is the AMD deal's,
 * one part of the company's commitments. The fact base files a deal's figure with the other side as
 * `counterparty` (OpenAI's 10 GW with Broadcom) and the company's total without one (its ~30 GW):
 * neither another deal's figure nor the total says anything of this deal's size, so neither may
 * contradict it, show it of another time or out of date.
 *
 * Read only when the metric is one the base files deals under (some fact of it names a counterparty),
 * the sentence names a deal (agreement, deal, contract, partnership, 协议, 合同...) or writes "with
 * <party>", and names exactly one other company (a unit or product of it counts as the company; the
 * claim's own entity and its family do not). Two or more parties leave the figure open: it may be
 * their sum, or either's. The facts kept are the named party's deals with the claim's entity, from
 * either side.
 * Part of the judge (judge.ts, through verdicts/scope.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact } from '../../model';
import { ancestorsOf, descendantsOf, type FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';

/** Words that name a deal between two parties. */
const DEAL_WORD = /(?<![A-Za-z])(?:agreements?|deals?|contracts?|partnerships?|pacts?|letters?\s+of\s+intent|LOI|memorand(?:um|a)\s+of\s+understanding|MOU)(?![A-Za-z])|协议|合同|合作|订单|意向书|备忘录/i;
/** "with" right before a party's name: "its 6 GW deal with AMD", "与AMD", "和AMD签署". */
const WITH_BEFORE = /(?:(?<![A-Za-z])with\s+|与|和|同)$/i;

/** The facts of `facts` that may decide a claim sizing a deal its sentence names; `facts` itself otherwise. */
export function namedDealFacts(claim: Claim & { entity: NonNullable<Claim['entity']> }, facts: Fact[], kb: FactBase, sentence: string | undefined): Fact[] {
  if (sentence === undefined || !facts.some((f) => f.counterparty !== undefined)) return facts;
  const party = namedParty(claim.entity.value, sentence, kb);
  if (party === undefined) return facts;
  return facts.filter((f) => f.counterparty !== undefined && (rootOf(kb, f.counterparty) === party || rootOf(kb, f.entity) === party));
}

/**
 * The sentence's entity mentions, for the last sentence asked about: its claims ask in turn with the same
 * text, and reading a long sentence once per figure would be quadratic.
 */
let lastMentions: { kb: FactBase; sentence: string; mentions: ReturnType<typeof findEntityMentions> } | undefined;
function mentionsOf(sentence: string, kb: FactBase): ReturnType<typeof findEntityMentions> {
  if (lastMentions?.kb !== kb || lastMentions.sentence !== sentence) lastMentions = { kb, sentence, mentions: findEntityMentions(sentence, kb) };
  return lastMentions.mentions;
}

/** The one other company the sentence names when it names a deal; undefined when none, or several. */
function namedParty(bound: string, sentence: string, kb: FactBase): string | undefined {
  const own = new Set([bound, ...ancestorsOf(kb.entities, bound), ...descendantsOf(kb.entities, bound)]);
  const ownRoot = rootOf(kb, bound);
  const mentions = mentionsOf(sentence, kb).filter((m) => !own.has(m.entity) && rootOf(kb, m.entity) !== ownRoot);
  const parties = new Set(mentions.map((m) => rootOf(kb, m.entity)).filter((e) => kb.entities.get(e)?.kind === 'company'));
  if (parties.size !== 1) return undefined;
  const dealNamed = DEAL_WORD.test(sentence) || mentions.some((m) => WITH_BEFORE.test(sentence.slice(Math.max(0, m.start - 8), m.start)));
  return dealNamed ? [...parties][0] : undefined;
}

/** The company at the top of an entity's family (a product's maker, a person's employer). */
function rootOf(kb: FactBase, entity: string): string {
  return ancestorsOf(kb.entities, entity).at(-1) ?? entity;
}
