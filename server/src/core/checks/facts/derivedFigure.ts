/**
 * A figure the writer derives from other figures of the text, introduced by a word of inference: "a 27%
 * stake worth $135 billion, implying a valuation of about $500 billion", "…价值约1350亿美元，隐含OpenAI估值约
 * 5000亿美元", 意味着, 折合, 倒推, 推算. It is the writer's computation, which the arithmetic checks judge from
 * its operands, not a reported figure: a fact of another date or reading does not make it wrong, so a
 * contradiction or a stale verdict on it is at most information (findings.ts; a wrong period still warns:
 * the period is the writer's premise, bound as written). The cue must
 * stand in the figure's own clause, before it, with no figure between. "An implied valuation of" in a
 * round's report ("raised $6.6 billion at an implied valuation of $157 billion") is the round's reported
 * term, and "valuing it at" a report's, so neither counts.
 *
 * The inference may also be a fronted clause that ends at the comma before the figure's clause: "按1350亿
 * 美元对应27%倒推，OpenAI估值约5000亿美元", "据此推算，…" (read in Chinese only: the English "Working back from the stake, …" did
 * not bind as a valuation claim when tried, so it is untested and left out). The fronted clause states how the figure after it was reached, so that figure is the
 * inference; its own clause must hold no other figure before it. A clause of basis that is no inference
 * ("按非GAAP计算，") reports a figure and does not count.
 */
const EN_DERIVED = /(?<![A-Za-z])(?:implying|(?:which|that|this)\s+implies|implies|which\s+works\s+out\s+to|which\s+means)(?![A-Za-z])[^,;:.\d$€£¥]{0,40}$/i;
const ZH_DERIVED = /(?:隐含|意味着|折合|倒推|推算出?|反推|换算下来)[^，,；;：:。\d]{0,20}$/;

/** A fronted clause ending in a verb of inference, then the figure's clause up to the figure: "…倒推，OpenAI估值约". */
const ZH_FRONTED = /(?:倒推|反推|推算|推断|换算下来|折算下来)(?:的话|下来|来看)?\s*[，,][^，,；;：:。\d]{0,20}$/;

/** The figure at `figureStart` of `sentence` is introduced by a word of inference in its own clause or a fronted clause of inference. */
export function derivedFigure(sentence: string | undefined, figureStart: number): boolean {
  if (sentence === undefined || figureStart < 0) return false;
  const before = sentence.slice(Math.max(0, figureStart - 60), figureStart);
  return EN_DERIVED.test(before) || ZH_DERIVED.test(before) || ZH_FRONTED.test(before);
}
