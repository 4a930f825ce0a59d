/**
 * "Nvidia is worth $2 trillion", "OpenAI is valued at $157 billion": a level stated in the present tense
 * is the level at the document's date, like one marked "now". English only: Chinese marks the present
 * with a word (目前, 现在), which the period patterns already read.
 *
 * The verb must govern the number (only hedges between them), and a date elsewhere in the clause counts
 * only when it cannot belong to another figure: "is worth $3 trillion as of 5 June" is dated, "is valued
 * at $157 billion and keeps raising: the March round brought in $40 billion" is not (March is the
 * round's).
 */
import type { Quantity, Span } from '../model';

/** "is worth", "are now worth", "is currently valued at". */
const PRESENT_LEVEL_VERB = /\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:worth|valued\s+at)\s+((?:[A-Za-z]+\s+){0,2})$/i;
/** Words that may stand between the verb and the number. */
const HEDGE_WORDS = /^(?:(?:about|around|roughly|nearly|almost|some|over|more|than|less|under|at|least|close|to|approximately|just|a|an)\s+)*$/i;

/** The present-tense verb that governs the quantity, if its clause states the level that way. */
export function presentLevelVerb(text: string, clause: Span, q: Quantity): Span | undefined {
  const before = text.slice(clause.start, q.start);
  const m = PRESENT_LEVEL_VERB.exec(before);
  if (!m || !HEDGE_WORDS.test(m[1])) return undefined;
  const start = clause.start + m.index;
  return { start, end: q.start };
}
