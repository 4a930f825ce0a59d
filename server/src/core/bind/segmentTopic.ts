/**
 * A segment named as a clause of its own, the subject of the clause that holds the figure:
 * "而撑起这一切的数据中心业务，早在2024财年就做到了1152亿美元的收入", "Its data-center business, which barely
 * existed five years ago, brought in $115.2 billion of revenue in fiscal 2024". The general measure word
 * of the figure's clause (收入, revenue) is the segment's, as "数据中心业务收入" or "Data Center had
 * revenue of" would be in one clause (ownedMetric.ts); the comma between only sets the subject apart.
 *
 * The subject clause is nothing but a noun phrase that ends with the narrower metric's word (a word for
 * a business unit may follow): modifiers ending in 的, a possessor, an article before it, and no figure.
 * English may put relative clauses between ("which barely existed…"). The figure's clause has no subject
 * of its own: no name, no word of another measure before the general word, and in English it opens with
 * a verb of earning or reporting. A segment in a clause with a predicate of its own ("数据中心业务增长很快，
 * 公司全年收入…"), or set apart by a preposition ("除数据中心业务外", "beyond its data-center business"),
 * is not the subject.
 */
import type { Quantity, Span } from '../model';
import type { TriggerMention } from './metrics';
import { clauseSpans } from './clauses';

/** What may follow the segment's word in its clause: a word for a business unit. */
const UNIT_AFTER = /^\s*(?:业务|部门|板块|分部|business|segment|unit|division|arm)?\s*$/i;
/** Conjunctions that may open the subject clause. */
const OPENING_CONJUNCTION = /^\s*(?:而且|而|但是|但|不过|同时|and|but|yet|meanwhile)(?![A-Za-z])\s*/i;
/** Prepositions and verbs that set a segment apart from the subject: "除…外", "beyond", "excluding". */
const SET_APART =
  /^(?:除|在|对|从|比|较|与|和|跟|相比|相较|对比|不同于|不含|不包括|扣除|不算|剔除|包括|(?:in|beyond|outside|excluding|besides|apart|aside|for|at|from|with|without|like|unlike|across|within|except|including|than|of|to|by|on|after|before|over|under|among|despite)(?![A-Za-z]))/i;
/** Before the segment's word (a possessor taken out): nothing, modifiers ending in 的, or an article and up to two words. */
const MODIFIERS_ZH = /^(?:|.*的|其)$/s;
const MODIFIERS_EN = /^(?:(?:its|their|the|our|this|that)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** An English relative clause between subject and predicate. */
const RELATIVE = /^\s*(?:which|who|whose|that)(?![A-Za-z])/i;
/** The English predicate opens with a verb of earning or reporting, adverbs before it allowed. */
const PREDICATE_EN =
  /^\s*(?:(?:also|alone|already|then|still|now|later|itself|\w+ly)\s+)*(?:had|has|have|posted|reported|generated|recorded|booked|delivered|brought\s+in|brings\s+in|took\s+in|pulled\s+in|made|makes|earned|earns|contributed|accounted\s+for)(?![A-Za-z])/i;
/** Chinese subjects of the figure's own, before the general word: the whole company, the rest of it. */
const OWN_SUBJECT_ZH = /公司|集团|整体|全部|总|其余|其他|其它|剩余|另外|合计|共计/;

export interface TopicInput {
  text: string;
  quantity: Quantity;
  clause: Span;
  sentence: Span;
  /** Trigger words of the sentence. */
  triggers: readonly TriggerMention[];
  quantities: readonly Quantity[];
  /** Where the sentence names known subjects (entity mentions). */
  mentions: readonly Span[];
}

/** The segment's trigger that is the subject of `picked`'s clause, when there is one. */
export function topicSegment(picked: TriggerMention, input: TopicInput): TriggerMention | undefined {
  const { text, clause, quantity: q } = input;
  const head = Math.min(picked.start, q.start);
  const inside = (s: Span, from: number, to: number) => s.start >= from && s.end <= to;
  // The figure's clause has no subject of its own before the general word or the figure.
  if (input.mentions.some((m) => inside(m, clause.start, head))) return undefined;
  if (input.triggers.some((t) => t !== picked && t.strong && inside(t, clause.start, head))) return undefined;
  const lead = text.slice(clause.start, head);
  const english = !/[\u3400-\u9fff]/.test(text.slice(input.sentence.start, input.sentence.end));
  if (english ? !PREDICATE_EN.test(lead) : OWN_SUBJECT_ZH.test(lead)) return undefined;
  const before = clauseSpans(text, input.sentence).filter((c) => c.end <= clause.start);
  // English relative clauses may stand between the subject and its predicate.
  let i = before.length - 1;
  while (english && i > 0 && RELATIVE.test(text.slice(before[i].start, before[i].end)) && !holdsFigure(before[i], input)) i--;
  const subject = before[i];
  if (!subject || holdsFigure(subject, input)) return undefined;
  const owner = input.triggers.find((t) => t.metric.startsWith(`${picked.metric}.`) && inside(t, subject.start, subject.end) && UNIT_AFTER.test(text.slice(t.end, subject.end)));
  if (!owner) return undefined;
  return modifiersOnly(text.slice(subject.start, owner.start), subject.start, input.mentions, english) ? owner : undefined;
}

/** A figure of the bound figure's kind in the clause (a year or "five years ago" is none). */
function holdsFigure(c: Span, input: TopicInput): boolean {
  return input.quantities.some((o) => o.kind === input.quantity.kind && o.start >= c.start && o.end <= c.end);
}

/** The words before the segment's word only modify it: possessors, articles, 的-phrases; no preposition. */
function modifiersOnly(prefix: string, from: number, mentions: readonly Span[], english: boolean): boolean {
  const chars = prefix.split(''); // UTF-16 units, as offsets are
  for (const m of mentions) for (let k = Math.max(0, m.start - from); k < Math.min(chars.length, m.end - from); k++) chars[k] = ' ';
  const rest = chars.join('').replace(/[*_]/g, ' ').replace(OPENING_CONJUNCTION, '').replace(/['’]s(?=\s|$)/g, ' ').trim();
  if (SET_APART.test(rest)) return false;
  return english ? MODIFIERS_EN.test(rest ? `${rest.replace(/\s+/g, ' ')} ` : '') : MODIFIERS_ZH.test(rest.replace(/\s+/g, ''));
}
