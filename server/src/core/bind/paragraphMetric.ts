/**
 * A figure whose sentence names no measure, only its owner (and perhaps a period), measures what its
 * paragraph has been about: "Capex hit records in 2024. … Alphabet's $52.5 billion in 2023 was already a
 * record", "资本开支方面，……。谷歌2023年为323亿美元". The paragraph names the measure once, as a
 * heading would, and the later sentences only add owners and periods.
 *
 * Read only when the carrying is the one reading a careful reader would give:
 * - the figure's own sentence names an owner of its own (explicit or in the sentence, or by a pronoun
 *   standing for the paragraph's subject: "OpenAI reports weekly users. It said 100 million in 2023, 200
 *   million in 2024", "…的周活跃用户。它在8月为2亿"), and no measure at all, not even a hint of one of the
 *   figure's kind ("paid", 支付);
 * - the paragraph, before the figure's sentence, names exactly one measure of the figure's kind, by a
 *   word that names it (not a hint), and that is the last measure it names (nothing nearer names
 *   another);
 * - the figure is of the measure's main kind (money for capex, a percent for a share or a growth rate):
 *   a percent under a paragraph about revenue is a change or a share of it, not revenue.
 * - no verb of putting money in governs the figure's sentence before it: in "Thrive put in about $1.25
 *   billion, Microsoft $2 billion, Nvidia $100 million", 据报道，A出了约12.5亿美元，B约20亿美元, every item
 *   of the list carries that verb's measure (the cheque written), never the paragraph's valuation or
 *   the listed investor's own worth.
 * The binding is 'context': the severity rules cap what a metric so read may say.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn } from './mentions';
import type { TriggerMention } from './metrics';

/**
 * Verbs of putting money into something. Colloquial ones the vocabulary cannot hold as triggers (出了 is
 * also 推出了, 出了问题) are safe here, read only before a money figure of a sentence without a measure.
 */
const PUT_IN = /出了|投了|拿出了?|掏出了?|砸了|出资|认购了?|跟投了?|\b(?:put (?:in|up)|chipped in|contributed|invested|wrote (?:a )?(?:cheque|check)s?)\b/i;

export function paragraphMetric(
  text: string,
  q: Quantity,
  sentence: Span,
  paragraph: Span,
  triggers: readonly TriggerMention[],
  owner: Binding<string> | undefined,
  kb: BindingKnowledge,
  pronouns: readonly Span[] = [],
): Binding<string> | undefined {
  if (!owner || !(owner.how === 'explicit' || owner.how === 'sentence' || pointedBack(owner, q, sentence, paragraph, pronouns))) return undefined;
  if (sentence.start <= paragraph.start) return undefined;
  // A bounded window (a list of a few items) keeps this linear on long sentences of many figures.
  if (q.kind === 'money' && PUT_IN.test(text.slice(Math.max(sentence.start, q.start - 160), q.start))) return undefined;
  const last = oneMeasureNamed(q, { start: paragraph.start, end: sentence.start }, triggers, kb);
  if (!last) return undefined;
  // A sentence naming a measure, even the paragraph's, has been read by the sentence's own rules: a
  // figure they left unbound there ("…, which sums to $105 billion") is not the measure's entry.
  if (namesMeasureFor(q, sentence, triggers, kb)) return undefined;
  return { value: last.metric, how: 'context', span: { start: last.start, end: last.end } };
}

/**
 * The measure a span names for q to carry: the last word in it that names one (not a hint, not a word
 * read for another figure or for what a share is of), of q's main kind, with no other measure q could be
 * named in the span. Shared by the paragraph's measure and a list's lead line (leadMetric.ts).
 */
export function oneMeasureNamed(q: Quantity, span: Span, triggers: readonly TriggerMention[], kb: BindingKnowledge): TriggerMention | undefined {
  const kinds = (metric: string) => kb.metrics.get(metric)?.kinds ?? [];
  // Words read for another figure ("of … shipments" after "98%") or naming what a share is of are that figure's.
  const named = mentionsIn(triggers, span.start, span.end).filter((t) => t.strong && !t.owner && !t.share);
  if (named.length === 0) return undefined;
  const last = named[named.length - 1];
  const main = kinds(last.metric)[0];
  if (!(main === q.kind || (main === 'count' && q.kind === 'number'))) return undefined;
  if (named.some((t) => t.metric !== last.metric && kinds(t.metric).includes(q.kind))) return undefined;
  return last;
}

/** Whether the span names a measure of its own for q: a word naming any, or a hint at one of q's kind. */
export function namesMeasureFor(q: Quantity, span: Span, triggers: readonly TriggerMention[], kb: BindingKnowledge): boolean {
  return mentionsIn(triggers, span.start, span.end).some((t) => t.strong || (kb.metrics.get(t.metric)?.kinds.includes(q.kind) ?? false));
}

/**
 * The owner was read from the paragraph before the sentence through a pronoun of the sentence before the
 * figure ("It said …", 它…): the sentence names its owner, as a pronoun does, not by the paragraph alone.
 */
function pointedBack(owner: Binding<string>, q: Quantity, sentence: Span, paragraph: Span, pronouns: readonly Span[]): boolean {
  if (owner.how !== 'context' || !owner.span) return false;
  if (owner.span.start < paragraph.start || owner.span.end > sentence.start) return false;
  return mentionsIn(pronouns, sentence.start, q.start).length > 0;
}
