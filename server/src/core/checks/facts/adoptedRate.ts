/**
 * A rate the writer adopts to convert with is a convention of the text, not a claim about the market:
 * "文中美元兑人民币一律按7.0折算", "按7.0的汇率换算", "converted at 7.0 yuan to the dollar throughout", "at an
 * assumed rate of 7.0". Calling it out of date, another period's or wrong would argue with a choice the
 * writer states openly; the arithmetic that uses it is still checked against it (arithmetic/currency.ts).
 *
 * Only a bare adopted figure: a rate named by its date or kind ("按2024年12月月均汇率7.28", "按9月末的7.296折算",
 * "at the December 2024 average rate of 7.28") states what the market rate was, and is judged as written.
 * Both patterns read a bounded window around the figure (never a growing prefix).
 *
 * Such a dated or named rate the sentence converts with ("按同期美联储H.10汇率7.0176折算", "converted at the
 * H.10 rate of 7.0176", "at an exchange rate of 7.0176") is still the writer's chosen factor: judged as
 * written, but never stale (a newer rate exists) unless the words call it current (最新, 当前, "latest",
 * "today's"): `convertsAtRate`, read by the stale step (verdicts/supported.ts).
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

/** The words right before and after an exchange-rate claim, in its sentence; undefined for any other claim. */
function rateWindow(claim: Claim, sentenceText: string | undefined): { before: string; after: string } | undefined {
  if (claim.metric?.value !== FX_METRIC || sentenceText === undefined) return undefined;
  const start = claim.quantity.start - claim.sentence.start;
  const end = claim.quantity.end - claim.sentence.start;
  if (start < 0) return undefined;
  return { before: sentenceText.slice(Math.max(0, start - WINDOW_BEFORE), start), after: sentenceText.slice(end, end + WINDOW_AFTER) };
}

/** The claim is an exchange rate its sentence adopts for converting, not one it reports. */
export function isAdoptedRate(claim: Claim, sentenceText: string | undefined): boolean {
  const w = rateWindow(claim, sentenceText);
  return w !== undefined && (ADOPT_BEFORE_EN.test(w.before) || (ADOPT_BEFORE_ZH.test(w.before) && ADOPT_AFTER_ZH.test(w.after)));
}

/** "按/以/用 … (no clause break, no figure but a date's)" right before the figure: the rate the sentence converts at. */
const CONVERT_BEFORE_ZH = /(?:按|以|用|按照)(?:H\.?\s?10|\d{1,4}\s*[年月日号]|[^，,。；;：:！？!?\d]){0,20}$/;
/** "(元)(的汇率)折算/换算", "约合", "折合" right after it. */
const CONVERT_AFTER_ZH = /^\s*(?:元(?:人民币)?)?\s*(?:的)?\s*(?:汇率|汇价)?\s*(?:来|去)?\s*(?:折算|换算|折合|计算|约合|合计?约?)/;
/** "converted at the H.10 rate of", "at an exchange rate of", "using the PBOC's rate of" right before it. */
const CONVERT_BEFORE_EN =
  /(?:\b(?:convert(?:ed|ing|s)?|translat(?:ed|ing|es?))\b[^.;!?\d]{0,40}?\bat\s+(?:H\.?\s?10|(?:19|20)\d\d|[^.;!?\d]){0,40}|\b(?:at|using|use)\s+(?:an?|the|its|their)\s+(?:H\.?\s?10|(?:19|20)\d\d|[^.;!?\d]){0,40}?\b(?:rate|parity)\s+of\s+)$/i;
/** Words that call the rate the current one: then a newer rate does make it out of date. */
const CURRENT = /最新|当前|目前|现行|现价|今日|今天|实时|(?<![A-Za-z])(?:latest|current(?:ly)?|today['’]?s?|now|present)(?![A-Za-z])/i;

/** The claim is an exchange rate its sentence converts at, not called the current rate (see above). */
export function convertsAtRate(claim: Claim, sentenceText: string | undefined): boolean {
  const w = rateWindow(claim, sentenceText);
  if (!w) return false;
  const zh = CONVERT_BEFORE_ZH.exec(w.before);
  const en = CONVERT_BEFORE_EN.exec(w.before);
  const words = zh && CONVERT_AFTER_ZH.test(w.after) ? zh[0] : en?.[0];
  return words !== undefined && !CURRENT.test(words);
}
