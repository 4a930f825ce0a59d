/**
 * A rate the writer adopts to convert with is a convention of the text, not a claim about the market:
 * "文中美元兑人民币一律按7.0折算", "按7.0的汇率换算", "converted at 7.0 yuan to the dollar throughout", "at an
 * assumed rate of 7.0". Calling it out of date, another period's or wrong would argue with a choice the
 * writer states openly; the arithmetic that uses it is still checked against it (arithmetic/currency.ts).
 *
 * Only a bare adopted figure: a rate named by its date or kind ("按2024年12月月均汇率7.28", "按9月末的7.296折算",
 * "at the December 2024 average rate of 7.28") states what the market rate was, and is judged as written.
 * Both patterns read a bounded window around the figure (never a growing prefix).
 */
import type { Claim } from '../../model';

/** The metric of exchange rates (data/metrics.yaml). */
const FX_METRIC = 'fx.rate';

/** "(一律)按/以/用 (1美元兑)" right before the figure, with no date or rate kind between. */
const ADOPT_BEFORE_ZH = /(?:按|以|用|按照)\s*(?:1\s*美元\s*(?:兑|=|＝)\s*(?:人民币)?\s*)?$/;
/** "(元)(的汇率)(来)折算/换算/折合/计算" right after it. */
const ADOPT_AFTER_ZH = /^\s*(?:元(?:人民币)?)?\s*(?:的)?\s*(?:汇率|汇价|比例|比率)?\s*(?:来|去|统一|一律)?\s*(?:折算|换算|折合|计算)/;

/** "converted at", "at an assumed/flat/fixed rate of", "using a rate of", "assuming a rate of" right before. */
const ADOPT_BEFORE_EN =
  /(?:\b(?:convert(?:ed|ing|s)?|translat(?:ed|ing|es?)|restat(?:ed|ing))\s+(?:(?:throughout|here|all\s+amounts|all\s+figures|amounts|figures|everything)\s+)?at\s+(?:an?\s+(?:(?:exchange|conversion)\s+)?rate\s+of\s+)?|\bat\s+an?\s+(?:assumed|flat|fixed|round|notional|constant|uniform|single|working|illustrative)\s+(?:(?:exchange|fx|conversion)\s+)?rate\s+of\s+|\b(?:using|use|assum(?:e|ed|ing))\s+an?\s+(?:(?:assumed|flat|fixed|round|notional|constant|uniform|single|working|illustrative)\s+)?(?:(?:exchange|fx|conversion)\s+)?rate\s+of\s+)$/i;

/** How far before and after the figure the wording is read. */
const WINDOW_BEFORE = 60;
const WINDOW_AFTER = 24;

/** The claim is an exchange rate its sentence adopts for converting, not one it reports. */
export function isAdoptedRate(claim: Claim, sentenceText: string | undefined): boolean {
  if (claim.metric?.value !== FX_METRIC || sentenceText === undefined) return false;
  const start = claim.quantity.start - claim.sentence.start;
  const end = claim.quantity.end - claim.sentence.start;
  if (start < 0) return false;
  const before = sentenceText.slice(Math.max(0, start - WINDOW_BEFORE), start);
  const after = sentenceText.slice(end, end + WINDOW_AFTER);
  return ADOPT_BEFORE_EN.test(before) || (ADOPT_BEFORE_ZH.test(before) && ADOPT_AFTER_ZH.test(after));
}
