/**
 * A deal named by its value as a thing already known takes no date from another clause. In "RPO of $455
 * billion at the end of fiscal Q1, up 359%, much of it the reported $300 billion OpenAI contract", the
 * quarter dates the backlog; "the reported $300 billion OpenAI contract" points at a contract the reader
 * knows, signed when it was signed, which the sentence does not say. A definite noun phrase whose head is
 * a deal word (contract, deal, agreement, commitment, pact, order) with the figure as its modifier ("the
 * $300 billion contract", "its $10 billion Azure commitment", "that $14 billion deal") names a deal by its
 * value; like a proper name it keeps its own date, and a date of another clause, or of an earlier
 * sentence, is another figure's. Only a date written in the phrase's own clause ("the $300 billion
 * contract signed in September") dates it.
 *
 * Only a measure of money changing hands once (a deal's value, a commitment: the metric is one-off) is
 * read so: a figure's noun is not always its measure.
 */
import type { Span } from '../model';

/** A determiner that makes the phrase definite, then at most two describing words ("reported", "earlier", "five-year"). */
const DEFINITE_BEFORE = /(?<![A-Za-z])(?:the|its|their|that|this|those)\s+(?:(?!(?:of|in|for|to|from|with|by|at|on|and|or|is|was|were|are)\b)[A-Za-z][A-Za-z'’-]*\s+){0,2}(?:(?:about|around|roughly|nearly|some|~)\s*)?$/i;
/** After the figure, up to three words of the phrase (a name, a kind: "OpenAI", "cloud", "multi-year"), then the deal word. */
const DEAL_HEAD_AFTER = /^(?:\s+(?!(?:it|they|that|which|who|was|is|were|are|had|has|have|in|of|for|to|from|with|by|at|on|as|and|or|a|an|the)\b)[A-Za-z][A-Za-z0-9.'’-]*){0,3}?\s+(?:contract|deal|agreement|commitment|pact|order|purchase\s+order)s?\b/i;

/** The figure q is the value a definite deal phrase names its deal by ("the reported $300 billion OpenAI contract"). */
export function namesDealByValue(text: string, q: Span): boolean {
  return DEFINITE_BEFORE.test(text.slice(Math.max(0, q.start - 48), q.start)) && DEAL_HEAD_AFTER.test(text.slice(q.end, q.end + 64));
}
