/**
 * The metric mix-ups writers make: confusable metric pairs, points read as percent, a sibling product's spec.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, quantityInterval, relativeGap } from '../intervals';
import { daysBetween, endsBy, periodRelation, within } from './periodMatch';
import type { Judgement, JudgeContext } from './judgement';
import { unitFits, matches, numeric, matchesLoosely, pointMatches } from './factMatch';
import { precise } from './slips';
import { familyFacts } from './factLookup';
import { clauseOf, sentenceNamesMetric } from './claimSentence';

/**
 * The metric mix-ups writers actually make (checking-model §4.4 and the list). A value that
 * merely equals some other figure of the same company (a valuation that happens to equal a price) is
 * a coincidence or a binding slip, not evidence of a wrong metric, so only these pairs are reported.
 */
const CONFUSABLE: readonly (readonly string[])[] = [
  // A segment's own revenue (data center, cloud) stated as "revenue" is usually about the segment.
  ['revenue', 'net-income', 'operating-income', 'revenue.annualized', 'revenue.increase'],
  ['net-income', 'net-income.increase', 'revenue.increase'],
  // A loss written as a profit ("a gross profit of $863 million" for an $863 million net loss).
  ['net-income', 'net-loss', 'operating-income'],
  ['valuation', 'valuation.pre-money', 'funding.raised', 'funding.total', 'market-cap'],
  ['gpus.acquired', 'gpus.owned-target', 'gpus.shipped', 'gpus.fleet', 'compute.h100-equivalent'],
  ['capex', 'capex.guidance'],
  ['users.weekly', 'users.monthly', 'users.total', 'users.paid'],
  ['api-price.input', 'api-price.output', 'api-price.cached-input'],
  ['share-of-revenue', 'growth-contribution.points', 'market-share'],
  // A markup on cost (profit over cost, 545%) written as a margin on revenue (毛利率, gross margin).
  ['profit-margin', 'cost-profit-margin'],
];

export function confusable(a: string, b: string): boolean {
  return CONFUSABLE.some((group) => group.includes(a) && group.includes(b));
}

/**
 * Beyond those pairs, a figure written to the last digit ("29.58亿元") that is exactly another of the
 * entity's figures for the period, itself recorded to three or more significant digits (not a round
 * "~¥3B"), is that figure, however unrelated the two metrics: such a match is no coincidence.
 */
export function sameFigureExactly(q: Claim['quantity'], f: Fact): boolean {
  if (!precise(q) || f.value === undefined || f.qualifiers.includes('approx') || f.qualifiers.includes('estimate')) return false;
  return significantDigits(f.value) >= 3 && pointMatches(q.value, f);
}

/**
 * Remembered by value: the judge asks it of the same few hundred fact values for every claim nothing
 * decided (movedDigits.ts, the slips), and formatting a number and running three replaces on it each
 * time was a visible share of judging. A pure function of the number, so the answers never go stale.
 */
const digitsByValue = new Map<number, number>();

export function significantDigits(v: number): number {
  let digits = digitsByValue.get(v);
  if (digits === undefined) {
    digits = Math.abs(v).toExponential().replace(/e.*$/, '').replace('.', '').replace(/^0+|0+$/g, '').length;
    // Bounded: claims' own values are asked too, and a long-running server sees endless new ones.
    if (digitsByValue.size >= 10_000) digitsByValue.clear();
    digitsByValue.set(v, digits);
  }
  return digits;
}

/** A company's segment revenues: each is a part of its revenue, never the whole of it. */
const SEGMENT_REVENUE = new Set(['revenue.datacenter', 'revenue.cloud-segment', 'revenue.ai']);
/** The writer insists on the whole: "total revenue", "overall sales", 总营收. */
const TOTAL_WORDING = /\b(?:total|overall|consolidated|company-wide)\s+(?:[a-z-]+\s+)?(?:revenue|sales)\b|总营收|总收入|营业总收入|总营业收入/i;

/**
 * Total and segment revenue swapped: "total revenue was $10.3 billion" for the data-center segment's
 * $10.32B, or a data-center column holding the company's total. Plain "revenue" next to a segment's
 * figure is left alone (the sentence is often about the segment: "its data-center business… revenue of
 * $X"); the writer must say "total". The caller also needs a fact of the claim's own metric for the
 * period that the value misses, so a figure with nothing to be compared with is not called a mix-up.
 */
export function totalSegmentSwap(metric: string, other: string, clause: string | undefined): boolean {
  if (metric === 'revenue' && SEGMENT_REVENUE.has(other)) return clause !== undefined && TOTAL_WORDING.test(clause);
  return SEGMENT_REVENUE.has(metric) && other === 'revenue';
}

/** Metrics a "N% of revenue" claim may be bound to (or none at all). */
export const SHARE_METRICS = new Set(['share-of-revenue', 'revenue', 'market-share']);
/** Words of growth: a percent next to them is a rate, not a share. */
const GROWTH_CUE = /\b(?:grew|grow|growth|rose|rise|up|increase[ds]?|jump(?:ed)?|surge[ds]?|climb(?:ed)?|fell|declined?)\b|增长|增速|同比|环比|上涨|下跌|提高|降低/i;


/** How far back "the last few quarters" can reach from the document's date. */
const RECENT_DAYS = 400;

/**
 * The classic mix-up: percentage points of growth reported as a percent of revenue ("1%、3%、6%的营收
 * 来自于此" for Azure AI's 1, 3 and 6 points of Azure growth). A percent claim about an entity, bound to
 * no metric or to a share metric, whose value equals a percentage-point fact of that entity for the
 * claim's period (or, without one, a quarter reported in the year before the document's date).
 */
export function percentThatIsPoints(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (q.kind !== 'percent' || !claim.entity || (claim.metric && !SHARE_METRICS.has(claim.metric.value))) return undefined;
  // The sentence must speak of revenue or a share, and not of growth: "revenue grew 6%" is a rate.
  const sentence = context.sentenceText ?? '';
  if (!sentenceNamesMetric(sentence, 'revenue', kb) && !sentenceNamesMetric(sentence, 'share-of-revenue', kb)) return undefined;
  // Growth words in the number's own clause make it a rate; in another clause ("AI对Azure增速的贡献…,也就是说
  // AI已经占到Azure营收的8%") they are the very points being misread.
  if (GROWTH_CUE.test(clauseOf(claim, sentence) ?? sentence)) return undefined;
  // "…because the points refer to Azure's growth": a writer who calls the figure points read it as points.
  if (pointsNamedApart(sentence)) return undefined;
  const period = claim.period?.value;
  const date = context.documentDate;
  const inWindow = (f: Fact) =>
    period
      ? periodRelation(period, f.period) === 'same' || within(f.period, period)
      : date !== undefined && endsBy(f.period, date) && daysBetween(f.period.end, date) <= RECENT_DAYS;
  // The entity, the companies it belongs to (Azure → Microsoft) and its own products.
  const facts = familyFacts(kb, claim.entity.value, 'growth-contribution.points').filter((f) => f.unit === 'points' && inWindow(f) && matchesLoosely(claim, f));
  if (facts.length === 0) return undefined;
  // The measure the misreading gives the figure: its own metric, else the share of revenue the sentence's words make of it.
  return { verdict: 'wrong-metric', deciding: facts, related: [], claimedMetric: claim.metric?.value ?? SHARE_OF_REVENUE };
}

const SHARE_OF_REVENUE = 'share-of-revenue';
/** A points word and what may stand right before it when it is a figure's own unit: "3 points", "6 percentage points", "三个百分点". */
const POINTS_WORD = /\bpoints\b|百分点/gi;
const COUNTED_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|few|several)|(?<![这那些])[一二三四五六七八九十两几数多])\s*(?:percentage\s+|个)?$/i;

/**
 * The sentence calls the figure points in words of its own ("the points refer to Azure's growth rate, not
 * to revenue", "这几个百分点说的是增速"): a points word with no number before it. The writer who says so knows
 * the percent sign stands for points; the mix-up is someone else's, which the sentence describes.
 */
function pointsNamedApart(sentence: string): boolean {
  for (const m of sentence.matchAll(POINTS_WORD)) {
    if (!COUNTED_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) return true;
  }
  return false;
}

/**
 * A product's specification (spec.*) is a standing property, so it needs no period; but a product may
 * come in variants the fact base does not hold, so a figure that merely matches none of its specs is
 * left alone. It is contradicted only when it is above every figure the base holds for the product (the
 * base records the full part; cut-down variants such as a PCIe card are lower, never higher) and is
 * exactly a sibling product's figure for the same measure ("H100 ... 4.8TB/s": the H200's bandwidth),
 * the mix-up writers make. The product must be named in the sentence.
 */
export function siblingSpec(claim: Claim, kb: FactBase, metric: string, comparable: readonly Fact[]): Judgement | undefined {
  const entity = claim.entity;
  if (!metric.startsWith('spec.') || !entity || entity.how === 'context' || entity.how === 'document') return undefined;
  const own = comparable.filter((f) => !f.fromMemory);
  if (own.length === 0 || comparable.some((f) => matches(claim, f))) return undefined;
  const low = quantityInterval(claim.quantity).low;
  if (low === null || own.some((f) => (factInterval(f)!.high ?? Infinity) >= low)) return undefined;
  const product = kb.entities.get(entity.value);
  if (!product?.parent || (product.kind !== 'product' && product.kind !== 'model')) return undefined;
  const q = claim.quantity;
  const unit = q.kind === 'number' ? q.unit : undefined;
  const siblings: Fact[] = [];
  for (const other of kb.entities.values()) {
    if (other.id === product.id || other.parent !== product.parent) continue;
    for (const f of kb.factsFor(other.id, metric)) if (numeric(f) && unitFits(q.kind, q.currency, f, unit) && matches(claim, f)) siblings.push(f);
  }
  if (siblings.length === 0) return undefined;
  const gaps = own.map((f) => relativeGap(quantityInterval(q), factInterval(f)!));
  return { verdict: 'contradicted', deciding: own, related: siblings, gap: Math.min(...gaps), periodSure: true };
}
