/**
 * Which newer figure can make a matched one out of date. A newer figure supersedes an older one only in
 * the same series (factLookup.sameSeries: the same parties and product): OpenAI's 10 GW with Broadcom
 * is that deal's own figure, and OpenAI's later 30 GW of total commitments, or another deal's figure,
 * does not make it stale. When the claim's sentence (or table row) names the other party of one of the
 * entity's deals of the metric, the figure is that deal's, whatever it happens to match: only a newer
 * figure of a deal with a party so named can supersede it, never a total.
 * Guidance is a series per guided period: "$35-40 billion for 2024" is out of date only once a later
 * guidance for 2024 is given, never because guidance for 2025 followed (guidance.ts sameGuidedPeriod).
 * A price set at a named event is a series per kind of event (the metric's `eventQualifiers`): the $40
 * IPO price is that offering's, and the $39 first trade the next day is the opening's, not a newer
 * IPO price; the base keeps no running quote that could make either out of date.
 * Part of the judge (verdicts/supported.ts): it knows nothing of findings or messages.
 */
import type { Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';
import { newestOf, sameSeries } from './factLookup';
import { sameGuidedPeriod } from './guidance';

export function newestOfSeries(entity: string, supporting: readonly Fact[], candidates: readonly Fact[], ofMetric: readonly Fact[], kb: FactBase, sentenceText: string | undefined): Fact | undefined {
  const series = candidates.filter((f) => supporting.some((match) => sameSeries(match, f) && sameGuidedPeriod(match, f) && eventKind(kb, match) === eventKind(kb, f)));
  const named = namedDealParties(entity, ofMetric, kb, sentenceText);
  return newestOf(named.size === 0 ? series : series.filter((f) => named.has(otherParty(entity, f) ?? '')));
}

/** The event a fact's figure was set at, as its metric's `eventQualifiers` name it ('' for none, or for a metric without them). */
function eventKind(kb: FactBase, f: Fact): string {
  const events = kb.metrics.get(f.metric)?.eventQualifiers;
  return events === undefined ? '' : f.qualifiers.filter((q) => events.includes(q)).sort().join('|');
}

/** The other side of a deal fact, seen from the claim's entity; undefined for a figure of the entity alone. */
function otherParty(entity: string, f: Fact): string | undefined {
  if (f.counterparty === undefined) return undefined;
  return f.counterparty === entity ? f.entity : f.counterparty;
}

/** The parties of the entity's deals of the metric that the sentence names. */
function namedDealParties(entity: string, ofMetric: readonly Fact[], kb: FactBase, sentenceText: string | undefined): Set<string> {
  const parties = new Set(ofMetric.map((f) => otherParty(entity, f)).filter((p): p is string => p !== undefined && p !== entity));
  // Read the sentence's names only when the entity has a deal of the metric (most claims have none).
  if (parties.size === 0 || sentenceText === undefined) return new Set();
  return new Set(findEntityMentions(sentenceText, kb).map((m) => m.entity).filter((e) => parties.has(e)));
}
