/**
 * "a fifth of the market … and the market is DRAM revenue", "market share by revenue", "按营收计的市场份额":
 * a market the sentence measures in revenue makes a share of it a share of that revenue. Market share and
 * share of revenue are then one measure, not a mix-up: a share-of-revenue record that has the figure is
 * the figure's own (wrongMetric.ts reads it as the writer naming that measure). Without such words the two
 * stay apart (a market share by units, or one the sentence does not define, may be another figure).
 * A sentence that gives a share as a percentage of revenue ("HBM will account for 20.1% of DRAM industry
 * revenue, double its 8.4% share in 2023", 占DRAM行业营收的20.1%) defines its bare "share" the same way.
 */
const REVENUE_MARKET_EN =
  /\bmarket\s+(?:here\s+)?(?:is|was|being|means|meaning|=)\s+(?:(?:the|total|global|worldwide|annual|[A-Za-z0-9-]+)\s+){0,3}?(?:revenue|sales)\b|\b(?:market\s+share|share\s+of\s+(?:the\s+)?(?:[A-Za-z0-9-]+\s+)?market)\s+(?:by|in\s+terms\s+of|measured\s+by)\s+(?:revenue|sales)\b|\brevenue\s+(?:market\s+)?share\b|\b(?:account(?:s|ed|ing)?\s+for|make(?:s)?\s+up|made\s+up|represent(?:s|ed)?)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+)?\d[\d.]*\s*%\s+of\s+(?:(?:the|total|global|worldwide|annual|[A-Za-z0-9-]+)\s+){0,3}?(?:revenue|sales)\b/i;
const REVENUE_MARKET_ZH = /(?:按|以)(?:营收|收入|销售额)(?:计|计算|衡量|口径)|市场(?:指的?是|即|是指|指)[^，,。；;]{0,10}?(?:营收|收入|销售额)|(?:营收|收入|销售额)(?:市场)?份额|占[^，,。；;\d]{0,15}?(?:营收|收入|销售额)的?\s*(?:约|近|超过)?\d[\d.]*\s*%/;

export function marketMeasuredInRevenue(metric: string, other: string, sentence: string | undefined): boolean {
  if (sentence === undefined) return false;
  const pair = (metric === 'market-share' && other === 'share-of-revenue') || (metric === 'share-of-revenue' && other === 'market-share');
  return pair && (REVENUE_MARKET_EN.test(sentence) || REVENUE_MARKET_ZH.test(sentence));
}
