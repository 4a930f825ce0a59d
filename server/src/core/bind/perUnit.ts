/**
 * A money figure written per a unit that only some metrics are priced in ("$20.47 a share", "每股23.28美元":
 * `perUnits` in data/metrics.yaml) is one of those metrics, whatever other measure words stand in its
 * clause: in "agreed to invest $5 billion in Intel at $23.28 a share" the $23.28 is a share price, not an
 * investment. A trigger word of one of them in the clause decides between them; with none, the first
 * such metric of metrics.yaml. Unless the clause names another measure per that unit the base does not
 * hold (`perUnitsUnless`: "a quarterly dividend of $0.01 a share", 每股收益): then nothing is restricted.
 */
import type { Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findLiterals, lowerAscii, wordLiteral, type Literal } from './literals';

interface PricedPer {
  metric: string;
  units: readonly string[];
  unless: Literal[];
}

/** The metrics priced per a unit, in metrics.yaml order, with their "unless" words; built once per base. */
const pricedPerTables = new WeakMap<BindingKnowledge, PricedPer[]>();

function pricedPer(kb: BindingKnowledge): PricedPer[] {
  let table = pricedPerTables.get(kb);
  if (!table) {
    table = [...kb.metrics.values()]
      .filter((m) => m.perUnits !== undefined && m.kinds.includes('money'))
      .map((m) => ({ metric: m.id, units: m.perUnits!, unless: [...(m.perUnitsUnless?.en ?? []), ...(m.perUnitsUnless?.zh ?? [])].map(wordLiteral) }));
    pricedPerTables.set(kb, table);
  }
  return table;
}

/** The metrics a figure's denominator restricts it to, in metrics.yaml order; empty when it restricts nothing. */
export function metricsOfDenominator(q: Quantity, text: string, clause: Span, kb: BindingKnowledge): string[] {
  const unit = q.kind === 'money' ? q.per?.unit : undefined;
  if (unit === undefined) return [];
  const clauseText = text.slice(clause.start, clause.end);
  const lower = lowerAscii(clauseText);
  const out: string[] = [];
  for (const { metric, units, unless } of pricedPer(kb)) {
    if (!units.includes(unit)) continue;
    if (findLiterals(clauseText, lower, unless).length > 0) return [];
    out.push(metric);
  }
  return out;
}
