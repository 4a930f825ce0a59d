/**
 * "Tencent's capex was ¥76.8 billion": in English the bare ¥ is the yen's sign and the yuan's. The
 * recogniser reads it as yen (its convention for English text); a Chinese company's figures are kept
 * in yuan, and calling a correct yuan figure "the wrong currency" would be a false alarm. So a bare ¥
 * is judged as the yuan when the entity's facts of the metric (of any metric, when none is bound) are
 * in yuan and none in yen.
 */
import type { Claim } from '../../model';
import type { FactBase } from '../../facts/index';
import { factsAbout } from './factLookup';

/** The sign alone: no JP¥/CN¥ prefix, no currency code or word written with it. */
const YEN_SIGN = /[¥￥]/;
const CURRENCY_NAMED = /JP[¥￥]|CN[¥￥]|RMB|CNY|JPY|元|円|yen|yuan/i;

export function yuanForYenSign(claim: Claim, kb: FactBase): Claim {
  const q = claim.quantity;
  if (q.kind !== 'money' || q.currency !== 'JPY' || !YEN_SIGN.test(q.text) || CURRENCY_NAMED.test(q.text)) return claim;
  if (!claim.entity) return claim;
  // With no metric bound, the entity's facts of every metric say which currency its books are kept in.
  const units = new Set(factsAbout(kb, claim.entity.value, claim.metric?.value).map((f) => f.unit));
  return units.has('CNY') && !units.has('JPY') ? { ...claim, quantity: { ...q, currency: 'CNY' } } : claim;
}
