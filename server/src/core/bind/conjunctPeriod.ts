/**
 * "按1万亿美元市值和2024财年第一季度营收年化计算", "on a $1 trillion market cap and fiscal 2024
 * first-quarter revenue annualised": a period written right after a joiner that follows a figure opens
 * the next conjunct and modifies the measure named there (the revenue), not the figure of the conjunct
 * before it (the market cap). It dates only the figures of its own conjunct, from the period to the next
 * clause break; a figure before it, or in another clause of the sentence, takes nothing from it.
 *
 * The period must stand before a word of its conjunct (the noun it modifies): "$5 billion in 2023 and
 * 2024" coordinates two periods, and "$5 billion and 2024" ends the clause, so neither opens a conjunct.
 */
import type { Quantity, Span } from '../model';

/** A figure, then at most a short measure word, then the joiner right before the period. */
const JOINER_BEFORE = /(?:和|与|及|以及|跟|、|(?<![A-Za-z])(?:and|plus|as\s+well\s+as)\s+(?:(?:the|its|their|on|a|an)\s+)?)\s*$/i;
/** What may stand between the figure and the joiner: a measure word, no figure, no clause break. */
const MEASURE_WORDS = /^[^\d，,。；;:：！？!?()（）]{0,24}$/;
/** The period modifies what follows it: a word or its figure (not another period, nor the clause's end). */
const WORD_AFTER = /^\s*(?:的\s*)?(?:[A-Za-z\d$¥€£]|[\u4e00-\u9fff])/;
const NOT_A_NOUN_AFTER = /^\s*(?:and|or|to|through|until|[-–—]|和|与|至|到|及|或|为|是|达)/i;
/** Between two period words of one phrase ("fiscal 2024 first-quarter", "2024财年第一季度"). */
const WITHIN_PHRASE = /^\s*(?:的|['’]s)?\s*$/;
const CLAUSE_BREAK = /[，,。；;！？!?]/;

/** Whether the period at m opens a later conjunct that `q` is not part of. */
export function datesOtherConjunct(text: string, m: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly Span[]): boolean {
  if (!opensConjunct(text, phraseStart(text, m, mentions), quantities)) return false;
  const rest = text.slice(m.end, m.end + 400);
  const breakAt = rest.search(CLAUSE_BREAK);
  const end = breakAt < 0 ? m.end + rest.length : m.end + breakAt;
  return q.start < m.start || q.start >= end;
}

/** Where the period phrase holding m begins: "first-quarter" in "fiscal 2024 first-quarter" begins at "fiscal". */
function phraseStart(text: string, m: Span, mentions: readonly Span[]): Span {
  let start = m;
  for (;;) {
    const previous = mentions.find((o) => o.end <= start.start && WITHIN_PHRASE.test(text.slice(o.end, start.start)));
    if (!previous) return { start: start.start, end: m.end };
    start = previous;
  }
}

function opensConjunct(text: string, m: Span, quantities: readonly Quantity[]): boolean {
  const before = quantities.filter((o) => o.end <= m.start).at(-1);
  if (!before || m.start - before.end > 40) return false;
  const gap = text.slice(before.end, m.start);
  const joiner = JOINER_BEFORE.exec(gap);
  if (!joiner || !MEASURE_WORDS.test(gap.slice(0, joiner.index))) return false;
  const after = text.slice(m.end, m.end + 12);
  // (m is the whole phrase: what follows it is what the phrase modifies.)
  return WORD_AFTER.test(after) && !NOT_A_NOUN_AFTER.test(after);
}
