/**
 * A figure its sentence states as a forecast ("Meta预计2024年资本开支为300亿至370亿美元", "Meta expected
 * 2024 capex of $30-37 billion") is the metric's guidance, even for a period that is over by the
 * document's date: judged against the guidance, it can be supported or out of date, not "the actual
 * figure's wrong metric". Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import { clauseBounds } from './claimSentence';

/** Forecast verbs and nouns; written before the figure in its own clause, they make it a forecast. */
const FORECAST_WORDS = /预计|预期|指引|\b(?:expects?|expected|expecting|forecasts?|forecasted|guided|guidance|projects?|projected)\b/i;

/** The guidance metric the claim's clause states the figure as, when the fact base has one. */
export function forecastMetric(claim: Claim, kb: FactBase, sentence: string | undefined): string | undefined {
  const metric = claim.metric?.value;
  const guidance = metric === undefined ? undefined : `${metric}.guidance`;
  if (!guidance || !kb.metrics.has(guidance) || sentence === undefined) return undefined;
  const clause = clauseBounds(claim, sentence);
  if (!clause) return undefined;
  return FORECAST_WORDS.test(sentence.slice(clause.start, claim.quantity.start - claim.sentence.start)) ? guidance : undefined;
}
