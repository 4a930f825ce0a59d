/**
 * A baseline set against a count counts the same thing: in "ChatGPT has 300 million weekly users, up
 * from 100 million in November 2023 and 200 million in August 2024" the bare figures after "up from" are
 * weekly users too, earlier values of the count whose unit names the measure. The measure word is read
 * inside the earlier figure ("300 million weekly users"), where a trigger belongs to its own number, so
 * the comparison path of metrics.ts would otherwise find none.
 *
 * Read only when the figure's clause opens as a baseline ("up from", "down from", "from", "against",
 * "compared with"), so the figures after it are the values compared; the measure is the unit of an
 * earlier count of the sentence (metrics.ts `unitOfEarlierEntry`), never a word elsewhere; and only for
 * a bare figure ("and 40 countries" counts something else).
 */
import type { Span } from '../model';

const BASELINE_OPENING = /^[\s,;—–-]*(?:(?:up|down)\s+(?:from|on)|from|against|compared (?:with|to)|versus|vs\.?)(?![A-Za-z])/i;

/**
 * After the figure: no noun of its own ("and 40 countries" counts countries), only the end of the
 * clause or a word that opens a period or a coordination ("in March", "at launch", "last August").
 */
const BARE_AFTER = /^(?:\s*$|\s*[,;.)\]—–]|\s+(?:in|at|on|by|and|a|the|last|this|that|earlier|before|when|as|of|per|year|years|months?|weeks?|ago)\b)/i;

export function opensAsBaseline(text: string, clause: Span, figure: Span): boolean {
  return BASELINE_OPENING.test(text.slice(clause.start, figure.start)) && BARE_AFTER.test(text.slice(figure.end, Math.min(clause.end, figure.end + 12)));
}
