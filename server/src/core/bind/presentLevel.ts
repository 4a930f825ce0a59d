/**
 * "Nvidia is worth $2 trillion", "OpenAI is valued at $157 billion", "ChatGPT has 300 million weekly
 * users", "Copilot has passed 20 million users", "Meta's target remains 350,000 H100s": a level stated
 * in the present tense (or the present perfect, which reports a state that holds now) is the level at
 * the document's date, like one marked "now". A modal before "has/have" ("would have 350,000 H100s by
 * the end of 2025", "to have") is a plan or a condition, not the present.
 *
 * English only: Chinese marks the present with a word (目前, 现在), which the period patterns already
 * read; 已 and 仍 mark aspect against the moment the sentence sets ("8月时已超过30万家"), not the
 * moment of writing, so they are no present markers.
 *
 * So is a valuation called the latest one: "Groq, last valued at $2.8 billion, …", "a company last priced at
 * $29 billion", "its last priced valuation of $157 billion", "the latest valuation of $5 billion", "the
 * current $61.5B post-money": "last" here is the most recent, which is a claim about the moment of writing,
 * not a comparison with an earlier figure (a round named beside it, "after a $3.5 billion Series E", is
 * how it got there, not the moment it is of).
 *
 * The verb must govern the number (only hedges between them), and a date elsewhere in the clause counts
 * only when it cannot belong to another figure: "is worth $3 trillion as of 5 June" is dated, "is valued
 * at $157 billion and keeps raising: the March round brought in $40 billion" is not (March is the
 * round's).
 */
import type { Quantity, Span } from '../model';

/** "is worth", "are now worth", "is currently valued at". */
const WORTH_VERB = /\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+)?(?:worth|valued\s+at)\s+((?:[A-Za-z]+\s+){0,2})$/i;
/**
 * "has", "still has", "remains", "stands at". Not after a modal or "to" ("would have 350,000 H100s by
 * the end of 2025" is a plan), nor with a verb of crossing ("has passed 300 million" is a floor that a
 * later, larger figure still clears).
 */
const HAVE_VERB = /(?<!\b(?:will|would|could|should|might|may|must|can|to|not|n't)\s+)\b(?:(?:has|have)(?:\s+(?:now|currently|still))?|remains|stands\s+at)\s+((?:[A-Za-z]+\s+){0,2})$/i;
/**
 * "last valued at", "was last priced at", "last priced valuation of", "latest valuation of", "current
 * valuation of", "the current" right before the figure (with a valuation word right after it: see
 * CURRENT_AFTER). Not "last year's valuation of" (a year, not the latest).
 */
const LATEST_VALUE = /\b(?:(?:last|most\s+recently)\s+(?:valued|priced)\s+at|(?:last|latest|most\s+recent|current)\s+(?:priced\s+)?valuation(?:\s+(?:was|is))?(?:\s+of)?|the\s+current)\s+((?:[A-Za-z]+\s+){0,2})$/i;
/** After "the current $61.5B": a valuation word, so "the current" names the level, not a price or a count. */
const CURRENT_AFTER = /^\s*(?:post-money|pre-money|valuation|mark)\b/i;
/**
 * "Databricks, valued at $43 billion, is the name…", "Harvey (valued at $5 billion) is…": a valuation set
 * off beside the name describes the company as the sentence's present-tense verb finds it. With a past
 * verb after it ("Inflection, valued at $4 billion, was gutted") it is that moment's, and is left alone.
 */
const APPOSITIVE_VALUED = /[,(]\s*(?:now\s+|currently\s+)?valued\s+at\s+((?:[A-Za-z]+\s+){0,2})$/i;
const PRESENT_VERB_AFTER = /^\s*[,)]\s*(?:is|are|has|have|remains|stays|sells|makes|runs|offers)\b/i;
/** Words that may stand between the verb and the number. */
const HEDGE_WORDS = /^(?:(?:about|around|roughly|nearly|almost|some|over|more|than|less|under|at|least|close|to|approximately|just|a|an)\s+)*$/i;

export interface PresentVerb {
  span: Span;
  /**
   * "has", "remains": verbs that state any figure, so a date anywhere in the sentence that no other
   * figure stands between may be this one's ("has 300 million weekly users, a figure it gave in
   * December"). "is worth" names a level, and only a date in its own clause is its own.
   */
  datedBySentence: boolean;
}

/** The present-tense verb that governs the quantity, if its clause states the level that way. */
export function presentLevelVerb(text: string, clause: Span, q: Quantity): PresentVerb | undefined {
  const before = text.slice(clause.start, q.start);
  for (const [pattern, datedBySentence] of [[WORTH_VERB, false], [HAVE_VERB, true]] as const) {
    const m = pattern.exec(before);
    if (m && HEDGE_WORDS.test(m[1])) return { span: { start: clause.start + m.index, end: q.start }, datedBySentence };
  }
  const aside = APPOSITIVE_VALUED.exec(text.slice(Math.max(0, q.start - 48), q.start));
  if (aside && HEDGE_WORDS.test(aside[1]) && PRESENT_VERB_AFTER.test(text.slice(q.end, q.end + 24))) {
    return { span: { start: q.start - aside[0].length + 1, end: q.start }, datedBySentence: false };
  }
  const latest = LATEST_VALUE.exec(before);
  if (latest && HEDGE_WORDS.test(latest[1]) && (!/the\s+current\s/i.test(latest[0]) || CURRENT_AFTER.test(text.slice(q.end, q.end + 24)))) {
    return { span: { start: clause.start + latest.index, end: q.start }, datedBySentence: false };
  }
  return undefined;
}
