/**
 * Coordinated figures each keep their own date. In "raised $640 million at a $2.8 billion valuation in
 * August 2024 and $750 million at about $6.9 billion last September" one clause holds two conjuncts of
 * the same frame, joined by "and" (or "then") right before a figure. The date written inside a conjunct
 * is its figures' own, even when it comes after a second figure ("last September" after the $6.9
 * billion) and the first conjunct's date is nearer in characters ("in August 2024", just before "and").
 *
 * A conjunct begins at a joiner that a figure follows (after at most "another", "a further" or a hedge)
 * and that has a figure before it in the clause; it ends at the next such joiner or the clause's end.
 * Only a conjunct that writes a date of its own narrows the choice: one without a date, or whose only
 * date is a comparison's starting point ("and 22% from the third quarter"), is left to the usual
 * nearest-in-clause reading.
 */
import type { Quantity, Span } from '../model';
import { sumsTwoPeriods } from './summedPeriods';

/**
 * "and", "and then", "then", "and later", "plus" with what may stand between the joiner and the next
 * figure ("plus a roughly $4 billion expansion", "and then the $1.3 billion round").
 */
const JOINER_BEFORE_FIGURE =
  /(?<![A-Za-z])(?:and\s+(?:then\s+|later\s+)?|then\s+|plus\s+|on\s+top\s+of\s+|in\s+addition\s+to\s+)(?:another\s+|a\s+further\s+|an?\s+|the\s+)?(?:(?:about|around|roughly|nearly|approximately|almost|some|over|more\s+than|at\s+least|close\s+to)\s+)?$/i;

/**
 * Words that mark a conjunct's figure as the earlier one of the coordination ("the original $11.9
 * billion contract plus a $4 billion expansion in May", "最初的119亿美元合同"): a date written in another
 * conjunct is the later figure's, never this one's. A first, seed or angel round (首轮, 种子轮, 天使轮)
 * comes before any round coordinated after it ("a first round of $225 million and then the $1.3 billion
 * round in June 2023": June is the second round's).
 */
const EARLIER_MARK = /(?<![A-Za-z])(?:original|initial|first|earlier|existing|prior|previous|seed|angel)(?![A-Za-z-])|最初|起初|原先|原有|原来|初始|首笔|此前|首轮|种子轮|天使轮/i;

/**
 * A figure added to another as something already there ("on top of a $225 million first round", "in
 * addition to the $2 billion it raised before"): the figure of that conjunct is another item than the
 * dated one, so a date written elsewhere in the clause is never its own.
 */
const ADDED_TO = /^(?:on\s+top\s+of|in\s+addition\s+to)\s/i;
/** Words of a funding round, near a figure added "on top of" another: only then is the addition another round. */
const ROUND_NEAR = /\b(?:rounds?|rais(?:e|ed|es|ing)|funding|financing|seed)\b|融资|募资|轮/i;
/** A round named right after the figure as another one: "$225 million first round", "a $20 million seed round". */
const EARLIER_ROUND_AFTER = /^\s*(?:(?:first|earlier|initial|previous|prior|seed|angel|pre-seed)\s+(?:funding\s+|financing\s+)?round|seed\b)|^\s*的?(?:首轮|种子轮|天使轮|上一轮|前一轮)/i;

/**
 * Words that make the date after them a comparison's starting point ("22% from the third quarter",
 * "than a year earlier", 较上季度): that date is the baseline's, not the conjunct's own.
 */
const BASELINE_BEFORE_DATE = /(?:(?<![A-Za-z])(?:from|than|versus|vs\.?|compared\s+(?:with|to)|over)\s+(?:the\s+|a\s+)?|(?:较|比|从|相比于?)\s*)$/i;

/**
 * The joiner may be followed by the conjunct's own period before its figure: "$4.37 billion in fiscal 2023
 * and in fiscal 2024 $29.8 billion", "and, for 2024, $29.8 billion". PERIOD stands for a period mention
 * (masked in the gap, see masked()); the preposition and "the whole of" are the words that introduce it.
 */
const PERIOD = '\u0001';
const JOINER_THEN_PERIOD = new RegExp(
  String.raw`(?<![A-Za-z])(?:and|plus)\s*,?\s+(?:(?:in|for|during|over|by|as\s+of|at)\s+)?(?:the\s+)?(?:(?:whole|full|entire|rest)\s+(?:of\s+)?)?${PERIOD}+\s*,?\s*(?:(?:about|around|roughly|nearly|approximately|almost|some|over|more\s+than|at\s+least|close\s+to)\s+)?$`,
  'i',
);

/** The gap text with each period mention inside it masked as PERIOD characters (offsets kept). */
function masked(text: string, from: number, to: number, periods: readonly Span[]): string {
  let gap = text.slice(from, to);
  for (const m of periods) {
    if (m.start < from || m.end > to) continue;
    gap = gap.slice(0, m.start - from) + PERIOD.repeat(m.end - m.start) + gap.slice(m.end - from);
  }
  return gap;
}

/**
 * The span of the conjunct holding q (a figure or a date) in its clause, when the clause coordinates
 * figures; else undefined. `periods` are the clause's period mentions (a conjunct may open with its own,
 * between the joiner and its figure).
 */
export function conjunctOf(text: string, clause: Span, q: Span, quantities: readonly Quantity[], periods: readonly Span[] = []): Span | undefined {
  const inClause = quantities.filter((o) => o.start >= clause.start && o.end <= clause.end).sort((a, b) => a.start - b.start);
  // Where each conjunct after the first begins: at the joiner before its first figure.
  const starts: number[] = [];
  for (let i = 1; i < inClause.length; i++) {
    const from = inClause[i - 1].end;
    const gap = masked(text, from, inClause[i].start, periods);
    const joiner = JOINER_BEFORE_FIGURE.exec(gap) ?? JOINER_THEN_PERIOD.exec(gap);
    if (joiner) starts.push(from + joiner.index);
  }
  if (starts.length === 0) return undefined;
  const start = starts.filter((s) => s <= q.start).at(-1) ?? clause.start;
  const end = starts.find((s) => s > q.start) ?? clause.end;
  return { start, end };
}

/** A determiner before the figure: the thing it sizes is one the reader already knows ("the $11.9 billion contract"). */
const DEFINITE_BEFORE = /(?<![A-Za-z])(?:the|its|their|this|that|his|her|our)\s+(?:[A-Za-z-]+\s+)?$/i;
/** A later conjunct that brings in a new item ("plus a $4 billion expansion in May", "and another $1 billion in June"). */
const NEW_ITEM = /^(?:and|plus)\s+(?:an?|another|a\s+further)\s/i;

/**
 * q's conjunct writes no date, another conjunct of its clause does, and q's is marked as the earlier
 * figure (EARLIER_MARK before it in its conjunct, an earlier round named right after it, or "on top of" /
 * "in addition to" opening it), or q's figure is definite ("the $11.9 billion
 * contract") and the dated conjunct after it brings in a new item ("plus a $4 billion expansion in
 * May"): the date is the new item's, and the clause gives q no period at all. Two indefinite figures ("an
 * $11.9 billion contract and a $4 billion expansion with OpenAI in May") leave the date to both.
 */
export function earlierConjunctUndated(text: string, clause: Span, q: Quantity, quantities: readonly Quantity[], inClause: readonly Span[]): boolean {
  // A clause without dates has none to withhold: answered before the conjuncts are read (most clauses).
  if (inClause.length === 0) return false;
  const conjunct = conjunctOf(text, clause, q, quantities, inClause);
  if (!conjunct) return false;
  if (inClause.some((m) => m.start >= conjunct.start && m.end <= conjunct.end)) return false;
  const before = text.slice(conjunct.start, q.start);
  if (EARLIER_MARK.test(before) || (ADDED_TO.test(before) && ROUND_NEAR.test(text.slice(clause.start, clause.end)))) return true;
  if (EARLIER_ROUND_AFTER.test(text.slice(q.end, Math.min(conjunct.end, q.end + 40)))) return true;
  if (!DEFINITE_BEFORE.test(before)) return false;
  const later = inClause.filter((m) => m.start >= conjunct.end).map((m) => conjunctOf(text, clause, m, quantities, inClause));
  return later.length > 0 && later.every((c) => c !== undefined && NEW_ITEM.test(text.slice(c.start, c.end)));
}

/**
 * A clause that adds its figure to the dated one as something already there ("…in June 2023, on top of a
 * $225 million first round", "…，此外还有2.25亿美元的首轮"), or names it as an earlier round right after it:
 * a date written in another clause of the sentence, or carried from before, is not this figure's.
 */
const CLAUSE_ADDS = /^[\s,;:—–-]*(?:(?:and\s+)?(?:on\s+top\s+of|in\s+addition\s+to)\s|(?:此外)?(?:另有|另外还有|此外还有))/i;

function earlierItemClause(text: string, clause: Span, q: Quantity): boolean {
  // Added to a round: "on top of" beside other flows ("revenue of $10B in 2024, on top of $2B of interest") may share their year.
  if (CLAUSE_ADDS.test(text.slice(clause.start, q.start))) return ROUND_NEAR.test(text.slice(Math.max(0, clause.start - 160), clause.end));
  return EARLIER_ROUND_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 40)));
}

/**
 * The clause gives q no date and none may be carried to it: an earlier conjunct (earlierConjunctUndated),
 * an undated clause adding another round, or a sum of two periods (summedPeriods.ts).
 */
export function noDateOfItsOwn(text: string, clause: Span, q: Quantity, quantities: readonly Quantity[], inClause: readonly Span[]): boolean {
  if (sumsTwoPeriods(text, clause, q, inClause) || earlierConjunctUndated(text, clause, q, quantities, inClause)) return true;
  return inClause.length === 0 && earlierItemClause(text, clause, q);
}

/**
 * The dates of q's own conjunct, when it writes any; else all the clause's dates unchanged. `inClause`
 * are the period mentions of q's clause.
 */
export function ownConjunctDates<M extends Span>(text: string, clause: Span, q: Quantity, quantities: readonly Quantity[], inClause: M[]): M[] {
  // No date to choose among: the list is returned as it is whatever the conjuncts (read only when needed).
  if (inClause.length === 0) return inClause;
  const conjunct = conjunctOf(text, clause, q, quantities, inClause);
  if (!conjunct) return inClause;
  const own = inClause.filter((m) => m.start >= conjunct.start && m.end <= conjunct.end && !BASELINE_BEFORE_DATE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  return own.length > 0 ? own : inClause;
}
