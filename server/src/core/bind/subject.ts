/**
 * Which of several names in a clause or sentence a statement is about: its subject.
 *
 * Without a parser we read a few dependable signals: someone speaking or forecasting ("Amy Hood said",
 * 表示, "TrendForce expects HBM to …", 预计) is not the subject when something else is named; a
 * possessor describing the next name ("OpenAI's partner
 * Microsoft", "OpenAI的合作伙伴微软") is not either; a possessive right before the number governs it
 * ("Apple's $2.7 trillion"); names joined by "and"/和/、 form one group that the first stands for;
 * otherwise the first name of the clause is its subject.
 */
import type { Binding, BindingHow, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { EntityMention } from './mentions';

const SPEAKER = /^\s*(?:said|says|told|noted|disclosed|revealed|explained|expects|expected|forecasts|predicts|表示|称|透露|说|指出|介绍|坦言|预计|预测)/i;
const POSSESSIVE = /^(?:['’]s?|的)/;
const APPOSITION = /^(?:['’]s?|的)\s*(?:[\p{L}-]{1,12}(?:\s+[\p{L}-]{1,12})?\s*)?$/u;
const COORDINATION = /^\s*(?:、|,|，|和|与|及|以及|跟|同|或|and|&|or|as well as)\s*(?:the\s+)?$/i;

export interface Subject {
  mention: EntityMention;
  /** The subject stands for a coordinated group of several entities ("Microsoft and Meta"). */
  group: boolean;
}

export function distance(m: Span, q: Span): number {
  return m.end <= q.start ? q.start - m.end : m.start - q.end;
}

/**
 * The subject among `mentions` (sorted) for a statement about `at` (the number, or a pronoun).
 * `possessive`: let a possessive right before `at` decide (only within the number's own clause).
 */
export function chooseSubject(text: string, at: Span, mentions: readonly EntityMention[], possessive: boolean): Subject | undefined {
  if (mentions.length === 0) return undefined;
  const nearestOf = (entity: string) => mentions.filter((m) => m.entity === entity).sort((a, b) => distance(a, at) - distance(b, at))[0];
  let pool = [...mentions];
  const single = () => new Set(pool.map((m) => m.entity)).size === 1;
  if (single()) return { mention: nearestOf(pool[0].entity), group: false };
  const narrow = (keep: (m: EntityMention, i: number) => boolean) => {
    const next = pool.filter(keep);
    if (next.length > 0) pool = next;
  };
  narrow((m) => !SPEAKER.test(text.slice(m.end)));
  narrow((m, i) => {
    const next = pool[i + 1];
    return !(next && next.start >= m.end && APPOSITION.test(text.slice(m.end, next.start)));
  });
  if (single()) return { mention: nearestOf(pool[0].entity), group: false };
  if (possessive) {
    const before = pool.filter((m) => m.end <= at.start);
    const last = before[before.length - 1];
    if (last && POSSESSIVE.test(text.slice(last.end, last.end + 2))) return { mention: last, group: false };
  }
  const group = [pool[0]];
  for (let i = 1; i < pool.length && COORDINATION.test(text.slice(pool[i - 1].end, pool[i].start)); i++) group.push(pool[i]);
  return { mention: pool[0], group: new Set(group.map((m) => m.entity)).size > 1 };
}

/** A mention as an entity binding; a person stands for the company they speak for (its `parent`). */
export function entityBinding(m: EntityMention, how: BindingHow, kb: BindingKnowledge): Binding<string> {
  const entity = kb.entities.get(m.entity);
  const value = entity?.kind === 'person' && entity.parent ? entity.parent : m.entity;
  return { value, how, span: { start: m.start, end: m.end } };
}
