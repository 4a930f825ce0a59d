/**
 * A clause that steps on in time tells of a later moment than the dates written before it: "Scale AI was
 * valued at $14 billion after its Series F in May 2024; Meta then paid $14.3 billion for 49%", "…。随后
 * Meta以143亿美元收购49%股权". The step word (then, later, subsequently, afterwards, thereafter; 随后,
 * 后来, 此后, 其后) stands in the figure's own clause before the figure, so an earlier clause's or an
 * earlier sentence's period does not carry on to it: the later moment is not written, and the figure is
 * left undated (judged against what was known by the document's date). A period the clause writes itself
 * still dates it ("then raised $2 billion in June").
 *
 * "then" that points back ("back then", "by then", "until then", "the then-CEO", "its then valuation")
 * names the earlier moment, and a "then" answering an "if"/"when" of its sentence is no step in time.
 */
import type { Span } from '../model';

const STEP_EN = /(?<![A-Za-z])(?:then|later|subsequently|afterwards?|thereafter)(?![A-Za-z-])/gi;
/** Words before "then" that make it the earlier moment, not a step on. */
const BACK_BEFORE_EN = /(?<![A-Za-z])(?:back|by|until|till|the|its|their|his|her|even|since|from|before)\s+$/i;
const CONDITION_EN = /(?<![A-Za-z])(?:if|when|once|unless|provided)(?![A-Za-z])/i;
const STEP_ZH = /随后|后来|此后|其后/;

/** Whether the figure's clause steps on in time before the figure (sentence: the figure's sentence). */
export function stepsOnInTime(text: string, clause: Span, sentence: Span, figure: Span): boolean {
  const lead = text.slice(clause.start, figure.start);
  if (STEP_ZH.test(lead)) return true;
  for (const m of lead.matchAll(STEP_EN)) {
    const before = lead.slice(0, m.index);
    if (BACK_BEFORE_EN.test(before)) continue;
    if (/^then$/i.test(m[0]) && CONDITION_EN.test(text.slice(sentence.start, clause.start + m.index))) continue;
    return true;
  }
  return false;
}
