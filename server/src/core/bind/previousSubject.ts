/**
 * A sentence that names no owner continues the one before it. Writers name the company once and go on
 * about it: "百川智能成立仅半年。它宣布完成A1轮融资3亿元" with no pronoun, "Mistral AI raised €105 million
 * in its June 2023 seed. Last month's Series B was $600 million", "智谱2024年收入3.12亿元……现补充：2024年
 * 净亏损为3.12亿元". When nothing in the figure's sentence, its table row, its list's lead, its heading or
 * a credited estimator gives an owner (entities.ts tries all of those first), the figure is about the one
 * company, product or model the previous sentence of its paragraph names, as a context binding (so a
 * finding on it warns at most, never errs).
 *
 * Only the sentence right before, and only when it names exactly one such owner: two names leave the
 * subject open, and a paragraph's earlier sentences (tried: twice the false alarms for two more catches)
 * drift from it. Publishers, estimators, people and generic things (GPUs, hyperscalers) are not owners
 * here: a sentence crediting "TrendForce" or "Bloomberg" passes on someone else's figure. Nor when the
 * figure's sentence says, before it, that another party is meant ("其他公司的营收", "rivals' revenue").
 * This reverses the earlier "nothing found means no entity" for this one case (checking-model §3): on
 * the corpus it flagged 5 more wrong figures and no correct one (ARCHITECTURE, session 20).
 */
import type { Binding, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { mentionsIn, type EntityMention } from './mentions';
import { entityBinding } from './subject';

const OWNER_KINDS = new Set(['company', 'product', 'model']);

/** Before the figure in its sentence: another party is its subject ("其他公司的营收", "rivals' revenue"). */
const ANOTHER_PARTY = /其他|其它|另一家|另一个|别的|(?<![A-Za-z])(?:other|another|rivals?|competitors?|peers?)(?![A-Za-z])/i;

export interface PreviousSubjectInput {
  text: string;
  quantity: Span;
  sentence: Span;
  paragraph: Span;
  /** All sentences of the document, sorted. */
  sentences: readonly Span[];
  /** All alias mentions of the document, sorted. */
  mentions: readonly EntityMention[];
  /** Spans of the sources credited (their names are no subject). */
  attributions: readonly Span[];
}

/** The one owner the paragraph's previous sentence names, bound as context; none when it names 0 or 2+. */
export function previousSentenceSubject(input: PreviousSubjectInput, kb: BindingKnowledge): Binding<string> | undefined {
  if (ANOTHER_PARTY.test(input.text.slice(input.sentence.start, input.quantity.start))) return undefined;
  const i = input.sentences.findIndex((x) => x.start === input.sentence.start);
  const previous = i > 0 ? input.sentences[i - 1] : undefined;
  if (!previous || previous.start < input.paragraph.start) return undefined;
  const credited = (m: EntityMention) => input.attributions.some((a) => a.start < m.end && m.start < a.end);
  const owners = mentionsIn(input.mentions, previous.start, previous.end).filter((m) => OWNER_KINDS.has(m.kind) && !credited(m));
  if (new Set(owners.map((m) => m.entity)).size !== 1) return undefined;
  return entityBinding(owners[0], 'context', kb);
}
