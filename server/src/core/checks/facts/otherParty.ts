/**
 * A figure filed under another party of the same fact. The fact base files a figure once, under the
 * party it is about, and links the others: a deal or an investment names the other side as its
 * `counterparty` (Google's buy-out of Character.AI's investors is filed under Character.AI), a product's
 * figures sit on the product (ChatGPT's paying users, not OpenAI's), and an estimate carried by a
 * publication names its author in `reportedBy` (McKinsey's survey, filed under the AI Index). The binder
 * picks the sentence's subject, so "OpenAI had 5 million paying users of ChatGPT" is bound to OpenAI and
 * finds nothing of its own. When the bound party holds nothing that decides the claim, the party the
 * fact base links it to is judged in its place:
 *
 *   - the other side of a fact that names the bound entity as its counterparty (an amount of their
 *     deal, not a share of one side's whole),
 *   - a product (or unit) of the bound entity,
 *   each only when the claim's paragraph (or a heading above it) names it ("the start-up" of a sentence
 *   is the company its paragraph introduced), or, for a deal, when the block names none and the base
 *   files the bound entity's deals of the metric under exactly one other side, or, for a product, when
 *   the block names none, the company files nothing of the metric itself and exactly one of its products
 *   does ("OpenAI's weekly users" are ChatGPT's; not for a percentage) (then a warning at most);
 *   - the one entity that files figures of the metric the bound entity is recorded as the author of.
 *
 * Like a family member's stand-in (familyMember.ts) a product or a carrier may only show the figure
 * right, of another time or out of date, never contradicted, and only when exactly one party decides; a
 * deal's other side decides every verdict (decidesAsDealSide: the deal is one figure filed once). A figure it finds
 * right may still be credited to the wrong publisher ("Huang told Bloomberg the B200 would cost $30,000
 * to $40,000", a CNBC figure filed under the B200): the credit is read against the same fact that found
 * the figure right, so misplaced credit is shown too. A slip of currency or scale only for a product the
 * figure's own sentence names (slipOfNamedProduct).
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact } from '../../model';
import { descendantsOf, type FactBase } from '../../facts/index';
import type { Judgement, JudgeContext } from './judgement';
import { findEntityMentions } from '../../bind/mentions';
import { factsOfMetric } from './factLookup';

/** What another party's figure may conclude: that the figure is right (or right but credited to another publisher), of another time, or out of date. */
const STAND_IN_VERDICTS = new Set(['supported', 'wrong-period', 'stale', 'misattributed']);

/** A stand-in's judgement that may decide the claim: one of those verdicts, and no other period for a scheduled one. */
export function decidesAsStandIn(j: Judgement, claim: Claim, context: JudgeContext): boolean {
  return STAND_IN_VERDICTS.has(j.verdict) && !(j.verdict === 'wrong-period' && scheduled(claim, context));
}

type BoundClaim = Claim & { entity: NonNullable<Claim['entity']>; metric: NonNullable<Claim['metric']> };

export function judgeAsOtherParty(claim: BoundClaim, kb: FactBase, context: JudgeContext, judge: (c: Claim, kb: FactBase) => Judgement): Judgement | undefined {
  const decided: Judgement[] = [];
  for (const [party, linked] of linkedParties(claim, kb, context.contextText)) {
    // Only the facts that link the two parties: OpenAI's 10 GW with Nvidia says nothing of Broadcom's.
    const j = judge({ ...claim, entity: { ...claim.entity, value: party } }, withoutUnlinked(kb, party, linked, claim.entity.value));
    const dealSide = linked === 'side' || linked === 'unnamed side';
    if (!(decidesAsStandIn(j, claim, context) || slipOfNamedProduct(j, claim, party, kb, context) || (dealSide && decidesAsDealSide(j, claim, context)))) continue;
    // A party the block does not name was inferred from the base alone: a warning at most (findings.ts).
    decided.push(linked === 'unnamed side' || linked === 'unnamed product' ? { ...j, unnamedParty: true } : j);
  }
  return decided.length === 1 ? decided[0] : undefined;
}

/**
 * A deal is one event filed once, under one of its parties, with the other as `counterparty`: the
 * investment Google committed to Anthropic, the seven-year cloud deal Amazon signed with OpenAI. A figure
 * of that deal bound to the counterparty is the same figure, so the other side's facts of the deal (only
 * those naming the bound entity: withoutUnlinked) decide it as they would decide it bound there: a
 * contradiction or a slip as well as a match (a product or an estimate's carrier may have figures of
 * its own the base lacks, and stays a stand-in). Not a share (excluded in linkedParties), nor no other
 * period for a figure the deal delivers later (scheduled).
 */
function decidesAsDealSide(j: Judgement, claim: Claim, context: JudgeContext): boolean {
  if (j.verdict === 'unverifiable' || j.verdict === 'conflicting') return false;
  return !(j.verdict === 'wrong-period' && scheduled(claim, context));
}

/** The slips a product's figure may show: the number itself tells them (its digits in another currency, or a power of ten off). */
const SLIP_VERDICTS = new Set(['wrong-currency', 'wrong-scale']);

/**
 * A product named in the figure's own sentence, whose figure the number is in another currency or a power
 * of ten off ("字节跳动发布豆包…每千token 0.0008美元", "Google's Gemini 1.5 Flash charges $0.075 per thousand"):
 * the binder gave the figure to the maker, but the sentence says whose price or count it is. Not a deal's
 * other side or an estimate's carrier, nor a product named only elsewhere in the paragraph: those may stand
 * beside a figure of the bound party's own that the base does not hold.
 */
function slipOfNamedProduct(j: Judgement, claim: BoundClaim, party: string, kb: FactBase, context: JudgeContext): boolean {
  if (!SLIP_VERDICTS.has(j.verdict) || context.sentenceText === undefined) return false;
  if (!descendantsOf(kb.entities, claim.entity.value).includes(party)) return false;
  return findEntityMentions(context.sentenceText, kb).some((m) => m.entity === party);
}

/**
 * A period that had not begun by the document's date schedules what a deal delivers ("10 GW from H2
 * 2026"), while the linked fact is dated by the deal's announcement: no other period is shown.
 */
function scheduled(claim: Claim, context: JudgeContext): boolean {
  const start = claim.period?.value.start;
  return start !== undefined && context.documentDate !== undefined && start > context.documentDate;
}

/** Which facts of a party link it to the bound entity: all of a product's, a deal's with the bound entity as counterparty, an estimate the bound entity authored. */
type Link = 'product' | 'unnamed product' | 'side' | 'unnamed side' | 'authored';

function links(link: Link, bound: string, f: Fact): boolean {
  if (link === 'product' || link === 'unnamed product') return true;
  if (link === 'side' || link === 'unnamed side') return f.counterparty === bound;
  return f.reportedBy?.includes(bound) === true;
}

/** The parties the fact base links the bound entity to for the claim's metric, each with the facts that link them. */
function linkedParties(claim: BoundClaim, kb: FactBase, contextText: string | undefined): Map<string, Link> {
  const bound = claim.entity.value;
  const metric = claim.metric.value;
  const links = metricLinks(kb, metric);
  const parties = new Map<string, Link>();
  // A share is of one side's whole ("Microsoft's cloud was 35% of revenue"): whether a customer's share
  // is the supplier's is customerShare.ts's to decide, with its own conditions.
  const share = claim.quantity.kind === 'percent' || claim.quantity.kind === 'points';
  const sides = share ? [] : (links.sidesOf.get(bound) ?? []);
  const products = productsWithFacts(links, kb, bound, metric);
  // Read the paragraph's names only when there is a linked party to look for (most claims have none).
  if (contextText !== undefined && sides.length + products.length > 0) {
    const named = namedIn(contextText, kb);
    for (const p of products) if (named.has(p)) parties.set(p, 'product');
    for (const p of sides) if (named.has(p)) parties.set(p, 'side');
  }
  // "Amazon signed a seven-year deal worth $48 billion": a block naming no linked party still means the
  // one party whose deals of the metric the base files with the bound entity as counterparty.
  if (parties.size === 0 && new Set(sides).size === 1) parties.set(sides[0]!, 'unnamed side');
  // "OpenAI's weekly users reached 250 million": a company that files nothing of the metric under its own
  // name, with exactly one product that does, counts it through that product, named in the block or not
  // (as a warning at most, like an unnamed deal side). Not a percentage: a price cut or a share is one
  // product's among the company's many, and the base recording one says nothing of the others.
  if (parties.size === 0 && !share && products.length === 1 && kb.factsFor(bound, metric).length === 0) parties.set(products[0]!, 'unnamed product');
  // The author of an estimate is not where it is filed: one publication filing all of the author's
  // figures of the metric is that publication; several leave it open.
  const carriers = new Set([...(links.carriersOf.get(bound) ?? [])].filter((e) => e !== bound));
  if (carriers.size === 1) parties.set([...carriers][0]!, 'authored');
  parties.delete(bound);
  return parties;
}

/** Who a metric's facts link: each counterparty's other sides, each author's carrying entities (fact order). */
interface MetricLinks {
  sidesOf: Map<string, string[]>;
  carriersOf: Map<string, Set<string>>;
  /** An entity's products (descendants) with facts of the metric, found when first asked. */
  productsOf: Map<string, string[]>;
}

/** Indexed once per fact base and metric: every claim nothing decides asks, and the facts do not change. */
const linksByBase = new WeakMap<FactBase, Map<string, MetricLinks>>();
function metricLinks(kb: FactBase, metric: string): MetricLinks {
  let byMetric = linksByBase.get(kb);
  if (!byMetric) linksByBase.set(kb, (byMetric = new Map()));
  let links = byMetric.get(metric);
  if (!links) {
    links = { sidesOf: new Map(), carriersOf: new Map(), productsOf: new Map() };
    for (const f of factsOfMetric(kb, metric)) {
      if (f.counterparty !== undefined) pushTo(links.sidesOf, f.counterparty, f.entity);
      for (const author of f.reportedBy ?? []) {
        const carriers = links.carriersOf.get(author);
        if (carriers) carriers.add(f.entity);
        else links.carriersOf.set(author, new Set([f.entity]));
      }
    }
    byMetric.set(metric, links);
  }
  return links;
}

/**
 * The bound entity's products that have facts of the metric: a reading of the fact base alone, kept with
 * the metric's links (every claim nothing decides asks it, and filtering the descendants' facts each
 * time cost more than the rest of the look-up). The list is never modified, so a kept one is equal.
 */
function productsWithFacts(links: MetricLinks, kb: FactBase, bound: string, metric: string): string[] {
  let products = links.productsOf.get(bound);
  if (!products) links.productsOf.set(bound, (products = descendantsOf(kb.entities, bound).filter((d) => kb.factsFor(d, metric).length > 0)));
  return products;
}

function pushTo(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The entities a block names, for the last block asked about: its claims ask in turn with the same text. */
let lastNamed: { kb: FactBase; text: string; named: Set<string> } | undefined;
function namedIn(text: string, kb: FactBase): Set<string> {
  if (lastNamed?.kb !== kb || lastNamed.text !== text) lastNamed = { kb, text, named: new Set(findEntityMentions(text, kb).map((m) => m.entity)) };
  return lastNamed.named;
}

/**
 * The fact base without the party's facts that do not link it to the bound entity. Made once per fact
 * base, party, link and bound entity (kept with the fact base, like its other indexes): it filters every
 * fact of the base, and a new object each time also missed every index kept per fact base (WeakMaps keyed
 * by it) when the stand-in was judged. Its facts depend on those four alone, so a kept one is equal.
 */
const unlinkedByBase = new WeakMap<FactBase, Map<string, FactBase>>();
function withoutUnlinked(kb: FactBase, party: string, link: Link, bound: string): FactBase {
  let byKey = unlinkedByBase.get(kb);
  if (!byKey) unlinkedByBase.set(kb, (byKey = new Map()));
  const key = `${party}\u0000${link}\u0000${bound}`;
  let kept = byKey.get(key);
  if (!kept) {
    const keep = (f: Fact) => f.entity !== party || links(link, bound, f);
    kept = {
      entities: kb.entities,
      metrics: kb.metrics,
      facts: kb.facts.filter(keep),
      factsFor: (entity, metric) => kb.factsFor(entity, metric).filter(keep),
      factById: (id) => kb.factById(id),
      entityAliases: kb.entityAliases,
      metricTriggers: kb.metricTriggers,
      problems: kb.problems,
    };
    byKey.set(key, kept);
  }
  return kept;
}
