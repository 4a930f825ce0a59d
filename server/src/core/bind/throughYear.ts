/**
 * "burn $115 billion of cash through 2029", "until 2027": a flow counted up to a year runs from some
 * start the words do not give to that year's end, so it is not the year's own figure. Read as 2029's,
 * a correct cumulative total is called another period's figure.
 */
import type { PeriodMention } from './periods';

/** The word that makes the year the end of a running count, perhaps with "the end of". */
const UP_TO_BEFORE = /(?<![A-Za-z])(?:through|thru|until|till|up\s+to)\s+(?:the\s+end\s+of\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?$/i;

/** The year at m ends a running count of a flow: the sentence names no period the figure can take. */
export function endsRunningCount(text: string, m: PeriodMention): boolean {
  return m.spec.t === 'year' && !m.since && UP_TO_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
