/**
 * A business unit pointed back at as the subject of the figure's clause: "Data center brought in $30.8
 * billion. The segment made $26.3 billion the quarter before". "The segment" (the unit, that division)
 * is the segment just named, so the clause's general
 * measure word (made, revenue, 收入) is that segment's narrower metric, as "Data center made" would be
 * (segmentTopic.ts reads a segment written as the subject itself). So is the pointer after a fronted
 * phrase ("Two years earlier that segment had made"), and "it" continuing a sentence whose subject it was
 * ("…that segment had made $15bn, so it grew eightfold; in fiscal 2024 it made $47.5bn"), and a possessive
 * pointer before the figure or its measure word ("In fiscal 2024 the segment's $47.5bn was 78% of revenue").
 * The segment is the last trigger of a narrower metric of the general one in the sentence before the
 * clause or the two sentences before (a bounded window); with none named, the pointer binds nothing more
 * than its general word.
 * English only for now: Chinese 该部门/该业务 reads the same way, but bound so, a segment figure whose company
 * is unbound had its fiscal quarter read as a calendar one (a new false alarm on the corpus), so it waits
 * for that to be fixed first.
 */
import type { Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findTriggers, type TriggerMention } from './metrics';

/** The clause opens with a unit noun pointing back: "the segment", "that division" (English only, see above). */
const POINTING_UNIT = /^\s*(?:(?:and|but|so|yet)\s+)?(?:the|that|this)\s+(?:segment|unit|division|business)(?![A-Za-z])/i;
/** Auxiliaries and adverbs that may stand between the subject and its verb ("that segment had made"). */
const AUX = String.raw`(?:(?:had|has|have|also|alone|then|still|again|already|only)\s+)*`;
/** After a fronted phrase ("Two years earlier that segment had made"): the unit noun right before the verb. */
const UNIT_BEFORE_VERB = new RegExp(String.raw`(?:^|[\s,])(?:the|that|this)\s+(?:segment|unit|division|business)\s+${AUX}$`, 'i');
/**
 * The unit as the possessor of the figure or of its measure word: "In FY2024 the segment's $47.5bn was 78%
 * of revenue", "that division's revenue of $9bn". The figure is the unit's as plainly as after "the
 * segment made", whatever is fronted before it.
 */
const UNIT_POSSESSIVE_BEFORE = /(?:^|[\s,])(?:the|that|this)\s+(?:segment|unit|division|business)['’]s\s+(?:own\s+)?$/i;
/** "it" right before the verb ("in fiscal 2024 it made"), read as the unit only after one in its sentence. */
const IT_BEFORE_VERB = new RegExp(String.raw`(?:^|[\s,])it\s+${AUX}$`, 'i');
/** A unit noun pointing back, anywhere in the sentence before the clause. */
const UNIT_IN_SENTENCE = /(?<![A-Za-z])(?:the|that|this)\s+(?:segment|unit|division|business)(?![A-Za-z])/i;
/** The end of the sentence before (so the rest is the figure's sentence up to its clause). */
const SENTENCE_END = /[.!?。！？]\s+(?=\S)/g;
/** How far back the segment may be named (about two sentences). */
const WINDOW = 300;

export function pointedSegment(picked: TriggerMention, text: string, clause: Span, head: number, kb: BindingKnowledge): TriggerMention | undefined {
  if (!pointsBack(text, clause, head)) return undefined;
  const from = Math.max(0, clause.start - WINDOW);
  return findTriggers(text, kb, from, clause.start)
    .filter((t) => t.metric.startsWith(`${picked.metric}.`))
    .at(-1);
}

/**
 * The clause's subject is a unit noun pointing back: opening the clause ("the segment made"), right
 * before the verb after a fronted phrase ("Two years earlier that segment had made"), or "it" right before
 * the verb when its sentence has such a noun before the clause ("that segment had made $15bn, so it grew
 * eightfold; in fiscal 2024 it made $47.5bn"): the "it" continues the sentence's subject.
 */
function pointsBack(text: string, clause: Span, head: number): boolean {
  const before = text.slice(clause.start, head);
  if (POINTING_UNIT.test(before) || UNIT_BEFORE_VERB.test(before) || UNIT_POSSESSIVE_BEFORE.test(before)) return true;
  if (!IT_BEFORE_VERB.test(before)) return false;
  const window = text.slice(Math.max(0, clause.start - WINDOW), clause.start);
  let start = 0;
  for (const m of window.matchAll(SENTENCE_END)) start = m.index + m[0].length;
  return UNIT_IN_SENTENCE.test(window.slice(start));
}
