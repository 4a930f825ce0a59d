/**
 * A year named for a figure worked back from a growth rate is the comparison's base, not the year the
 * sentence goes on in. In "2023年百度总营收1345.98亿元,同比增长9%,由此倒推2022年约为1235亿元;其中第四季度
 * 349.51亿元" the 2022 only says what the 9% was measured from; "其中第四季度" is still the 2023 story's
 * fourth quarter. Likewise "revenue was $134.6 billion in 2023, up 9%, implying about $123.5 billion in
 * 2022; the fourth quarter brought $34.95 billion". So such a year does not become the year a later
 * year-less quarter or month is placed in (periods.ts), when it is earlier than the year already named:
 * a derived base is of an earlier time than the figure it is derived from.
 */
import type { Span } from '../model';

/** Words that derive a base from what was said before: 倒推, 反推, 推算, 意味着; "implying", "which implies", "backing out". */
const DERIVED_EN = /(?<![A-Za-z])(?:implying|implies|implied|backing\s+out|backs\s+out|working\s+back|works\s+back)(?![A-Za-z])/i;
const DERIVED_ZH = /倒推|反推|推算|推得|推出|意味着|隐含/;
/** Clause punctuation (a comma between digits is a thousands separator): the derivation word must be in the year's own clause. */
const CLAUSE_BREAK = /[,，;；。:：!?！？]/g;

/**
 * The year at m (offsets into `slice`) is written in a clause that works a base back, before it
 * ("由此倒推2022年", "implying 2022 revenue") or before the derived figure it dates ("implying about
 * $123.5 billion in 2022").
 */
export function datesDerivedBase(slice: string, m: Span): boolean {
  const from = Math.max(0, m.start - 60);
  const before = slice.slice(from, m.start);
  let clauseStart = 0;
  for (const b of before.matchAll(CLAUSE_BREAK)) {
    const i = b.index ?? 0;
    if (b[0] === ',' && /\d/.test(before[i - 1] ?? '') && /\d/.test(before[i + 1] ?? '')) continue;
    clauseStart = i + 1;
  }
  const clause = before.slice(clauseStart);
  return DERIVED_ZH.test(clause) || DERIVED_EN.test(clause);
}
