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
  const before = sentence.slice(clause.start, claim.quantity.start - claim.sentence.start);
  if (FORECAST_WORDS.test(before)) return guidance;
  // "Meta said its capex this year would be $30-37 billion", "Meta表示，今年资本支出将为…": what a company
  // said it will spend is its guidance, though no forecast verb names it.
  return SAID.test(sentence.slice(0, clause.start) + before) && WILL.test(before) ? guidance : undefined;
}

/** A verb of saying before the figure, and a future in its own clause: reported guidance. */
const SAID = /\b(?:said|says|told|stated|announced|declared)\b|表示|(?<![名简号堪被自俗])称(?![为作之号])|宣布|透露/i;
const WILL = /\b(?:would|will)\b|将|会/i;
