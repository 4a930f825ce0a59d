/**
 * Bare amounts whose currency the sentence carries: "营收从40亿美元增至130亿美元。130亿是40亿的3.3倍，比预测高出
 * 14亿美元", "revenue rose to $13 billion; 13 billion is 3.3 times 4 billion, $1.4 billion above plan". A figure
 * written with a scale word and no unit (130亿, "13 billion"), in a sentence whose amounts are all in one
 * currency, is one the reader takes in that currency. Only a reading that holds uses it (a conversion of
 * the bare figure that gives the stated result explains that result, currency.ts): its currency is
 * inferred, so it never makes a finding.
 */
import type { Quantity } from '../../model';
import { checkable } from './operands';
import type { SentenceView } from './view';

/** The sentence's bare scaled figures, each read as money in the one currency its amounts are written in. */
export function bareAmountsInCarriedCurrency(view: SentenceView): Quantity[] {
  const currencies = new Set(view.quantities.filter((q) => q.kind === 'money').map((q) => q.currency));
  if (currencies.size !== 1) return [];
  const [currency] = currencies;
  if (!currency) return [];
  return view.quantities
    .filter((q) => q.kind === 'number' && q.style.scale >= 1e6 && q.style.scaleWord !== '' && checkable(q))
    .map((q) => ({ ...q, kind: 'money' as const, currency }));
}
