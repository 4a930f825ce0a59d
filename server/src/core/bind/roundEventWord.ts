/**
 * A word that names a funding round as an event ("round", "funding round", "Series D", "seed round",
 * A轮, 种子轮) says which round, not which of its figures: "| Earlier round | $3bn (Feb 2025) |", "its
 * Series D: $3bn" may give the amount raised or the valuation the round was struck at. Only words of
 * raising ("raised", "raise", "funding", 融资, 募资) name the amount. A figure whose amount-raised metric
 * rests on an event word alone keeps the valuation as its other reading (`alternative`), and the judge
 * weighs both (checks/facts/eitherReading.ts): a value that is the round's valuation is no wrong metric
 * or wrong scale of the amount raised.
 */
import type { Binding } from '../model';

const RAISED = 'funding.raised';
const VALUATION = 'valuation';

/** The whole trigger is a name of the round: "round", "funding round", "Series D", "seed round", C轮, 种子轮. */
const ROUND_EVENT = /^(?:(?:funding|financing|seed|angel)\s+)?rounds?$|^series\s+[a-l](?:\d|\+)?$|^(?:种子|天使|Pre-A|[A-F]\+?\d?)轮$/i;

export function withRoundReadings(metric: Binding<string> | undefined, text: string): Binding<string> | undefined {
  if (metric?.value !== RAISED || !metric.span || metric.alternative !== undefined) return metric;
  return ROUND_EVENT.test(text.slice(metric.span.start, metric.span.end).trim()) ? { ...metric, alternative: VALUATION } : metric;
}
