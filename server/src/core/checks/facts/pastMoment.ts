/**
 * Words that place a sentence's figures at a past moment of their own: a named round ("its Series B",
 * A轮, 种子轮), "at the time" (当时, 彼时), or a round or deal pointed back at ("that round", "the deal",
 * 那一轮, 该轮, 上一轮). Such a figure is history, not a statement of the present: a newer figure of
 * its series does not make it out of date (stale).
 *
 * An undated level that matches nothing on record (undated.ts) is read as of the document's date unless
 * a named round or "at the time" places it: a round only pointed back at may be the newest one, whose
 * figure the level then misses, so there it does not count.
 */
import type { Claim } from '../../model';
import { documentTables } from '../../bind/tables';

/** A round named, a first or founding moment, "at the time". */
const NAMED_OR_FIRST = /\b(?:series\s+[a-h]|seed|at\s+the\s+time|back\s+then|initially|originally|once|founding|founded|first\s+round|original|initial|IPO|listing)\b|[A-H]\+?轮|天使轮|种子轮|当时|彼时|最初|起初|首轮|成立之初|上市时/i;

/**
 * A round, raise or deal the writer points back at: "that round", "the deal", "its previous round",
 * "the February round", "the 2024 raise", 那一轮, 该轮, 上一轮, 那笔交易.
 */
const POINTED_BACK =
  /\b(?:that|the|its\s+(?:previous|prior|last|earlier))\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\s+)?(?:funding\s+)?(?:round|raise|deal|financing)\b|(?:那一?|该|上一?|前一|当)轮|(?:那|该)(?:次|笔)(?:融资|交易|投资)/i;

export function namesPastMoment(sentence: string): boolean {
  return NAMED_OR_FIRST.test(sentence);
}

export function placesPastMoment(sentence: string): boolean {
  return NAMED_OR_FIRST.test(sentence) || POINTED_BACK.test(sentence);
}

/**
 * A table row tells of a past round as a sentence does: "| Harvey | Series D (Feb) | $300 million | $3
 * billion |" gives that round's raise and valuation. The row's other cells are read (the prose pipeline
 * hands binding one cell at a time, so the figure's "sentence" is its cell alone). `contextText` is the
 * text the claim's offsets index (its block with the headings above).
 */
export function rowPlacesPastMoment(claim: Claim, contextText: string | undefined): boolean {
  if (contextText === undefined || !contextText.includes('|')) return false;
  const cell = documentTables(contextText).cellAt(claim.quantity.start);
  if (!cell) return false;
  return cell.cells.some((c) => c.start !== cell.cell.start && placesPastMoment(contextText.slice(c.start, c.end)));
}
