/**
 * Money paid for a stake is an investment: "Meta paid $14.3 billion for a 49% stake in Scale AI", "paid
 * $5 billion for about 4% of Intel", "出资89亿美元，取得英特尔约10%的股份". The pay word alone ("paid",
 * 支付, 出资) reads as a deal's value, but what the payer bought is equity in the company, and the fact
 * base files such purchases as the buyer's investment. A payment for anything else (a licence, a buyout
 * of investors' shares at a valuation, compute) stays a deal.
 */
import type { Quantity, Span } from '../model';

/** After the figure (a date between or not): "for (a|an) (about) 49% (non-voting) stake", "for 49% of", "for a stake in". */
const EN_FOR_STAKE = /^\s+(?:in\s+cash\s+)?(?:in\s+(?:[A-Z][a-z]+\.?\s+)?\d{4}\s+)?for\s+(?:(?:a|an)\s+)?(?:(?:about|around|roughly|nearly|some|just\s+under|just\s+over|almost)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent)\s+(?:(?:non-?voting|minority|majority|equity|voting)\s+)?(?:stake|of\b|interest|equity)|(?:(?:minority|majority|non-?voting|equity)\s+)?stake\b)/i;
/** After the figure, in its statement: 取得/获得/买入/购入/收购 …N%(的)?股份/股权. */
const ZH_FOR_STAKE = /^[^。；;]{0,12}?(?:取得|获得|买入|购入|收购|认购|换取|拿下)[^。；;，,]{0,12}?\d+(?:\.\d+)?\s*%\s*(?:的)?\s*(?:股份|股权)/;

/** The money figure `q`, bound by a pay word to a deal's value, is what was paid for an equity stake. */
export function paidForStake(text: string, q: Quantity, sentence: Span): boolean {
  if (q.kind !== 'money') return false;
  const after = text.slice(q.end, Math.min(sentence.end, q.end + 60));
  return EN_FOR_STAKE.test(after) || ZH_FOR_STAKE.test(after);
}
