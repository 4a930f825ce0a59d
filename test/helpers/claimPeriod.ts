/** The period label and metric a figure of a short draft is bound to, against the bundled facts (binding tests of one reading). */
import { draftAnalysis } from './draftFindings';

function claimOf(text: string, date: string, figure: string, occurrence = 1) {
  const claims = draftAnalysis(text, date).claims.filter((c) => c.quantity.text === figure);
  return claims[occurrence - 1];
}

export function periodLabel(text: string, date: string, figure: string, occurrence = 1): string | undefined {
  return claimOf(text, date, figure, occurrence)?.period?.value.label;
}

export function metricId(text: string, date: string, figure: string, occurrence = 1): string | undefined {
  return claimOf(text, date, figure, occurrence)?.metric?.value;
}
