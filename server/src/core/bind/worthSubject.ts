/**
 * "X is worth $N", "X, valued at $N", "an order worth $N" value X. Read as the valuation of the
 * company the paragraph is about, a correct figure for a thing becomes a wrong valuation: "At about
 * $25,000 a card, the cluster is worth some $550 million" says what the cluster costs, not what the
 * start-up that owns it is worth. So a worth word whose subject is a noun that is not a company (the
 * cluster, those chips, the order, the options, a product or a person the fact base knows) binds no
 * valuation, nor does "$N worth of X", which counts X. The company's own worth still does: a name
 * ("OpenAI is now worth"), a word for a company ("the startup, now worth", "the ChatGPT maker is
 * worth") or "it". A capitalised word the base does not know may be a company's name and is left as
 * it was read. Chinese writes a thing's worth with 价值, which is no trigger of valuation (估值 is the
 * company's), so the rule is English only. A stake's worth: stakeWorth.ts.
 */
import type { Span } from '../model';
import type { EntityMention } from './mentions';

/** The trigger words that value their subject: the predicate "worth" and the participle "valued at". */
const VALUES_ITS_SUBJECT = /^(?:worth|valued\s+at)$/i;

/**
 * Words that may stand between a subject and its worth word: copulas and auxiliaries, a relative
 * pronoun, adverbs ("is now reportedly worth"), and the verbs of hearsay ("is said to be worth").
 */
const LINK_WORD =
  /^(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|might|may|must|should|shall|to|which|that|who|not|now|still|then|once|also|even|already|alone|together|combined|therefore|thus|hence|however|perhaps|last|first|again|ever|never|just|expected|said|reported|estimated|thought|believed|seen|projected|set|[a-z]+ly)$/;

/** What may follow a subject before its linking words: a bracket, an appositive between commas, a comma. */
const ASIDE_END = /(?:\([^()]{0,40}\)|(?<!\d),[^,;]{0,40},|,)\s*$/;

/** The subject's last word right before the linking words (and an aside), with where it starts. */
const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}'’&.-]*)\s*$/u;

/** Words for a company: its worth is its valuation ("the startup", "the ChatGPT maker", "the lab"). */
const COMPANY_WORD =
  /^(?:it|company|companies|startups?|start-ups?|firms?|labs?|laboratory|unicorns?|decacorns?|business|businesses|group|[a-z]*makers?|developers?|rivals?|competitors?|challengers?|upstarts?|outfits?|players?|giants?|peers?|newcomers?|ventures?|enterprises?|corporations?|conglomerates?|provider|operator|designer|insurgent|darling)$/;

/** Words that are no noun: a subject we cannot see (the figure is left as read). */
const FUNCTION_WORD =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|and|or|but|yet|of|in|on|at|for|with|by|from|each|one|all|both|what|which|who|whom|whose|there|here|so|as|than|if|while|when|after|before|since|because|though|although|whereas|despite)$/;

/** Kinds of known names that are not the company whose valuation the base records. */
const THING_KINDS = new Set<EntityMention['kind']>(['product', 'model', 'other', 'person']);

/** The trigger `t` values something other than a company ("the cluster is worth", "$550 million worth of chips"). */
export function valuesAThing(text: string, sentence: Span, t: Span, mentions: readonly EntityMention[]): boolean {
  if (!VALUES_ITS_SUBJECT.test(text.slice(t.start, t.end))) return false;
  // "$550 million worth of chips", "$4 billion worth of its shares": the worth of what is counted.
  if (/^\s+of\s/i.test(text.slice(t.end, t.end + 4))) return true;
  const head = subjectHead(text, sentence, t);
  if (!head) return false;
  const known = mentions.find((m) => m.start < head.end && head.start < m.end);
  if (known) return THING_KINDS.has(known.kind);
  const word = text.slice(head.start, head.end);
  if (/^[^a-z]/.test(word) || /\d/.test(word)) return false;
  return !COMPANY_WORD.test(word) && !FUNCTION_WORD.test(word);
}

/** Where the subject's last word stands, walking back over linking words and one aside. */
function subjectHead(text: string, sentence: Span, t: Span): Span | undefined {
  let end = t.start;
  let aside = false;
  for (let steps = 0; steps < 12; steps++) {
    const before = text.slice(Math.max(sentence.start, end - 80), end);
    const asideEnd = aside ? null : ASIDE_END.exec(before);
    if (asideEnd) {
      aside = true;
      end -= asideEnd[0].length;
      continue;
    }
    const word = LAST_WORD.exec(before);
    if (!word) return undefined;
    const start = end - word[0].length;
    if (!LINK_WORD.test(word[1])) return { start, end: start + word[1].length };
    end = start;
  }
  return undefined;
}
