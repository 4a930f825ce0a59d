/**
 * A business unit pointed back at as the subject of the figure's clause: "Data center brought in $30.8
 * billion. The segment made $26.3 billion the quarter before". "The segment" (the unit, that division)
 * is the segment just named, so the clause's general
 * measure word (made, revenue, 收入) is that segment's narrower metric, as "Data center made" would be
 * (segmentTopic.ts reads a segment written as the subject itself). The segment is the last trigger of a
 * narrower metric of the general one in the sentence before the clause or the two sentences before
 * (a bounded window); with none named, the pointer binds nothing more than its general word.
 * English only for now: Chinese 该部门/该业务 reads the same way, but bound so, a segment figure whose company
 * is unbound had its fiscal quarter read as a calendar one (a new false alarm on the corpus), so it waits
 * for that to be fixed first.
 */
import type { Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findTriggers, type TriggerMention } from './metrics';

/** The clause opens with a unit noun pointing back: "the segment", "that division" (English only, see above). */
const POINTING_UNIT = /^\s*(?:(?:and|but|so|yet)\s+)?(?:the|that|this)\s+(?:segment|unit|division|business)(?![A-Za-z])/i;
/** How far back the segment may be named (about two sentences). */
const WINDOW = 300;

export function pointedSegment(picked: TriggerMention, text: string, clause: Span, head: number, kb: BindingKnowledge): TriggerMention | undefined {
  if (!POINTING_UNIT.test(text.slice(clause.start, head))) return undefined;
  const from = Math.max(0, clause.start - WINDOW);
  return findTriggers(text, kb, from, clause.start)
    .filter((t) => t.metric.startsWith(`${picked.metric}.`))
    .at(-1);
}
