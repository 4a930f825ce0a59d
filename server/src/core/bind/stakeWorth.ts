/**
 * "Microsoft's stake in OpenAI, about 27%, is worth roughly $135 billion": what a stake, a holding or a
 * block of shares is worth is the holder's asset, not the company's valuation; what a contract or deal
 * "with OpenAI" is worth is the deal's value. Read as a valuation, a correct figure is called a wrong
 * valuation of the company, so a stake's worth gets no metric and a deal's worth is the deal's value
 * ("CoreWeave's OpenAI contract is worth $11.9 billion", "the Microsoft deal, disclosed in September, is
 * worth $17.4 billion": `dealWorth`).
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

/** The worth word `trigger` has a stake (or a deal) as its subject, or values a holding as its object. */
export function stakeWorth(text: string, sentence: Span, trigger: Span): boolean {
  return STAKE_SUBJECT.test(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start)) || HOLDING_OBJECT.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 60)));
}

/** The subject nouns of `STAKE_SUBJECT` that name a deal rather than a holding. */
const DEAL_NOUN = /^(?:contract|deal|agreement)$/i;

/** The worth word `trigger` has a contract, deal or agreement as its subject: the figure is the deal's value. */
export function dealWorth(text: string, sentence: Span, trigger: Span): boolean {
  const m = STAKE_SUBJECT.exec(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start));
  return m !== null && DEAL_NOUN.test(/^[A-Za-z]+/.exec(m[0])?.[0] ?? '');
}
