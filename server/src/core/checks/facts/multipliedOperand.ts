/**
 * A figure a sentence multiplies by another is an operand of the computation the sentence tells, not a
 * level the writer states for now: "a shortcut multiplies the guided 1 point by the $24 billion segment",
 * "multiplying $24 billion by 3%", "用1个百分点乘以240亿美元". Its time is the computation's (often the
 * other operand's quarter), which the sentence need not write; so an undated operand is no out-of-date
 * figure, nor is a period read from around it surely its own: like a hypothetical's premise
 * (hypotheticalPremise.ts), stale and wrong-period stay information (findings.ts). A wrong value is still
 * called out. Only the verb (multiply … by, 乘以): a formula written with × is the writer's own
 * arithmetic, whose operands are read as the figures they state.
 */

/** "multiplies the guided 1 point by the " right before the figure: the by-operand. */
const BY_OPERAND_EN = /\bmultipl(?:y|ies|ied|ying)\b[^,;:.!?]{0,60}?\bby\s+(?:(?:the|its|a|an|their|that|this)\s+)?$/i;
/** "multiplies " right before the figure and "by" after it: the first operand. */
const VERB_BEFORE_EN = /\bmultipl(?:y|ies|ying)\s+(?:(?:the|its|a|an|their|that|this)\s+)?$/i;
const BY_AFTER_EN = /^\s*(?:[\w-]+\s+){0,4}?by\b/i;
/** 乘以 right before the figure, or right after it (用240亿美元乘以1%). */
const BEFORE_ZH = /乘以\s*(?:约|近|大约)?\s*$/;
const AFTER_ZH = /^\s*乘以/;

/** The figure at [start, end) of `sentence` is an operand of a multiplication the sentence tells in words. */
export function multipliedOperand(sentence: string | undefined, start: number, end: number): boolean {
  if (sentence === undefined || start < 0) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  const after = sentence.slice(end, end + 40);
  return BY_OPERAND_EN.test(before) || (VERB_BEFORE_EN.test(before) && BY_AFTER_EN.test(after)) || BEFORE_ZH.test(before) || AFTER_ZH.test(after);
}
