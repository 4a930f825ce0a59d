/**
 * A computation the text sets up and then rejects: "3% of the quarter's $24.3 billion would be $729 million:
 * that is the wrong base, because…", "如果按30%的份额算，收入会是90亿美元，但这个基数是错的". Its figures are a
 * reading the writer shows to dismiss, not statements: no verdict on them rises above information
 * (findings.ts). The sentence must both pose the computation ("would be", 会是, 如果/假如, or an operation
 * spelled out as a gerund: "Multiplying 3% by $24.3 billion gives…") before the rejection and reject it in
 * words after the figure ("the wrong base", "is wrong", "so we do not use it", 基数不对, 是错的).
 */
const POSED = /\bwould\s+(?:be|give|come\s+to|mean|imply)\b|\b(?:multiplying|dividing|adding|subtracting)\b|会是|将是|如果|假如|假设/i;
const REJECTED =
  /\b(?:(?:that|this|which)\s+(?:is|was|would\s+be)\s+(?:the\s+)?wrong|the\s+wrong\s+(?:base|denominator|measure|number|reading)|is\s+(?:a\s+)?(?:mistake|misreading)|we\s+(?:do\s+not|don['’]t|will\s+not|won['’]t)\s+use\s+(?:it|that|this|them))\b|基数(?:是)?(?:不对|错)|(?:这|那)(?:是|个)?(?:错误的|错的|不对)|算错|不能这样算/i;

/** The figure at `figureStart` in `sentence` belongs to a computation the sentence poses and rejects. */
export function inRejectedReading(sentence: string | undefined, figureStart: number): boolean {
  if (sentence === undefined || figureStart < 0) return false;
  const after = sentence.slice(figureStart);
  const rejection = REJECTED.exec(after);
  return rejection !== null && POSED.test(sentence.slice(0, figureStart + rejection.index));
}
