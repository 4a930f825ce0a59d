/**
 * A word that points back at the figure before names its measure across a sentence break:
 * "微软贡献了2024年收入的62%，约合11.9亿美元。2023年这一比例为35%。", "HBM只占DRAM产业营收的2.6%，2023年升至
 * 8.4%。另据Counterpoint估算，2024年这一比例将达到20.1%。", "Capex came to $52.5 billion in 2024. In 2023
 * that figure was $32.3 billion." 这一比例, 该数字, "that figure" say in words that the figure measures
 * what the last figure of its kind measured; a series clause inside one sentence already reads them
 * (bareClause.ts), this reads them when the sentence opens with them.
 *
 * Only when the figure's clause says nothing else: periods, the pointing word, a copula or a verb of
 * reaching (为, 将达到, 升至, "was", "rose to"), a hedge or a focus word; when the sentence names no measure
 * of the figure's kind before the clause; and only from the sentence right before, in the same paragraph,
 * whose figures of the kind all measure one thing, named by the words of one of them (explicit). Bound 'context', as a
 * paragraph's carried measure is: a contradiction on it may warn, never raise an error.
 */
import type { Binding, Claim, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { bareClause } from './bareClause';
import type { TriggerMention } from './metrics';

/** The pointing word: "this ratio", 这一数字. Its kinds: a share word only for percentages. */
const POINT_BACK = /(?:这一|这个|该|此|同一)(?:比例|占比|比重|份额|数字|数据|数值)|(?<![A-Za-z])(?:(?:this|that|the same)\s+(?:figure|number|share|ratio|proportion)|the\s+(?:share|ratio|proportion)(?!\s+of\b))(?![A-Za-z])/gi;

/** A verb of being or reaching between the pointing word and the figure ("将达到", "rose to"). */
const REACH = /将?(?:达到|达|升至|降至|增至|提高到|上升到|下降到|为|是)|(?<![A-Za-z])(?:rose to|fell to|climbed to|reached|will be|would be|stood at|is|was)(?![A-Za-z])/gi;

/**
 * The measure word at `word` (a trigger read as the figure's measure) is itself a pointing word of the
 * figure's clause: "the share" (with no "of …" after it), "this share", 这一份额. Such a word names the
 * measure just told ("Data Center was 88% of revenue. … the share was about 90%" is the share of revenue),
 * not the vocabulary's sense of the bare noun (market share), so the pointed reading comes first.
 */
export function pointsBackWith(text: string, clause: Span, q: Span, word: Span): boolean {
  if (word.start < clause.start || word.end > q.start) return false;
  const before = text.slice(clause.start, q.start);
  return [...before.matchAll(POINT_BACK)].some((w) => w.index !== undefined && clause.start + w.index <= word.start && word.end <= clause.start + w.index + w[0].length);
}

export function pointedMeasure(
  text: string,
  q: Quantity,
  clause: Span,
  sentence: Span,
  periods: readonly Span[],
  triggers: readonly TriggerMention[],
  earlier: readonly Claim[],
  paragraph: Span,
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const before = text.slice(clause.start, q.start);
  const word = [...before.matchAll(POINT_BACK)].at(-1);
  if (!word || word.index === undefined) return undefined;
  // The sentence names a measure of the figure's kind before the clause: the series rule reads it.
  if (triggers.some((t) => t.start >= sentence.start && t.end <= clause.start && kb.metrics.get(t.metric)?.kinds.includes(q.kind))) return undefined;
  let rest = text.slice(clause.start, clause.end);
  for (const p of periods) {
    if (p.start >= clause.start && p.end <= clause.end) rest = rest.slice(0, p.start - clause.start) + ' '.repeat(p.end - p.start) + rest.slice(p.end - clause.start);
  }
  rest = rest.replace(POINT_BACK, (m) => ' '.repeat(m.length)).replace(REACH, (m) => ' '.repeat(m.length));
  if (!bareClause(rest, q, true)) return undefined;
  // The figure pointed at: the last of the kind in the sentence right before, in the paragraph.
  const previous = earlier.filter((c) => c.sentence.end <= sentence.start && c.sentence.start >= paragraph.start);
  const last = previous.at(-1);
  if (!last) return undefined;
  // Its figures of the kind measure one thing, named by the words of at least one ("占…营收的2.6%，2023年升至8.4%").
  const measured = previous.filter((c) => c.sentence.start === last.sentence.start && c.quantity.kind === q.kind && c.metric);
  const metrics = new Set(measured.map((c) => c.metric!.value));
  const pointed = measured.find((c) => c.metric!.how === 'explicit');
  if (metrics.size !== 1 || !pointed?.metric || !kb.metrics.get(pointed.metric.value)?.kinds.includes(q.kind)) return undefined;
  const at = clause.start + word.index;
  return { value: pointed.metric.value, how: 'context', span: { start: at, end: at + word[0].length } };
}
