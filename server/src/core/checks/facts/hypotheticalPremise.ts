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
