/**
 * A figure that adds up two periods: "Q1 plus Q2 FY25 Data Center comes to $48.9 billion", "Q3 and Q4
 * combined were $70 billion", "一季度加二季度合计约487亿美元". The figure is of the two periods' combined
 * span, never of the last one named (the nearest to it); the binder gives it no period at all, so it is
 * not judged against either quarter's fact.
 *
 * The shape: two period mentions joined only by plus/and/+/加/和/与, then, between the second and the
 * figure, a word of summing (comes to, combined, together, in total, add up to, 合计, 加起来, 共计).
 *
 * Likewise a run of quarters or halves written as one span ("trailing revenue (Q2 FY2024 to Q1 FY2025)
 * was $79.7 billion", "H2 2023–H1 2024 sales", "2023年第二季度至2024年第一季度营收"): two such mentions joined
 * only by to/through/until, a dash, 至 or 到 name the span from the first to the last, and an amount
 * after them in the clause is of that whole span, not of the last quarter. Runs of whole years and of
 * months are read as spans where they are found (periodPatternsEn.ts); this leaves quarters undated
 * rather than inventing a span the fact base files no figure for. Not after "from"/"between"/从/由/自 (the
 * two ends of a change: "from Q2 to Q3 revenue rose to $30B" is Q3's), and not a percentage or multiple
 * ("Q2 to Q3 growth was 24%" is the growth into Q3).
 *
 * "四季度营收合计…", "四个季度加起来…" (session 30, h-fa30zh): 四季度 without 第 and without a year or
 * 今年/去年 glued before it, then a word of summing before the figure, counts four quarters, not the
 * fourth: the total of the four (a year's quarters added up), so it is not Q4's figure either.
 */
import type { Quantity, Span } from '../model';

const JOIN = /^\s*(?:plus|and|\+|&|加上?|和|与|及)\s*$/i;
const SUM_AFTER = /^[^.;。；\d]{0,60}?(?:\b(?:comes? to|came to|combined|together|in total|totall?(?:ed|ing|s)?|add(?:s|ed)? up to|sums? to|summed to)\b|合计|加起来|加在一起|共计|总计|一共|相加)/i;

const RUN_JOIN = /^\s*(?:to|through|thru|until|–|—|-|~|至|到)\s*$/i;
/** A mention of a quarter or half (of a year or fiscal year), by its words. */
const QUARTER_WORDS = /\b(?:Q[1-4]|H[12])\b|\bquarter\b|\bhalf\b|季度|季|半年/i;
/** The run is the two ends of a change, not one span ("from Q2 to Q3", "between Q1 and Q3", 从…到…). */
const CHANGE_ENDS_BEFORE = /(?:(?<![A-Za-z])(?:from|between)\s+(?:the\s+)?|[从由自]\s*)$/i;

/** Whether q's clause sums two period mentions before it, or names a run of quarters (above) before it. */
export function sumsTwoPeriods(text: string, clause: Span, q: Quantity, mentions: readonly Span[]): boolean {
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= q.start).sort((a, b) => a.start - b.start);
  if (before.some((m) => fourQuartersSummed(text, m, q))) return true;
  for (let i = 0; i + 1 < before.length; i++) {
    const [a, b] = [before[i], before[i + 1]];
    if (JOIN.test(text.slice(a.end, b.start)) && SUM_AFTER.test(text.slice(b.end, q.start))) return true;
    if (namesRunOfQuarters(text, a, b, q)) return true;
  }
  return false;
}

function namesRunOfQuarters(text: string, a: Span, b: Span, q: Quantity): boolean {
  if (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'number') return false;
  if (!RUN_JOIN.test(text.slice(a.end, b.start))) return false;
  if (!QUARTER_WORDS.test(text.slice(a.start, a.end)) || !QUARTER_WORDS.test(text.slice(b.start, b.end))) return false;
  return !CHANGE_ENDS_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
}

/** "四季度营收合计", "四个季度加起来": a count of four quarters summed, not the fourth quarter (see above). */
const FOUR_QUARTERS = /^(?:四|4)\s*(?:个)?\s*季度$/;
/** 第四季度, 2024年四季度, 今年四季度, FY24四季度, Q: the fourth quarter of a year, named. */
const ORDINAL_OR_YEAR_BEFORE = /(?:第|年|财年|[今去明]年|上半|下半|[A-Za-z]{2}\d{2,4}|\d)\s*$/;

function fourQuartersSummed(text: string, m: Span, q: Quantity): boolean {
  if (!FOUR_QUARTERS.test(text.slice(m.start, m.end))) return false;
  if (ORDINAL_OR_YEAR_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
  return SUM_AFTER.test(text.slice(m.end, q.start));
}
