/**
 * A figure its clause marks as the writer's own forecast, or an analyst's, for a period not over by the
 * document's date: "For Q3 our base case is $29 billion", "we estimate next quarter at…", "analysts expect
 * $30 billion", "我们预计三季度约290亿美元", "分析师预期…". The actual the fact base holds for that period was
 * published later; a forecast made before it is no claim about it, so no verdict against it rises above
 * information (findings.ts). A company's own guidance ("Nvidia expects…") is judged as guidance instead
 * (forecastWording.ts); a forecast of a period already over at the document's date is judged as written.
 */
import type { Claim } from '../../model';
import { clauseBounds } from './claimSentence';

const OWN_FORECAST_EN =
  /\b(?:(?:our|my)\s+(?:own\s+)?(?:base[- ]case|bear[- ]case|bull[- ]case|estimates?|forecasts?|projections?|model|numbers?)|we\s+(?:estimate|forecast|project|model|pencil in)|analysts?(?:['’])?\s+(?:expect|estimate|forecast|project|consensus)|(?:the\s+)?(?:analyst\s+|street\s+)?consensus)\b/i;
const OWN_FORECAST_ZH = /我们(?:预计|估计|预测|测算|的(?:预测|估计|测算|基准))|基准情形|分析师(?:预计|预期|估计|一致预期)|市场一致预期|一致预期/;

/** The claim's clause states it as the writer's or an analyst's forecast of a period still open at `documentDate`. */
export function ownForecast(claim: Claim, sentence: string | undefined, documentDate: string | undefined): boolean {
  const end = claim.period?.value.end;
  if (sentence === undefined || documentDate === undefined || end === undefined || end < documentDate) return false;
  const clause = clauseBounds(claim, sentence);
  if (!clause) return false;
  const before = sentence.slice(clause.start, claim.quantity.start - claim.sentence.start);
  return OWN_FORECAST_EN.test(before) || OWN_FORECAST_ZH.test(before);
}
