/**
 * "Figure raised $675 million at $26 billion", "the round brought in $40 billion at $300 billion": in a
 * round, the second sum, introduced by "at", is the price the round was struck at, the valuation, not a
 * second amount raised. The nearest trigger ("raised") would say otherwise, so this reading comes first.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';

/** Right before the round's amount: the verb of raising it. */
const RAISED_BEFORE = /(?<![A-Za-z])(?:raised|raises|raising|raise|brought in|secured|closed)\s+(?:a\s+|an\s+|another\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$/i;
/**
 * When it happened ("in February", "this year", "last September"), words that may follow a sum. Each word
 * is set off by a space or a comma and ends where its word ends: a run of digits can then be read only
 * one way (with optional separators, "9999…" splits into 1–4-digit years in exponentially many ways).
 */
const WHEN = String.raw`(?:(?:\s*,\s*|\s+)(?:in|on|during|this|last|early|late|mid|the|its|a|new|round|funding|year|month|quarter|week|series\s+[a-h]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?)(?![A-Za-z\d]))*`;
/** Between the amount and the valuation: "at", after at most when it happened. */
const AT_BETWEEN = new RegExp(String.raw`^${WHEN}\s*,?\s+at\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$`, 'i');
/**
 * Between one round's valuation and the next round's amount, when one verb raised both ("raised $1
 * billion at $5 billion last year and then $2 billion at $32 billion"): a list joiner.
 */
const NEXT_ROUND_BETWEEN = new RegExp(String.raw`^${WHEN}\s*(?:,|;)?\s*(?:and\s+|then\s+|later\s+)+(?:another\s+|a\s+further\s+)?(?:about\s+|around\s+|roughly\s+|nearly\s+|over\s+)?$`, 'i');

const VALUATION = 'valuation';

export function roundValuation(text: string, q: Quantity, sentence: Span, quantities: readonly Quantity[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind !== 'money' || !kb.metrics.has(VALUATION)) return undefined;
  const before = quantities.filter((o) => o.kind === 'money' && o.end <= q.start && o.start >= sentence.start);
  const amount = before[before.length - 1];
  if (!amount || !AT_BETWEEN.test(text.slice(amount.end, q.start))) return undefined;
  if (!raisedHere(text, amount, sentence, before.slice(0, -1), kb)) return undefined;
  return { value: VALUATION, how: 'explicit', span: { start: amount.end, end: q.start } };
}

/** The amount follows a verb of raising, or is the next item of a list of rounds that one verb raised. */
function raisedHere(text: string, amount: Quantity, sentence: Span, earlier: readonly Quantity[], kb: BindingKnowledge): boolean {
  if (RAISED_BEFORE.test(text.slice(Math.max(sentence.start, amount.start - 40), amount.start))) return true;
  const previousValuation = earlier[earlier.length - 1];
  if (!previousValuation || !NEXT_ROUND_BETWEEN.test(text.slice(previousValuation.end, amount.start))) return false;
  return roundValuation(text, previousValuation, sentence, earlier, kb) !== undefined;
}
