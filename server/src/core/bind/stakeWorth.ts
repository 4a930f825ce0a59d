/**
 * "Microsoft's stake in OpenAI, about 27%, is worth roughly $135 billion": what a stake, a holding or a
 * block of shares is worth is the holder's asset, not the company's valuation; what a contract or deal
 * "with OpenAI" is worth is the deal's value. Read as a valuation, a correct figure is called a wrong
 * valuation of the company, so such a figure gets no metric.
 */
import type { Span } from '../model';

/**
 * Right before the worth word: the stake noun as its subject, perhaps "in Company", an appositive
 * between commas ("…, about 27%,") and a copula ("is", "was now").
 */
const STAKE_SUBJECT =
  /(?<![A-Za-z])(?:stake|holding|holdings|shareholding|shares|slice|block|position|contract|deal|agreement)(?:\s+(?:in|with)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})?(?:\s*\([^()]{0,40}\)|\s*,[^,;]{0,40},)?\s+(?:(?:is|was|are|were|now|currently|would be|will be|(?:is|was|are|were)\s+(?:reported|said|expected|estimated)\s+to\s+be)\s+)*$/i;

/**
 * Right after a verb of valuing: a holding as its object, then "at" ("values our slice at", "marks the
 * stake at", "prices their block of shares at"): what is valued is the holding, not the company.
 */
const HOLDING_OBJECT =
  /^\s+(?:(?:our|their|its|his|her|my|your|the|this|that|a|the\s+same)\s+)?(?:[a-z-]+\s+)?(?:stake|holding|holdings|shareholding|shares|slice|block|position|interest)(?:\s+of\s+(?:shares|stock|the\s+company))?\s+at\s*/i;

/** The worth word `trigger` has a stake as its subject, or values a holding as its object. */
export function stakeWorth(text: string, sentence: Span, trigger: Span): boolean {
  return STAKE_SUBJECT.test(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start)) || HOLDING_OBJECT.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60)));
}
