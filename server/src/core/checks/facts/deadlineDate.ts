/**
 * "$500 million at $9 billion by the end of that year", "valued at $5 billion by December": a date after
 * "by" is a deadline, not the day of the event: the round or the mark came at or before it. A level set
 * by an earlier round that still stood at the deadline (standingLevel.ts) is then the level the words
 * state, even though the clause also gives that round's terms (eventTerms.ts would otherwise hold the
 * figure to the round's own date).
 */
import type { Claim } from '../../model';

/** "by", "by the end of", "by late": right before the period's words (which may hold "the end of" themselves). */
const BY_BEFORE = /(?<![A-Za-z])by\s+(?:the\s+)?(?:(?:end|close|turn)\s+of\s+(?:the\s+)?)?$/i;

/** The claim's period is written in its sentence after "by": a deadline. */
export function datedByDeadline(claim: Claim, sentence: string | undefined): boolean {
  const span = claim.period?.span;
  if (sentence === undefined || !span || (claim.period?.how !== 'explicit' && claim.period?.how !== 'sentence')) return false;
  const at = span.start - claim.sentence.start;
  if (at < 0 || at > sentence.length) return false;
  // The period's words may begin with "by" themselves ("by the end of that year").
  return BY_BEFORE.test(sentence.slice(Math.max(0, at - 24), at)) || /^by\s/i.test(sentence.slice(at, at + 3));
}
