/**
 * A figure that adds up two periods: "Q1 plus Q2 FY25 Data Center comes to $48.9 billion", "Q3 and Q4
 * combined were $70 billion", "一季度加二季度合计约487亿美元". The figure is of the two periods' combined
 * span, never of the last one named (the nearest to it); the binder gives it no period at all, so it is
 * not judged against either quarter's fact.
 *
 * The shape: two period mentions joined only by plus/and/+/加/和/与, then, between the second and the
 * figure, a word of summing (comes to, combined, together, in total, add up to, 合计, 加起来, 共计).
 */
import type { Quantity, Span } from '../model';

const JOIN = /^\s*(?:plus|and|\+|&|加上?|和|与|及)\s*$/i;
const SUM_AFTER = /^[^.;。；\d]{0,60}?(?:\b(?:comes? to|came to|combined|together|in total|totall?(?:ed|ing|s)?|add(?:s|ed)? up to|sums? to|summed to)\b|合计|加起来|加在一起|共计|总计|一共|相加)/i;

/** Whether q's clause sums two period mentions before it. */
export function sumsTwoPeriods(text: string, clause: Span, q: Quantity, mentions: readonly Span[]): boolean {
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= q.start).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < before.length; i++) {
    const [a, b] = [before[i], before[i + 1]];
    if (!JOIN.test(text.slice(a.end, b.start))) continue;
    if (SUM_AFTER.test(text.slice(b.end, q.start))) return true;
  }
  return false;
}
