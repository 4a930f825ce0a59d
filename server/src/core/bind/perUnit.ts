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

/** The metrics a figure's denominator restricts it to, in metrics.yaml order; empty when it restricts nothing. */
export function metricsOfDenominator(q: Quantity, text: string, clause: Span, kb: BindingKnowledge): string[] {
  const unit = q.kind === 'money' ? q.per?.unit : undefined;
  if (unit === undefined) return [];
  const clauseText = text.slice(clause.start, clause.end).toLowerCase();
  const out: string[] = [];
  for (const metric of kb.metrics.values()) {
    if (!metric.perUnits?.includes(unit) || !metric.kinds.includes('money')) continue;
    const unless = metric.perUnitsUnless;
    if (unless && (unless.en.some((word) => wholeWordIn(clauseText, word.toLowerCase())) || unless.zh.some((word) => clauseText.includes(word)))) return [];
    out.push(metric.id);
  }
  return out;
}

/** An English word or phrase as a whole word ("EPS" is not in "keeps"). */
function wholeWordIn(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text[i - 1];
    const after = text[i + word.length];
    if (!(before && /[a-z]/.test(before)) && !(after && /[a-z]/.test(after))) return true;
  }
  return false;
}
