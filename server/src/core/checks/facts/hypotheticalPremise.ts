/**
 * A figure in the condition of a hypothetical is a premise the author sets up, not a statement of when
 * it held: "If data center keeps its FY2025 share of roughly 88%, that would imply…", 假如数据中心保持
 * 2025财年约88%的占比，…. Calling its period wrong or its figure out of date would argue with the premise
 * (the premise's period is the one the condition names): such verdicts stay information (findings.ts).
 * A wrong value for the period it names is still called out.
 *
 * The condition runs from its "if"/假如 to the first clause break after it; the figure must stand inside.
 */
const EN_CONDITION = /\b(?:if|unless|suppose|supposing|assuming|assume)\b[^,;:.!?]*$/i;
const ZH_CONDITION = /(?:如果|假如|假设|倘若|要是|若是|一旦|如若)[^，,；;：:。！？!?]*$/;

/** The figure starting at `figureStart` (an offset into `sentenceText`) sits in a hypothetical's condition. */
export function inHypotheticalCondition(sentenceText: string | undefined, figureStart: number): boolean {
  if (sentenceText === undefined || figureStart < 0) return false;
  const before = sentenceText.slice(0, figureStart);
  return EN_CONDITION.test(before) || ZH_CONDITION.test(before);
}

/**
 * What a hypothetical would lead to is no statement either: "If AMD repeated 2024's growth, Data Center
 * would reach about $24 billion", 如果保持这一增速，数据中心收入将达到约240亿美元. The figure after the
 * condition's clause break, in a clause whose verb is conditional (would, could, might; 将, 会, 就), is the
 * scenario's outcome, the writer's own computation (which the arithmetic checks): set against the fact base
 * it would argue with a scenario, so its fact verdicts stay information (findings.ts). Without the modal
 * ("If we count leases, capex was $X") the main clause states a fact and is checked.
 */
const EN_OUTCOME = /\b(?:if|unless|suppose|supposing|assuming)\b[^;:.!?]*?,[^,;:.!?]*\b(?:would|could|might)\b[^,;:.!?]*$/i;
const ZH_OUTCOME = /(?:如果|假如|假设|倘若|要是|若是|如若)[^。；;！？!?]*?[，,][^，,。；;！？!?]*(?:将|会|就)[^，,。；;！？!?]*$/;

/** The figure starting at `figureStart` is the outcome a hypothetical's main clause would lead to. */
export function inHypotheticalOutcome(sentenceText: string | undefined, figureStart: number): boolean {
  if (sentenceText === undefined || figureStart < 0) return false;
  // A bounded window: the condition and its outcome sit within a few hundred characters of the figure.
  const before = sentenceText.slice(Math.max(0, figureStart - 300), figureStart);
  return EN_OUTCOME.test(before) || ZH_OUTCOME.test(before);
}

/**
 * The answer to a hypothetical question is the scenario's outcome too: "If a fund had bought 1% of the
 * company in June, what would it be worth now? About $290 million on paper." A question whose condition
 * is counterfactual or modal (had, were, would, could, might; 会, 将, 能, 的话) and which ends right before
 * the figure's sentence asks for a scenario's result, and the next sentence gives it: as with an outcome in
 * the same sentence, its fact verdicts stay information. "had to" is no counterfactual ("If you had to
 * name one figure, what was revenue?" asks for a fact), and a question with no modal ("If Nvidia beat,
 * what was its revenue?") neither. Only the sentence right after the question is its answer (`blockText`
 * and `sentenceStart` share offsets: the claim's block and its sentence's start).
 */
const EN_QUESTION_BEFORE = /\b(?:if|suppose|supposing)\b[^.!?\n]*\b(?:had(?!\s+to\b)|were|would|could|might)\b[^.!?\n]*\?["”’]?\s*$/i;
const ZH_QUESTION_BEFORE = /(?:如果|假如|假设|倘若|要是|若是|如若)[^。！？!?\n]*(?:会|将|能|的话)[^。！？!?\n]*[?？]["”’]?\s*$/;
export function answersHypotheticalQuestion(blockText: string | undefined, sentenceStart: number): boolean {
  if (blockText === undefined || sentenceStart <= 0) return false;
  const before = blockText.slice(Math.max(0, sentenceStart - 300), sentenceStart);
  return EN_QUESTION_BEFORE.test(before) || ZH_QUESTION_BEFORE.test(before);
}
