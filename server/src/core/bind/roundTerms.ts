/**
 * The terms of a funding round written as two amounts joined by "at": "$300 million at $4.1 billion",
 * "$2 billion at about $32 billion". The first is the money raised, the second the valuation it was
 * raised at. Read only when no trigger word names either figure's measure (a trigger is surer, and
 * "post-money" after the second figure already says it), and only between two scaled amounts: "$1.5
 * billion at $40 a share" is a share price, not a valuation. When a raising verb does name the first
 * figure ("raised $675 million in February at $26 billion"), roundValuation.ts reads the second one first.
 */
import type { Binding, Quantity } from '../model';
import type { BindingKnowledge } from './knowledge';

/** What stands between the two amounts: "at", an article and a hedge ("at about", "at a roughly"). */
const AT_BETWEEN = /^\s+at\s+(?:an?\s+)?(?:(?:about|around|roughly|approximately|nearly|some)\s+)?$/i;

const RAISED = 'funding.raised';
const VALUATION = 'valuation';

/**
 * The measure of a money figure that is one side of "$X at $Y", from the quantities of its sentence
 * (sorted by start); undefined when it is not.
 */
export function roundTermMetric(text: string, q: Quantity, quantities: readonly Quantity[], kb: BindingKnowledge): Binding<string> | undefined {
  if (!scaledAmount(q)) return undefined;
  const i = quantities.findIndex((o) => o.start === q.start && o.end === q.end);
  if (i < 0) return undefined;
  const before = quantities[i - 1];
  const after = quantities[i + 1];
  if (before && scaledAmount(before) && AT_BETWEEN.test(text.slice(before.end, q.start))) return known(VALUATION, kb);
  if (after && scaledAmount(after) && AT_BETWEEN.test(text.slice(q.end, after.start))) return known(RAISED, kb);
  return undefined;
}

/** Money written with a scale word ("$4.1 billion", "$300M"): the size of a round or a valuation. */
function scaledAmount(q: Quantity): boolean {
  return q.kind === 'money' && q.style.scale >= 1e6;
}

function known(metric: string, kb: BindingKnowledge): Binding<string> | undefined {
  return kb.metrics.has(metric) ? { value: metric, how: 'explicit' } : undefined;
}
