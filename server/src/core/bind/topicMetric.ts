/**
 * A sentence that opens by naming its topic measure: "收入上,这家公司增长很快,2024年的3000万美元已属前列",
 * "在估值方面,…", "As for revenue, …", "On capex, …". The topic phrase says what the
 * sentence's figures measure, as a heading would for its section, so a figure with no trigger word of
 * its own takes it (if its kind fits: "增长近8倍" is not revenue).
 *
 * Only a phrase that opens the sentence and is closed by a comma or colon counts: a measure named
 * mid-sentence ("投入开始体现在收入上") is some other clause's.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { TriggerMention } from './metrics';

/** What may stand before the measure word: markup, then 在/从/就 or "As for", "As to", "On". */
const TOPIC_OPENING = /^[\s*_]*(?:在|从|就)?\s*$|^[\s*_]*(?:as for|as to|on)\s+(?:the\s+)?$/i;

/** What closes a Chinese topic ("上,", "方面:", "而言,") and an English one (the comma). */
const ZH_TOPIC_CLOSE = /^\s*(?:上|方面|而言|来看)\s*[,，:：]/;
const EN_TOPIC_CLOSE = /^\s*[,:]/;

export function topicMetric(
  text: string,
  q: Quantity,
  sentence: Span,
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const topic = triggers.find((t) => t.start >= sentence.start && t.end <= q.start && TOPIC_OPENING.test(text.slice(sentence.start, t.start)));
  if (!topic || !topic.strong) return undefined;
  const after = text.slice(topic.end, topic.end + 6);
  const english = /^[\s*_]*(?:in|as|on)\b/i.test(text.slice(sentence.start, topic.start));
  if (!(english ? EN_TOPIC_CLOSE : ZH_TOPIC_CLOSE).test(after)) return undefined;
  if (!kb.metrics.get(topic.metric)?.kinds.includes(q.kind)) return undefined;
  return { value: topic.metric, how: 'sentence', span: { start: topic.start, end: topic.end } };
}
