/**
 * A date inside an aside set off by commas between a sentence's subject and its verb is the aside's. In
 * "Character.AI, valued at $1 billion after a $150 million round in March 2023, saw investors bought
 * out by Google at a $2.5 billion valuation" the aside (a participle phrase, or a "which"/"who" clause)
 * tells what the subject was before the story: March 2023 dates the $1 billion and the $150 million,
 * not the buy-out told by the main verb after it. So the main clause's figures take no period from it,
 * as a later clause's date with a figure of its own is that figure's (periodBinding.ts). The aside must
 * hold a figure of its own; one without ("Anthropic, founded in 2021, raised …") is left as it was; and the
 * date must be a day or month (an event's): "Meta, which had guided to $30-35 billion for 2024, ended at
 * $39.2 billion" names the year the sentence is about.
 *
 * English only: Chinese writes such a description before the name as a 的-phrase, which modifierDate.ts
 * and the clause rules read.
 */
import type { Quantity, Span } from '../model';
import type { PeriodMention } from './periods';

/**
 * The sentence's opening: a subject of at most four words (no figure, no comma), a comma, the aside opened by a
 * participle ("valued", "founded", "backed", "spun out", "once valued") or which/who, up to the next comma
 * (a comma between digits groups thousands), then the main verb (not a preposition, article or -ing
 * word, which go on with the aside or open an adverbial: "…, in a deal worth …").
 */
const SUBJECT_ASIDE =
  /^\s*(?:[^\s,;:\d]+\s+){0,3}[^\s,;:\d]+,\s+(?:(?:which|who)\s|(?:once|then|previously|last|first|already|originally|recently)\s+[a-z]+ed\b|[a-z]+ed\b|(?:founded|valued|backed|led|known|built|spun|run|born|set\s+up|grown|begun)\b)((?:[^,;:]|(?<=\d),(?=\d))*?),\s+(?!(?:and|or|but|while|with|as|plus|in|on|at|for|by|from|to|of|into|after|before|about|according|including|a|an|the|its|their|his|her|which|who|when|where|though|although|not|now)\b)(?=[a-z]+\b(?<!ing\b|ly\b))/;
/** Dates of an event (a day or a month), which an aside's participle tells; a year or quarter may be the span the whole sentence is about. */
const EVENT_DATES = new Set<PeriodMention['spec']['t']>(['day', 'month', 'monthPart', 'monthYear', 'relMonth', 'lastMonthName']);

/** The aside's span in the sentence, if the sentence opens with one. */
export function subjectAside(text: string, sentence: Span): Span | undefined {
  const m = SUBJECT_ASIDE.exec(text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const end = sentence.start + m[0].length;
  const commaBefore = text.lastIndexOf(',', end - 1);
  const start = sentence.start + text.slice(sentence.start, end).indexOf(',') + 1;
  return { start, end: commaBefore };
}

/** The date at m, a day or month, lies in the aside, which holds a figure of its own, and q stands after the aside. */
export function datesSubjectAside(text: string, sentence: Span, m: PeriodMention, q: Quantity, quantities: readonly Quantity[]): boolean {
  if (!EVENT_DATES.has(m.spec.t)) return false;
  const aside = subjectAside(text, sentence);
  if (!aside || q.start < aside.end || m.start < aside.start || m.end > aside.end) return false;
  return quantities.some((o) => o !== q && o.start >= aside.start && o.end <= aside.end);
}
