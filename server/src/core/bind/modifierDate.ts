/**
 * A date inside the modifier of one figure's noun phrase dates that figure alone. In "adding $2.75
 * billion to the $1.25 billion it put in last September" the relative clause "it put in last September"
 * says which $1.25 billion is meant; it says nothing of when the $2.75 billion was added. The same holds
 * for a "that/which" clause ("the $1.25 billion that Amazon invested in 2023"), a contact clause ("the
 * $X the company raised in May", "the $X it was valued at in June"), a participle ("the $X raised last year", "the $X announced in May")
 * and, in Chinese, a date in the 的-phrase before the figure ("在去年9月投入的12.5亿美元之外",
 * "比5月宣布的40亿美元多"). A definite figure "from" or "of" a date is told by it too: "on top of the
 * $1.25 billion from September", "the $6 billion of 2023".
 *
 * Only the figure the modifier is attached to, and figures inside the modifier after the date ("the $X
 * it raised in May at a $Y valuation"), may take that date; the other figures of its clause and of the
 * clauses before it take their period from their own clause, the list item's lead date or the paragraph.
 * A later clause may point back at the modified figure ("…，后者占当年营收的35%") and keeps its reading.
 *
 * A Chinese date that opens its clause or follows the subject ("英伟达2024财年实现的1305亿美元营收中，…")
 * often frames the whole sentence, so only one inside a prepositional frame (在…之外, 比…, 加上…) counts.
 *
 * A model's version number in the modifier ("the $0.25 that Claude 3 Haiku charged at its launch") is a
 * letter of its name, not a figure the modifier would run past (versionedName.ts).
 */
import type { Quantity, Span } from '../model';
import { clauseAt, clauseSpans } from './clauses';
import { versionsAsLetters } from './versionedName';

/** Words that end a noun phrase: a joiner, a preposition opening another phrase, a verb of the clause. */
const NOT_HEAD =
  '(?:and|or|but|plus|while|than|to|from|at|for|with|by|as|in|on|of|is|was|were|are|be|been|has|have|had|will|would|that|which|who|it|they|he|she|we|a|an|the|then|also|last|this|next)';
/** The figure's head noun and its own modifiers ("investment", "first tranche", "of new funding"). */
const HEAD = `(?:\\s+(?:of\\s+|in\\s+)?(?!${NOT_HEAD}\\b)[A-Za-z][A-Za-z'’-]*){0,3}`;
/** Verbs whose participle describes a sum of money or a level by the act that set it. */
const PARTICIPLE =
  '(?:raised|invested|put|committed|pledged|announced|disclosed|paid|spent|signed|agreed|secured|received|closed|booked|promised|injected|provided|lent|contributed|granted|awarded|offered|struck|approved|funded|earmarked|allocated|sunk|poured|handed)';
/** A contact clause's subject: a pronoun, "the company", or a name ("the $1.25 billion Amazon put in"). */
const SUBJECT = "(?:it|they|he|she|we|the\\s+(?:company|firm|group|startup|lab|fund|investor|investors|government|bank)|[A-Z][A-Za-z&.'’-]*(?:\\s+[A-Z][A-Za-z&.'’-]*)?)";
/** A subject's verb: past tense (or a perfect), not a noun ("the $650 million Microsoft deal"); or a
 * passive ("the $9.9 billion it was valued at in June"). */
const PAST_VERB = `(?:(?:had|has|have)\\s+)?(?:(?:was|were|(?:had|has|have)\\s+been)\\s+)?(?:(?:already|originally|first|previously|initially)\\s+)?(?:[a-z]+ed|${PARTICIPLE}|made|sold|bought|got|gave|took|won|lost|set)`;
const OPENER = `(?:,?\\s+(?:that|which)\\s|\\s+${SUBJECT}\\s+${PAST_VERB}\\b|\\s+(?:(?:already|originally|first|previously|initially)\\s+)?${PARTICIPLE}\\b)`;
/** From the figure's end to the date: head noun, opener, then a few words with no break and no joiner. */
const EN_MODIFIER_TO_DATE = new RegExp(`^${HEAD}${OPENER}(?:(?![,;:!?.]|\\s(?:and|plus|but|or|while)\\s)[^\\d])*$`);
/**
 * "the $1.25 billion from September", "its $6 billion of 2023", "its $1.6 billion of revenue for the fiscal
 * year to January 2024": a definite figure whose noun phrase ends in "from", "of" or "for" and a date is told from others by that date, as by a relative clause. Only with a
 * determiner before the figure (a figure introduced for the first time, "raised $2 billion from May to
 * July", is dated by its clause as usual) and with the date right after the preposition.
 */
const EN_DEFINITE_BEFORE = /(?<![A-Za-z])(?:the|its|their|that|this|those|these)\s+(?:(?:first|earlier|original|initial|previous|prior|same)\s+)?$/i;
const EN_OF_DATE = new RegExp(`^${HEAD}\\s+(?:from|of|for(?:\\s+the)?)\\s+(?:early\\s+|late\\s+|mid-?)?$`, 'i');
const EN_MAX_GAP = 72;

/**
 * "在去年9月投入的12.5亿美元", "加上去年的12.5亿美元": the date, a short verb phrase or none, then 的 (and a
 * hedge) before the figure. Read only inside a prepositional frame (ZH_FRAME_BEFORE), where even a bare
 * genitive ("比2022年的60亿美元多") names which figure is meant; a clause-opening "2022年的60亿美元" is not.
 */
const ZH_DATE_TO_FIGURE = /^[^，,。；;：:！？!?\d的\s]{0,10}的\s*(?:约|大约|近|将近|超过|逾|共|总计)?\s*$/;
/** What opens a prepositional frame before the date: 在…之外, 比…多, 加上…, 除了…, 对…. */
const ZH_FRAME_BEFORE = /(?:在|于|对|向|把|将|比|较|和|与|同|及|以及|加上|加之|除了|除|连同|追加|包括|给|从|至|到|占)\s*$/;

/** The figure whose modifier holds the date at m, if any. */
export function modifiedFigure(text: string, m: Span, quantities: readonly Quantity[]): Quantity | undefined {
  const before = quantities.filter((o) => o.end <= m.start && m.start - o.end <= EN_MAX_GAP).at(-1);
  if (before && !quantities.some((o) => o.start >= before.end && o.end <= m.start) && (EN_MODIFIER_TO_DATE.test(versionsAsLetters(text.slice(before.end, m.start))) || definiteOfDate(text, before, m))) return before;
  // "a 6 GW supply deal whose first 1 GW ships in the second half of 2026": the relative clause has a
  // figure of its own, which the date dates (then the head figure before it is outside the modifier).
  if (before && inRelativeClause(text, before, m, quantities)) return before;
  const after = quantities.find((o) => o.start >= m.end);
  if (after && ZH_DATE_TO_FIGURE.test(text.slice(m.end, after.start)) && ZH_FRAME_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) return after;
  return undefined;
}

/**
 * A relative clause opened after a head figure ("whose", "which", "that", "of which", "in which") that
 * writes a figure of its own before the date: the date is in the clause, with that figure.
 */
const EN_RELATIVE_OPENER = new RegExp(`^${HEAD}\\s+(?:whose|which|that|(?:of|in|under)\\s+which|of\\s+whom)\\s(?:(?![,;:!?.]|\\s(?:and|plus|but|or|while)\\s)[^\\d])*$`, 'i');
/** From the clause's own figure to the date: its noun and verb, no break and no joiner. */
const EN_CLAUSE_TO_DATE = /^(?:(?![,;:!?.]|\s(?:and|plus|but|or|while)\s)[^\d])*$/i;

function inRelativeClause(text: string, own: Quantity, m: Span, quantities: readonly Quantity[]): boolean {
  const head = quantities.filter((o) => o.end <= own.start && own.start - o.end <= EN_MAX_GAP).at(-1);
  if (!head || m.start - own.end > EN_MAX_GAP) return false;
  return EN_RELATIVE_OPENER.test(text.slice(head.end, own.start)) && EN_CLAUSE_TO_DATE.test(text.slice(own.end, m.start));
}

function definiteOfDate(text: string, figure: Quantity, m: Span): boolean {
  return EN_OF_DATE.test(text.slice(figure.end, m.start)) && EN_DEFINITE_BEFORE.test(text.slice(Math.max(0, figure.start - 24), figure.start));
}

/**
 * Whether the date at m belongs to another figure's modifier and q, in that clause or before it, is
 * outside the modifier: only figures after the date in the rest of an English modifier's clause ("…it
 * raised in May at a $Y valuation") share it. Figures of later clauses keep their usual reading.
 */
export function datesAnotherFigure(text: string, sentence: Span, m: Span, q: Quantity, quantities: readonly Quantity[]): boolean {
  const owner = modifiedFigure(text, m, quantities);
  if (!owner || owner === q) return false;
  const clause = clauseAt(clauseSpans(text, sentence), m.start);
  // A later clause may point back at the modified figure ("…的60亿美元，后者占当年营收的35%"): left as it was.
  if (q.start >= clause.end) return false;
  return owner.start > m.start || q.start < m.end;
}
