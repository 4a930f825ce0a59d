/**
 * "In other words", 换句话说: a sentence that restates the one before it speaks of that sentence's
 * moment. Its "now" (现在, 目前) is the moment just described, not the document's date: in "By the
 * December 2024 quarter the AI business passed a $13 billion run-rate. In other words, AI services now
 * make up about 13% of Azure revenue." the 13% is the December quarter's.
 */
import type { Span } from '../model';

/** Cues that open a restatement of the previous sentence (not "this means", which draws a consequence). */
const RESTATEMENT_OPENING =
  /^\s*(?:(?:in other words|put differently|put another way|said differently|stated differently|that is(?: to say)?)\s*,|(?:换句话说|换言之|也就是说)\s*[,，]?)/i;

/** The sentence opens with a restatement cue. */
export function restatesPrevious(text: string, sentence: Span): boolean {
  return RESTATEMENT_OPENING.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
}
