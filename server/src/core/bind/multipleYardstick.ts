/**
 * A figure written as a multiple of another is that multiple's numerator, not a figure of the other's
 * measure: in "Scale AI's $14 billion was 10 times the $1.4 billion of annual recurring revenue", "the
 * $1.4 billion of annual recurring revenue" is the yardstick, and its measure word is its own; the $14
 * billion is what was measured against it (here a round's price). So in "X (was) N times Y" and "X是Y的N倍"
 * the metric words of Y do not bind X. Nearness alone would hand X the yardstick's measure and then call
 * the writer's own arithmetic a tenfold slip. Part of metric binding (metrics.ts).
 */
import type { Quantity, Span } from '../model';

/** Between the numerator and "N times": a verb of being and a hedge, or only a comma (an appositive). */
const EN_GAP =
  /^\s*,?\s*(?:(?:is|was|are|were|stood\s+at|came\s+to|amounted\s+to|equals|equalled|equaled|represents|represented|works\s+out\s+to)\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|just\s+over|at\s+least|well\s+over)\s+)?$/i;
/** The multiple's own wording: "10 times", "10x", "10-fold", "twice". */
const EN_MULTIPLE = /(?:times|[x×]|fold|twice|thrice)\s*$/i;

/** Between the numerator and the yardstick in Chinese: a copula ("是", "又是", "相当于"). */
const ZH_COPULA = /^\s*[，,]?\s*(?:又|也|已|约|则|已经|将|将会|会)?\s*(?:是|为|相当于|达到|达)/;
/** The yardstick's end: 的 and the multiple ("的3倍", "的近10倍"). */
const ZH_OF_BEFORE_MULTIPLE = /的\s*(?:近|约|超过|逾|将近|接近|大约)?\s*$/;

/** How far a yardstick reaches: the words of one noun phrase. */
const REACH = 80;

/** The span of the yardstick of the multiple that `q` is the numerator of, if the clause writes one. */
export function multipleYardstick(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[]): Span | undefined {
  const next = quantities.filter((o) => o.start >= q.end && o.end <= clause.end).sort((a, b) => a.start - b.start);
  // English: the next figure is the multiple, right after the numerator.
  const m = next[0];
  if (m && m.kind === 'multiple' && EN_GAP.test(text.slice(q.end, m.start)) && EN_MULTIPLE.test(text.slice(m.start, m.end))) {
    return { start: m.end, end: Math.min(clause.end, m.end + REACH) };
  }
  // Chinese: a copula after the numerator, then the yardstick up to 的 and the multiple.
  const copula = ZH_COPULA.exec(text.slice(q.end, q.end + 8));
  if (!copula) return undefined;
  const from = q.end + copula[0].length;
  const multiple = next.find((o) => o.kind === 'multiple' && o.start >= from && o.start - from <= REACH);
  if (!multiple || !ZH_OF_BEFORE_MULTIPLE.test(text.slice(from, multiple.start))) return undefined;
  return { start: from, end: multiple.start };
}

/** After a yardstick's measure word, up to the multiple: "收入的15倍", "收入的近10倍". */
const ZH_OF_MULTIPLE_AFTER = /^\s*的\s*(?:近|约|超过|逾|将近|接近|大约)?\s*$/;
/** Between "N times" and the yardstick's measure word: "15 times revenue", "15x its 2024 revenue". */
const EN_MULTIPLE_OF = /^\s*(?:(?:the|its|their|that|this|his|her)\s+)?(?:(?:19|20)\d{2}\s+)?$/i;

/**
 * The measure word `word` is the yardstick of a multiple of the sentence ("是收入的15倍", "15 times its
 * revenue"): the base the multiple compares something with, not a figure's measure. So it is no measure
 * that a later clause of bare period and figure continues: in "净亏损约4.65亿美元，是收入的15倍多；2025年前
 * 九个月约5.12亿美元" the last figure is a net loss again, not revenue (metrics.ts, the carried measure).
 */
export function isMultipleBase(text: string, word: Span, quantities: readonly Quantity[]): boolean {
  return quantities.some(
    (m) =>
      m.kind === 'multiple' &&
      ((m.start >= word.end && m.start - word.end <= 8 && ZH_OF_MULTIPLE_AFTER.test(text.slice(word.end, m.start))) ||
        (m.end <= word.start && word.start - m.end <= 30 && EN_MULTIPLE.test(text.slice(m.start, m.end)) && EN_MULTIPLE_OF.test(text.slice(m.end, word.start)))),
  );
}
