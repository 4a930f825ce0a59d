/**
 * "AMD's entire 2024 revenue of $12.6 billion is smaller than what Nvidia's data-center business books
 * in a quarter": a metric word owned by another company ("Nvidia's", "英伟达的", "英伟达数据中心收入")
 * names that company's measure. It does not vouch that the claim's value is its own company's figure of
 * that measure (the writer-favour rule of verdicts/wrongMetric.ts).
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { FactBase } from '../../facts/index';
import { ancestorsOf } from '../../facts/index';
import { findEntityMentions } from '../../bind/mentions';
import { occursUncovered } from './coveredWords';

/** "Nvidia's ", "Nvidia’s ", "英伟达的", or the name right before the word. */
const OWNER_LINK = /^(?:['’]s\s+|的|\s*)$/;

/** Does the sentence name the metric other than as a company's that is not the claim's (nor its parent's)? */
export function namesMetricAsOwn(sentence: string, metricId: string, entity: string, kb: FactBase): boolean {
  const metric = kb.metrics.get(metricId);
  if (!metric) return false;
  const own = new Set([entity, ...ancestorsOf(kb.entities, entity)]);
  // Read only when a metric word occurs: most sentences name none of the metric's words.
  let others: ReturnType<typeof findEntityMentions> | undefined;
  const ownedByAnother = (at: number) => (others ??= findEntityMentions(sentence, kb).filter((m) => !own.has(m.entity))).some((m) => m.end <= at && at - m.end <= 3 && OWNER_LINK.test(sentence.slice(m.end, at)));
  const lower = sentence.toLowerCase();
  const words = [...metric.triggers.en, ...metric.names.en].filter((t) => t.length > 2).concat(metric.triggers.zh, metric.names.zh);
  return words.some((t) => occursUncovered(lower, t.toLowerCase(), metricId, kb, (at) => !ownedByAnother(at)));
}
