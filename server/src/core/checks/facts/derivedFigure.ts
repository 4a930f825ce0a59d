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

/**
 * The writer's own computations named as such, right before the figure in its clause: an average over a
 * span ("revenue averaged about $32.6 billion a quarter", 平均每季度, 季均, 月均), the difference of two figures
 * the text just gave ("the difference between the two, $75 billion", 两者之差), and a conclusion drawn with
 * "so" ("…almost 600,000 in all, so about 250,000 come from other chips"). None is any period's reported
 * figure: a fact it misses is no contradiction. "The average price is" (a reported measure) and "the
 * difference between A and B" (naming what is compared, not pointing back) do not count.
 */
const EN_COMPUTED =
  /(?:(?<![A-Za-z])averag(?:ed|es|ing)|(?<![A-Za-z])(?:the\s+)?(?:difference|gap)\s+between\s+(?:the\s+two|them|these|those)(?:\s+figures)?\s*(?:,|is|was|comes\s+to|of)?|(?:^|[,;])\s*so)\s+(?:(?:about|around|roughly|some|nearly|almost|only|just|close\s+to)\s+)?[$€£¥]?$/i;
const ZH_COMPUTED = /(?:平均每(?:个)?(?:季度|季|月|年)|季均|月均|年均|(?:两者|二者|两项|两个数字)(?:之差|相差|的差额?)(?:为|是|约为|约)?)\s*(?:约|大约)?$/;

/**
 * A pace the writer extrapolates from a shorter period: "its Q4 spend of $26.3 billion already annualizes to
 * about $105 billion", "Annualizing the quarter gives $157 billion", 按季度年化约1050亿美元. It is no figure of the
 * quarter it starts from, so matching the next year's figure makes it no wrong period either (findings.ts).
 * A reported run-rate ("annualized revenue of $10 billion") names a measure and does not count.
 */
const EN_PACE = /(?<![A-Za-z])(?:annuali[sz]es\s+to|annuali[sz]ed\s+(?:to|at|that\s+is|it\s+is)|annuali[sz]ing\s+[^,.;\d]{0,40}?\s+(?:gives|yields|comes\s+to)(?:\s+an?)?)\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?[$€£¥]?$/i;
const ZH_PACE = /(?:年化(?:后|下来|计算)?|按年化(?:计算|算)?|折合年化)(?:为|是|约为|约|达到?|相当于)?\s*(?:约|大约)?$/;

/** The figure at `figureStart` of `sentence` is introduced by a word of inference in its own clause or a fronted clause of inference. */
export function derivedFigure(sentence: string | undefined, figureStart: number): boolean {
  if (sentence === undefined || figureStart < 0) return false;
  const before = sentence.slice(Math.max(0, figureStart - 60), figureStart);
  return EN_DERIVED.test(before) || ZH_DERIVED.test(before) || ZH_FRONTED.test(before) || EN_COMPUTED.test(before) || ZH_COMPUTED.test(before) || paceFigure(sentence, figureStart);
}

/** The figure at `figureStart` of `sentence` is a pace the writer extrapolates ("annualizes to"). */
export function paceFigure(sentence: string | undefined, figureStart: number): boolean {
  if (sentence === undefined || figureStart < 0) return false;
  const before = sentence.slice(Math.max(0, figureStart - 60), figureStart);
  return EN_PACE.test(before) || ZH_PACE.test(before);
}
