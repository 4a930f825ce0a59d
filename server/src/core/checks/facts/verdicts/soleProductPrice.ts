/**
 * A list price stated with no period, for the one product its sentence names, though not in the price's
 * own clause ("And o1, the older reasoning model, still lists at … $75 output"; "最贵的Claude 3 Opus，输出
 * 每百万tokens要15美元"). The price-in-force step (contradicted.ts) asks for the product in the number's
 * clause because a price-list sentence names several; a sentence that names one leaves no doubt whose
 * price it is. Prices are cut, so only a price never changed on record is held against it: one figure
 * for the product and measure (and for the other price it may be mistaken for), known by the document's
 * date. The figure may be the product's other price (input for output: wrong metric), or the price with
 * its decimal point moved (wrong scale), else contradicted.
 * A sentence that compares ("down from $75") or is dated is left to the other steps. The period is
 * implied, so a warning at most.
 */
import type { Fact } from '../../../model';
import { ancestorsOf, type FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { factInterval, quantityInterval, relativeGap } from '../../intervals';
import { claimIntervalFor, matches, meetsFigure, numeric, unitFits } from '../factMatch';
import { knownBy } from '../factLookup';
import { findEntityMentions } from '../../../bind/mentions';
import { confusable } from '../metricMixups';
import { STANDING_METRICS } from './contradicted';
import { keepsWrittenDigits } from '../writtenDigits';
import { namesMetricForFigure } from '../guardedTrigger';
import { clauseOf } from '../claimSentence';

const NAMED_KINDS = new Set(['company', 'product', 'model']);
const SLIP_FACTORS = [10, 0.1, 100, 0.01];

export function soleProductPriceVerdict(s: JudgeScope, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const { claim, q, metric, comparable, period, compares } = s;
  const { documentDate, sentenceText } = context;
  if (!STANDING_METRICS.has(metric) || period || compares || claim.entity.how !== 'sentence' || !documentDate || sentenceText === undefined) return undefined;
  const product = kb.entities.get(claim.entity.value);
  if (!product || (product.kind !== 'product' && product.kind !== 'model')) return undefined;
  // Its maker may be named too ("OpenAI's o1"); any other product or company makes it a price list.
  const makers = new Set(ancestorsOf(kb.entities, product.id));
  const named = new Set(findEntityMentions(sentenceText, kb).filter((m) => NAMED_KINDS.has(m.kind) && !makers.has(m.entity)).map((m) => m.entity));
  if (named.size !== 1 || !named.has(product.id)) return undefined;
  const standing = unchangedPrice(comparable, documentDate);
  if (!standing || comparable.some((f) => matches(claim, f))) return undefined;
  // The product's other price, itself never changed, that the figure is ("$15" for Opus's output).
  const other = [...STANDING_METRICS]
    .filter((m) => m !== metric && confusable(metric, m))
    .map((m) => unchangedPrice(kb.factsFor(product.id, m).filter((f) => numeric(f) && unitFits(q.kind, q.currency, f, undefined)), documentDate))
    .filter((facts): facts is Fact[] => facts !== undefined && facts.some((f) => matches(claim, f)));
  // The figure's own words name that other price ("$0.14 on a hit"): the binder's choice, not the writer's slip.
  const namedPrice = other.flat().filter((f) => namesMetricForFigure(claim, f.metric, clauseOf(claim, sentenceText), context, kb));
  if (namedPrice.length > 0) return { verdict: 'supported', deciding: namedPrice, related: [] };
  if (other.length > 0) return { verdict: 'wrong-metric', deciding: other.flat(), related: standing };
  // A decimal point one or two places off ("0.75美元" for $0.075) is a slip of scale.
  for (const factor of SLIP_FACTORS) {
    const scaled = standing.filter((f) => meetsFigure(claimIntervalFor(claim, f), f, factor) && keepsWrittenDigits(claim, f, factor));
    if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
  }
  const gap = Math.min(...standing.map((f) => relativeGap(quantityInterval(q), factInterval(f)!)));
  return { verdict: 'contradicted', deciding: standing, related: [], gap, periodSure: true, periodInferred: true };
}

/** The facts of a price that has one figure on record (never cut or raised), all known by the date. */
function unchangedPrice(facts: readonly Fact[], documentDate: string): Fact[] | undefined {
  const own = facts.filter((f) => !f.fromMemory);
  if (own.length === 0 || new Set(own.map((f) => f.value)).size !== 1 || !own.every((f) => knownBy(f, documentDate))) return undefined;
  return own;
}
