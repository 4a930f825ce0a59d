/**
 * The terms of a funding round written as two amounts joined by "at": "raised $400 million at $10.2
 * billion post-money", "closed $308 million at more than $3 billion", "$300 million at about $4.1
 * billion". The first amount is the money raised, the second the valuation the round was struck at.
 *
 * Two readings, by how sure the words are:
 * - roundRole: a raising verb (raised, closed, landed, secured, brought in) names the first amount, so
 *   both roles are certain and come before any trigger word (the nearest trigger, "post-money" or
 *   "valuation" after the pair, would otherwise claim the raise too, "raised" the valuation);
 * - without a verb, a valuation word on the second amount ("with $400 million at $10.2 billion
 *   post-money", "at a valuation of") or a round named beside the first ("$3.5 billion in a Series E
 *   at $61.5 billion", "a $2bn round at $30bn") says the pair is a round's terms just as surely, as long
 *   as nothing before the first amount in its clause names another measure ("revenue of $400 million at …");
 * - roundTermMetric: with no verb, only when no trigger names either figure's measure, and only
 *   between two scaled amounts ("$1.5 billion at $40 a share" is a share price, not a valuation).
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { findTriggers } from './metrics';
import { MONTH_STEM_EN } from '../text/monthNames';

const RAISED = 'funding.raised';
const VALUATION = 'valuation';
const PRE_MONEY = 'valuation.pre-money';

/** Hedges and bounds before a sum: "about", "more than", "at least". */
const HEDGE = String.raw`(?:about|around|roughly|nearly|near|approximately|almost|some|over|above|under|more\s+than|less\s+than|at\s+least|close\s+to|just\s+(?:over|under))`;
/** After "at", before the valuation: "at", "at a", "at an estimated", "at a post-money valuation of more than". */
const AT_TERMS = String.raw`at\s+(?:(?:an?|the)\s+)?(?:(?:estimated|reported|implied|post-money|pre-money)\s+)*(?:valuation\s+(?:(?:reported|reportedly|estimated|put|pegged)\s+(?:at\s+)?)?(?:of\s+)?)?(?:${HEDGE}\s+)?(?:an?\s+)?`;

/** Right before the round's amount: the verb of raising it. */
const RAISED_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z])(?:raised|raises|raising|raise|brought in|secured|closed|landed|lands|closes)\s+(?:a\s+|an\s+|another\s+)?(?:${HEDGE}\s+)?$`,
  'i',
);
/**
 * When it happened ("in February", "this year", "last September"), words that may follow a sum. Each word
 * is set off by a space or a comma and ends where its word ends: a run of digits can then be read only
 * one way (with optional separators, "9999…" splits into 1–4-digit years in exponentially many ways).
 */
const WHEN = String.raw`(?:(?:\s*,\s*|\s+)(?:in|on|during|this|last|early|late|mid|the|its|a|new|fresh|round|funding|financing|year|month|quarter|week|series\s+[a-l](?:\d|\+)?|(?:${MONTH_STEM_EN})[a-z]*\.?|\d{1,4}(?:st|nd|rd|th)?)(?![A-Za-z\d]))*`;
/** Between the amount and the valuation: "at" and its terms, after at most when it happened. */
/**
 * Whom the money came from, between the amount and "at" ("$6 billion from 97 investors at", "$1 billion
 * from existing backers at"): a few words naming the sources, no measure, so the pair is still a round's terms.
 */
const FROM_SOURCES = String.raw`(?:\s+from\s+(?:[\w&.'-]+\s+){0,3}?(?:investors|backers|shareholders|funds|firms|VCs|LPs|[A-Z][\w&.'-]*))?`;
const AT_BETWEEN = new RegExp(String.raw`^${WHEN}${FROM_SOURCES}${WHEN}\s*,?\s+${AT_TERMS}$`, 'i');
/**
 * The verb-less form: "at", an article and a hedge ("$2 billion at about $32 billion"), after at most
 * when the round happened ("$750 million in September at about $6.9 billion", "$235 million back in
 * August 2023, at $4.5 billion"): a date between the two amounts names no measure, so the pair is still
 * a list entry's terms.
 */
const BARE_AT_BETWEEN = new RegExp(String.raw`^(?:\s+back(?=\s+in\b))?${WHEN}\s*,?\s+at\s+(?:an?\s+)?(?:${HEDGE}\s+)?$`, 'i');
/**
 * Between one round's valuation and the next round's amount, when one verb raised both ("raised $1
 * billion at $5 billion last year and then $2 billion at $32 billion"): a list joiner, after the words
 * that name the first sum a valuation ("at a $2.8 billion valuation in August 2024 and $750 million at …").
 */
const NEXT_ROUND_BETWEEN = new RegExp(String.raw`^(?:\s+(?:post-money|pre-money|post money|pre money|valuation))*${WHEN}\s*(?:,|;)?\s*(?:and\s+|then\s+|later\s+)+(?:another\s+|a\s+further\s+)?(?:${HEDGE}\s+)?$`, 'i');
/**
 * The same list's next item when it is a lone amount marked as one more of the same ("…at a $3 billion
 * valuation in February and another $300 million in June"): "another" or "a further" says it repeats the
 * raise, not the valuation next to it.
 */
const ANOTHER_ROUND_BETWEEN = new RegExp(String.raw`^(?:\s+(?:post-money|pre-money|post money|pre money|valuation))*${WHEN}\s*(?:,|;)?\s*(?:and\s+|then\s+|later\s+)+(?:another|a\s+further)\s+(?:${HEDGE}\s+)?$`, 'i');
/** "at $40 a share", "每股": a share price, not a valuation. */
const PER_SHARE_AFTER = /^\s*(?:a|per|each)\s+share\b|^\s*每股/i;
/** A word that makes the amount after "at" a valuation: "at $10.2 billion post-money", "at a valuation of". */
const VALUATION_AFTER = /^\s*(?:post-money|pre-money|post money|pre money|valuation)\b/i;
const VALUATION_BETWEEN = /\b(?:post-money|pre-money|valuation)\b/i;
/**
 * A round named between the amount and "at" ("$3.5 billion in a Series E at", "a $2bn round at $30bn",
 * "$6.6 billion in fresh funding at"),
 * or right before the amount ("a Series E of $3.5 billion at"): the pair is that round's terms.
 */
const ROUND_NAMED = /(?<![A-Za-z])(?:series\s+[a-l](?:\d|\+)?|round|funding|financing|tranche)(?![A-Za-z])/i;
const ROUND_BEFORE = /(?<![A-Za-z])(?:series\s+[a-l](?:\d|\+)?|(?:funding\s+)?round|funding|financing|tranche)\s*(?:of|:|,|—|-)?\s*(?:an?\s+)?$/i;
/**
 * "is reportedly in talks at about $5 billion", "in negotiations at a $5 billion valuation": what a deal
 * under negotiation is "at" is the price of the company, its valuation, never money raised.
 */
const TALKS_AT_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:talks|negotiations|discussions)(?:\s+to\s+raise(?:\s+(?:money|funds|capital))?)?\s+${AT_TERMS}$`, 'i');
/** Clause punctuation, to find where the first amount's clause begins. */
const CLAUSE_PUNCTUATION = /[,;:，。；：]/g;
/** "at $10.2 billion pre-money": the valuation before the money came in. */
const PRE_MONEY_AFTER = /^\s*(?:pre-money|pre money)\b/i;

/**
 * The role of a money figure in a round a verb names: the amount raised ("raised $400 million at …"),
 * or the valuation after "at" ("… at $10.2 billion post-money"); undefined otherwise.
 */
export function roundRole(text: string, q: Quantity, sentence: Span, quantities: readonly Quantity[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind !== 'money') return undefined;
  const inSentence = quantities.filter((o) => o.kind === 'money' && o.start >= sentence.start && o.end <= sentence.end);
  const i = inSentence.findIndex((o) => o.start === q.start && o.end === q.end);
  if (i < 0) return undefined;
  const [amount, valuation] = [inSentence[i - 1], inSentence[i + 1]];
  if (amount && AT_BETWEEN.test(text.slice(amount.end, q.start)) && roundTerms(text, amount, q, sentence, inSentence.slice(0, i - 1), kb)) {
    if (PER_SHARE_AFTER.test(text.slice(q.end, q.end + 12)) || namesAnotherMeasure(text, q, sentence, kb)) return undefined;
    const metric = PRE_MONEY_AFTER.test(text.slice(q.end, q.end + 12)) && kb.metrics.has(PRE_MONEY) ? PRE_MONEY : VALUATION;
    return known(metric, kb, { start: amount.end, end: q.start });
  }
  if (valuation && AT_BETWEEN.test(text.slice(q.end, valuation.start)) && roundTerms(text, q, valuation, sentence, inSentence.slice(0, i), kb)) {
    return known(RAISED, kb, { start: q.end, end: valuation.start });
  }
  if (anotherRaise(text, q, sentence, inSentence, i, kb)) return known(RAISED, kb);
  if (TALKS_AT_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 80), q.start)) && !PER_SHARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return known(VALUATION, kb);
  }
  return undefined;
}

/** A lone amount after a round's "$X at $Y", joined by "and another", "then a further": one more raise. */
function anotherRaise(text: string, q: Quantity, sentence: Span, inSentence: readonly Quantity[], i: number, kb: BindingKnowledge): boolean {
  const [amount, valuation] = [inSentence[i - 2], inSentence[i - 1]];
  if (!amount || !valuation || !ANOTHER_ROUND_BETWEEN.test(text.slice(valuation.end, q.start))) return false;
  return AT_BETWEEN.test(text.slice(amount.end, valuation.start)) && roundTerms(text, amount, valuation, sentence, inSentence.slice(0, i - 2), kb);
}

/**
 * "raised $2 billion at a $500 million annualized run-rate": a word right after the sum (before any
 * punctuation) that names another measure says what the sum is.
 */
function namesAnotherMeasure(text: string, q: Quantity, sentence: Span, kb: BindingKnowledge): boolean {
  const tail = /^[^,.;:，。；：]*/.exec(text.slice(q.end, Math.min(sentence.end, q.end + 40)))?.[0] ?? '';
  return findTriggers(text, kb, q.end, q.end + tail.length).some((t) => t.strong && !t.metric.startsWith(VALUATION));
}

/** "$X at $Y" states a round's terms: a verb raised the amount, or a valuation word names the second. */
function roundTerms(text: string, amount: Quantity, valuation: Quantity, sentence: Span, earlier: readonly Quantity[], kb: BindingKnowledge): boolean {
  if (raisedHere(text, amount, sentence, earlier, kb)) return true;
  const named =
    VALUATION_AFTER.test(text.slice(valuation.end, valuation.end + 12)) ||
    VALUATION_BETWEEN.test(text.slice(amount.end, valuation.start)) ||
    ROUND_NAMED.test(text.slice(amount.end, valuation.start)) ||
    ROUND_BEFORE.test(text.slice(Math.max(sentence.start, amount.start - 30), amount.start));
  return named && !measureNamedBefore(text, amount, sentence, kb);
}

/** A trigger of any measure other than a round's, in the amount's clause before it ("revenue of $400 million"). */
function measureNamedBefore(text: string, amount: Quantity, sentence: Span, kb: BindingKnowledge): boolean {
  let start = sentence.start;
  for (const m of text.slice(sentence.start, amount.start).matchAll(CLAUSE_PUNCTUATION)) start = sentence.start + (m.index ?? 0) + 1;
  return findTriggers(text, kb, start, amount.start).some((t) => !t.metric.startsWith(VALUATION) && !t.metric.startsWith('funding'));
}

/**
 * The amount follows a verb of raising, or is the next item of a list of rounds whose first pair states
 * a round's terms (by its verb or its valuation word): the coordinated pair repeats that frame.
 */
function raisedHere(text: string, amount: Quantity, sentence: Span, earlier: readonly Quantity[], kb: BindingKnowledge): boolean {
  if (RAISED_BEFORE.test(text.slice(Math.max(sentence.start, amount.start - 40), amount.start))) return true;
  const previousValuation = earlier[earlier.length - 1];
  const previousAmount = earlier[earlier.length - 2];
  if (!previousValuation || !previousAmount || !NEXT_ROUND_BETWEEN.test(text.slice(previousValuation.end, amount.start))) return false;
  return AT_BETWEEN.test(text.slice(previousAmount.end, previousValuation.start)) && roundTerms(text, previousAmount, previousValuation, sentence, earlier.slice(0, -2), kb);
}

/**
 * The measure of a money figure that is one side of a verb-less "$X at $Y", from the quantities of its
 * sentence (sorted by start); undefined when it is not.
 */
export function roundTermMetric(text: string, q: Quantity, quantities: readonly Quantity[], kb: BindingKnowledge): Binding<string> | undefined {
  if (!scaledAmount(q)) return undefined;
  const i = quantities.findIndex((o) => o.start === q.start && o.end === q.end);
  if (i < 0) return undefined;
  const before = quantities[i - 1];
  const after = quantities[i + 1];
  if (before && scaledAmount(before) && BARE_AT_BETWEEN.test(text.slice(before.end, q.start))) return known(VALUATION, kb);
  if (after && scaledAmount(after) && BARE_AT_BETWEEN.test(text.slice(q.end, after.start))) return known(RAISED, kb);
  return undefined;
}

/** Money written with a scale word ("$4.1 billion", "$300M"): the size of a round or a valuation. */
function scaledAmount(q: Quantity): boolean {
  return q.kind === 'money' && q.style.scale >= 1e6;
}

function known(metric: string, kb: BindingKnowledge, span?: Span): Binding<string> | undefined {
  return kb.metrics.has(metric) ? { value: metric, how: 'explicit', ...(span ? { span } : {}) } : undefined;
}
