/**
 * Whether a text ends inside a quotation: an odd number of straight double quotes, or a curly or corner
 * quotation opened and not closed. Read on the words of a sentence before a figure, it tells a figure that
 * is someone's quoted wording ('A blog said Nvidia earned "$609 billion"', 原文：“…6090亿美元。”) from one
 * the writer states. Shared by binding (bind/retractedFigure.ts) and the judge (checks/facts/judge.ts).
 */
export function endsInsideQuotation(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('「') > before.lastIndexOf('」') || before.lastIndexOf('『') > before.lastIndexOf('』');
}
