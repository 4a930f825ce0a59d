/**
 * Whether two figures written as a pair are one figure's old and new values: "A against B a year earlier"
 * (B dated earlier by its own words, or by the binder after its named period) and a Chinese from–to whose
 * values the binder gave one company and that is no range (不等). Used by growthPatterns.changesIn.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { claimOf, textAfter, type SentenceView } from './view';

/**
 * "A against B a year earlier", "A, against B in the October quarter": A set against B, and the words right
 * after B date it earlier (a year or quarter back, a named quarter, a year), so B is the old value. Without
 * such a date the two may be two companies or a forecast ("against $35.1 billion expected"): no change.
 */
export const AGAINST_GAP_EN = new RegExp(`^\\s*(?:(?:in|for|during)\\s+[\\w ’'.-]{1,30}?\\s*)?,?\\s*(?:against|versus|vs\\.?|compared (?:with|to))\\s+(?:the\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
export const EARLIER_AFTER_EN =
  /^\s*(?:(?:a|one) (?:year|quarter|month) (?:earlier|ago|before)|(?:last|the previous|the prior) (?:year|quarter|month)|the (?:year|quarter) before|in the (?!same\b|current\b|latest\b|quarter\b)[\w-]+ quarter(?: (?:of )?(?:19|20)\d{2})?|in (?:19|20)\d{2})(?![\w-])/i;
/**
 * "从Anthropic的615亿美元到OpenAI的3000亿美元不等": a from–to whose values the binder gave two companies, or
 * that ends in 不等, spans a range of figures, not one figure's change.
 */
export function oneOwner(view: SentenceView, x: Quantity, y: Quantity): boolean {
  const ex = claimOf(view, x)?.entity?.value;
  const ey = claimOf(view, y)?.entity?.value;
  return !(ex && ey && ex !== ey) && !/^\s*(?:之间)?不等/.test(textAfter(view, y, 8));
}

/**
 * B set against A is A's older value when the words after B say it is earlier ("a year earlier"), or name
 * its period and the binder dated A after it; two companies' figures are never one series.
 */
export function olderAgainst(view: SentenceView, x: Quantity, y: Quantity): boolean {
  const date = EARLIER_AFTER_EN.exec(textAfter(view, y, 40));
  if (!date) return false;
  const cx = claimOf(view, x);
  const cy = claimOf(view, y);
  if (cx?.entity && cy?.entity && cx.entity.value !== cy.entity.value) return false;
  // "a year earlier" says B is older; "in the October quarter", "in 2023" only date B: A must be dated later.
  if (/^\s*(?:a|one|last|the)\b/i.test(date[0])) return true;
  const px = cx?.period?.value;
  const py = cy?.period?.value;
  return !!px && !!py && py.end < px.start;
}
