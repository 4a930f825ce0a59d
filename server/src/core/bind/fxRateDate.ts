/**
 * A date that qualifies an exchange rate dates the rate only: in "输出价每百万token 30美元，按2024年12月月均
 * 汇率7.28约合218元", "按9月末的7.296折算是21.9亿元" or "$30 per million tokens, about ¥218 at the December 2024 average rate", December
 * 2024 is when the rate was taken, not when the price was set. Such a date is left to the rate's own
 * figure (the first figure after it, in its clause; or, for a date written after the rate, "the H.10 rate
 * of 7.2993 on December 31, 2024", the figure just before it) and dates no other. Part of period binding
 * (periodBinding.ts chooseNamedPeriod).
 */
import type { Quantity, Span } from '../model';

/**
 * After the date: "(’s) (monthly/average) (H.10) (exchange) rate", "的月均汇率", "(美联储H.10)汇率", "(人民币)中间价"; the rate's
 * own figure may stand between ("按9月末7.296的汇率", "the 30 June 7.25 rate").
 */
const RATE_FIGURE = String.raw`(?:\d+\.\d+\s*)?`;
const RATE_AFTER_EN = new RegExp(String.raw`^\s*(?:['’]s\s+)?${RATE_FIGURE}(?:(?:monthly|month[-\s]end|year[-\s]end|annual|average|avg\.?|spot|closing|official|mid(?:dle)?|central[-\s]parity|h\.?\s?10|noon[-\s]buying|pboc|fed)\s+)*(?:(?:exchange|fx|forex|currency|conversion|dollar|yuan|rmb|euro|yen)\s+)?rates?\b`, 'i');
/** Who publishes the rate, between the date and 汇率: "同期美联储H.10汇率", "9月末央行中间价". */
const RATE_ISSUER_ZH = String.raw`(?:(?:美联储|美国联邦储备委员会|央行|人民银行|中国人民银行|外汇交易中心|CFETS)\s*)?(?:H\.?\s?10\s*)?`;
const RATE_AFTER_ZH = new RegExp(String.raw`^\s*(?:份)?\s*(?:的)?\s*${RATE_FIGURE}(?:的)?\s*${RATE_ISSUER_ZH}(?:全年|全年度|年度|当年)?\s*(?:的)?\s*(?:月均|平均|月末|年末|年均|期末|即期|官方)?\s*(?:美元兑人民币|人民币兑美元|美元对人民币|人民币对美元|人民币|美元|欧元|日元|港元|港币)?\s*(?:汇率|中间价)`);
/**
 * "按9月末的7.296折算", "以6月30日7.25换算": a date, a rate written as a decimal and a verb of converting
 * is the rate's date though the word 汇率 is left out.
 */
const CONVERTED_AT_ZH = /^\s*(?:的)?\s*\d+\.\d+\s*(?:的)?\s*(?:汇率)?\s*(?:来|去)?\s*(?:折算|换算|折合|计算|算)/;
/** Before the date: "the exchange rate of/in/for/as of", "汇率（" . */
const RATE_BEFORE = /\b(?:exchange|fx|forex|conversion)\s+rates?\s+(?:of|in|for|as\s+of|at|on)\s+(?:the\s+end\s+of\s+)?$|(?:汇率|中间价)\s*[（(]?\s*$/i;

/**
 * The date written after the rate's figure: "the H.10 rate of 7.2993 on December 31, 2024", "7.1884 yuan per
 * dollar as of end-2024", "an average of 7.1957 for 2024". The rate's own figure is then the one just before.
 */
const FIGURE_BEFORE_EN =
  /\b(?:rates?|average|avg\.?|parity|fixing|midpoint)\s+(?:of\s+|was\s+|stood\s+at\s+)?(?:about\s+|roughly\s+|around\s+)?\d+\.\d+(?:\s*(?:yuan|rmb|cny)?\s*(?:per|to\s+the|to\s+a|\/)\s*(?:one\s+)?(?:dollar|usd|us\$|\$))?\s*,?(?:\s+(?:on|as\s+of|at|for|in)(?:\s+the\s+end\s+of)?)?\s*$/i;

function datesFigureBefore(text: string, m: Span): boolean {
  return FIGURE_BEFORE_EN.test(text.slice(Math.max(0, m.start - 70), m.start));
}

/** The period mention m says when an exchange rate was taken. */
export function datesExchangeRate(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 50);
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return RATE_AFTER_EN.test(after) || RATE_AFTER_ZH.test(after) || CONVERTED_AT_ZH.test(after) || RATE_BEFORE.test(before) || datesFigureBefore(text, m);
}

/** Clause punctuation: the rate's own figure stands in the date's clause. */
const CLAUSE_BREAK = /[,，;；。:：!?！？]/;

/**
 * The mention dates an exchange rate and q is not that rate's own figure (the first figure after the
 * date, within its clause): then the date is not q's.
 */
export function datesOnlyRate(text: string, m: Span, q: Quantity, quantities: readonly Quantity[]): boolean {
  if (!datesExchangeRate(text, m)) return false;
  if (datesFigureBefore(text, m)) {
    const last = quantities.filter((o) => o.end <= m.start).pop();
    return last !== q;
  }
  const first = quantities.find((o) => o.start >= m.end && !CLAUSE_BREAK.test(text.slice(m.end, o.start).replace(/(?<=\d),(?=\d)/g, '')));
  return first !== q;
}

/**
 * "宣布投入3800亿元，按7.2993的汇率约合520亿美元", "converted at a rate of 7.2993": a rate named as the one a
 * conversion used is the writer's choice of rate, not a rate quoted for the sentence's event. The date of
 * the event (the announcement) is not the rate's: only a date that qualifies the rate itself
 * (datesExchangeRate: "按2024年末7.2993的汇率") dates it.
 */
const CONVERSION_BEFORE_ZH = /(?:按|以|按照|用|依)\s*(?:(?:约|大约|当时|当日|当天|彼时)\s*)?$/;
const CONVERSION_AFTER_ZH = /^\s*(?:的)?\s*(?:汇率|中间价)?\s*(?:来|去)?\s*(?:折算|换算|折合|约合|合计|计算|算|计)|^\s*(?:的)?\s*(?:汇率|中间价)/;
const CONVERSION_BEFORE_EN = /\b(?:at|using|assuming)\s+(?:an?\s+|the\s+)?(?:(?:exchange|conversion|fx)\s+)?rate\s+of\s+(?:about\s+|roughly\s+|around\s+)?$|\b(?:converted|translated)\s+at\s+(?:about\s+|roughly\s+)?$/i;

/** q is the rate a conversion in its sentence is made at, written without a date of its own. */
export function isConversionRate(text: string, q: Quantity): boolean {
  if (q.kind !== 'number' && q.kind !== 'money') return false;
  const before = text.slice(Math.max(0, q.start - 40), q.start);
  const after = text.slice(q.end, q.end + 12);
  return (CONVERSION_BEFORE_ZH.test(before) && CONVERSION_AFTER_ZH.test(after)) || CONVERSION_BEFORE_EN.test(before);
}
