/**
 * Step 4 of the verdict order (wrong metric) for a list price judged against the price in force
 * (contradicted.ts standingPriceVerdict): before a figure that matches no price ever set for its measure
 * is called contradicted, the product's other prices in force at the same moment are asked. "GPT-4 Turbo's
 * input price is $30" is its output price; "R1 charges $0.14 per million input tokens" is its cache-hit
 * price. The period-bound wrong-metric step never sees these figures (they state no period), and
 * soleProductPrice.ts covers only a product named outside the number's clause.
 * When the number's own clause names the other measure ("cached input at $1.50"), the binder chose the
 * wrong one of two measures, not the writer: supported, as in wrongMetric.ts.
 */
import type { Fact } from '../../../model';
import type { FactBase } from '../../../facts/index';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { matches, numeric, unitFits } from '../factMatch';
import { newestOf } from '../factLookup';
import { endsBy } from '../periodMatch';
import { clauseOf } from '../claimSentence';
import { confusable } from '../metricMixups';
import { namesMetricForFigure } from '../guardedTrigger';

/**
 * The prices of one measure in force at `asOf`: those set (their period's start) by then, at the latest
 * date any was set. A price holds from when it was set until the next change.
 */
export function pricesInForce(facts: readonly Fact[], asOf: string): Fact[] {
  const set = facts.filter((f) => endsBy({ ...f.period, end: f.period.start }, asOf));
  const latest = newestOf(set.map((f) => ({ ...f, period: { ...f.period, end: f.period.start } })));
  return latest ? set.filter((f) => f.period.start === latest.period.start) : [];
}

/** The figure is the product's other list price in force at `asOf` (wrong metric), or one its clause names (supported). */
export function otherPriceInForce(s: JudgeScope, kb: FactBase, context: JudgeContext, standing: ReadonlySet<string>, asOf: string, inForce: readonly Fact[]): Judgement | undefined {
  const { claim, q, metric, entity } = s;
  const others = [...standing].filter((m) => m !== metric && confusable(metric, m));
  const matched = others.flatMap((m) => pricesInForce(kb.factsFor(entity, m).filter((f) => numeric(f) && !f.fromMemory && unitFits(q.kind, q.currency, f)), asOf).filter((f) => matches(claim, f)));
  if (matched.length === 0) return undefined;
  const clause = clauseOf(claim, context.sentenceText);
  const named = matched.filter((f) => namesMetricForFigure(claim, f.metric, clause, context, kb));
  if (named.length > 0) return { verdict: 'supported', deciding: named, related: [] };
  return { verdict: 'wrong-metric', deciding: matched, related: [...inForce] };
}
