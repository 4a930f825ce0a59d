/**
 * Ratios and multiples between two stated amounts: "$650 million is about a sixth of $4 billion",
 * "$86 billion, three times the $29 billion of last April", "A是B的两倍", "A只有B的1/10不到". Amounts in
 * different currencies are converted first (currency.ts), e.g. "Baidu's ¥6.6亿 is less than a tenth of
 * OpenAI's $1.6B".
 */
import type { Quantity } from '../../model';
import { div, shift, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { convertAmount } from './currency';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { chainedReading, type ReadPair } from './chainedMultiple';
import { checkable, intervalOf, sameDimension } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, textAfter, type SentenceView } from './view';
import { isUnitPriceOperand } from './unitPriceOperand';
import { appositionAmongOthers, farFromStated, namedPairItem } from './ratioPairing';

/** "of OpenAI's", "of Nvidia" — a capitalised name; matched case-sensitively (the rest of the pattern is not). */
const POSSESSIVE_EN = "(?:[A-Z][\\w.&-]*(?:\\s+\\d+(?:\\.\\d+)?)?['’]s\\s+)";
/** "$620 million licence fee is": a few words naming the amount, then the copula; never across a comma. */
const NOUN_THEN_COPULA = `\\s+(?:[a-z][\\w’'-]*\\s+){1,3}(?:is|are|was|were)\\s+(?:${HEDGE_EN}\\s+)?`;
/** The year or time an amount is of, written right after it: "in fiscal 2025", "for 2024", "last year". */
const TIME_AFTER_EN = '(?:\\s+(?:(?:in|for|during)\\s+(?:fiscal\\s+|FY\\s*|calendar\\s+)?(?:19|20)\\d{2}|(?:last|this)\\s+(?:year|quarter)))?';
/** The time a compared amount is of, as a possessive: "fiscal 2024's", "2023's", "last year's". */
const TIME_POSSESSIVE_EN = "(?:(?:(?:fiscal\\s+|FY\\s*|calendar\\s+)?(?:19|20)\\d{2}|(?:last|the previous|the prior)\\s+(?:year|quarter))['’]s\\s+)";
/** Between the first amount and the multiple: "is about", ", or", "— roughly", "in fiscal 2025, roughly". */
const A_TO_M_EN = new RegExp(
  `^${TIME_AFTER_EN}(?:[\\s,(—–-]*(?:(?:is|are|was|were|be|being|or|which is|that is|i\\.e\\.|making it|${HEDGE_EN})(?![A-Za-z])[\\s,(]*)*|${NOUN_THEN_COPULA})$`,
  'i',
);
/** "its May 2022 mark of", "the previous valuation of": B named by what it measures, with its time. */
const NAMED_LEVEL_OF_EN = '(?:(?:its|their|the)\\s+(?:(?:[A-Z][a-z]+\\s+)?(?:19|20)\\d{2}\\s+|previous\\s+|prior\\s+|earlier\\s+|last\\s+)(?:mark|valuation|price|level|figure|value)\\s+of\\s+)';
/** Between the multiple and the second amount: "of", "the", "times the", "as much as", "of OpenAI's" (or "Sonnet 4's"). */
const M_TO_B_EN = new RegExp(
  `^\\s*(?:(times|x|×)\\s*)?(?:(of|as much as|as large as|as big as|the size of|that of)\\s+)?(?:${NAMED_LEVEL_OF_EN}|(?:(?:the|its|their)\\s+)?(?:${POSSESSIVE_EN}|${TIME_POSSESSIVE_EN})?)(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/**
 * "$109.1 billion into private AI companies, nearly 15 times China's $9.3 billion": what A was spent on
 * or where it went, a phrase without figures, then a comma and the multiple of A over a named B. The
 * phrase completes A's verb; the multiple after the comma is in apposition to A.
 */
const A_PHRASE_TO_M_EN = new RegExp(`^\\s+(?:into|in|on|for|across|to)\\s+[A-Za-z][\\w\\s'’-]{0,40}?,\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
/**
 * ", led by Greenoaks,": an aside between an amount and the multiple that describes it says who or
 * where, not another figure; it is read past.
 */
const ASIDE_EN = /,\s*(?:led|co-led|backed|underwritten|reported|according to|per)\b[^,\d;:]{1,40},/gi;
/**
 * "A对B其实是约30倍", "$109.1 billion against $4.5 billion is about 24 times": A set against B, then the
 * multiple. B may carry its owner's name ("against China's $9.3 billion", "对比中国的93亿美元").
 */
const SET_AGAINST = /^\s*(?:对|相对于|against|versus|vs\.?)\s*$/i;
const SET_AGAINST_NAMED_EN = new RegExp(`^\\s*(?:(?:in|for|during)\\s+(?:19|20)\\d{2}\\s+)?(?:[Aa]gainst|[Vv]ersus|vs\\.?)\\s+${POSSESSIVE_EN}?$`);
const SET_AGAINST_NAMED_ZH = /^\s*[，,]?\s*(?:对比|相比|相对于)\s*[^\d\s，,。；;]{1,8}?的\s*$/;
const THEN_MULTIPLE = new RegExp(`^\\s*(?:(?:其实|实际上|实则|大约|大概)?(?:是|为|相当于)|(?:is|was|comes to|works out to)\\s+)\\s*(?:${HEDGE_ZH}|${HEDGE_EN}\\s+)?$`, 'i');
/**
 * ", roughly eight times as much", "，约为其12倍": after a comma the multiple restates the pair only when its
 * own words say it is the first of the two over the second ("as much", "as large"; 约为/是 then 倍).
 */
const THEN_COMMA_MULTIPLE_EN = new RegExp(`^\\s*,\\s*(?:(?:or|i\\.e\\.,?)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const AS_MUCH_EN = /^\s*(?:times\s+)?as\s+(?:much|large|big|high)\b(?!\s+as\b)/i;
const THEN_COMMA_MULTIPLE_ZH = new RegExp(`^\\s*[，,]\\s*(?:${HEDGE_ZH})?(?:是|为|相当于)\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "cheaper", "smaller", "less than": the multiple compares the other way round. */
const INVERSE_EN = /^\s*(?:times\s+)?(?:cheaper|smaller|less|lower|fewer)\b/i;
const THAN_EN = new RegExp(`\\bthan\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** The time B is of, before its name: "2024财年的", "2023年全年的", "去年同期的". */
const TIME_OF_B_ZH = '(?:(?:19|20)\\d{2}(?:财年|年度|年)|去年|上年|前年)(?:全年|同期|全年的|同期的|的)?';
/** "A是B的两倍", "A只有B的1/10不到", "A约为B的一半", "A，相当于B的十分之一", "A，约是中国B的12倍" (B's name before it). */
const A_TO_B_ZH = new RegExp(
  `^\\s*[，,]?\\s*(?:只有|仅为|仅有|仅|只|是|为|相当于|约为|约是|大约是|大概是|差不多是|不到|不足|达到|达|约|还不到|尚不及|不及)+\\s*(?:${TIME_OF_B_ZH})?(?:[^\\s，,。；;\\d]{0,10}的?)?\\s*$`,
);
const B_TO_M_ZH = new RegExp(`^\\s*的\\s*(?:${HEDGE_ZH})?\\s*$`);

/** "B，比A翻了两番", "B比A多出一倍": B first, then 比 and A. */
const COMPARED_ZH = /^\s*[，,]?\s*(?:比|较)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?[^，,。；;\d]{0,8}$/;
const A_TO_M_COMPARED_ZH = new RegExp(`^\\s*(?:(翻了|翻)|(多出|高出|多了|增长了|增加了))?\\s*(?:${HEDGE_ZH})?\\s*$`);

interface Reading {
  a: Quantity;
  b: Quantity;
  inverse: boolean;
  certainty: Certainty;
  /** The multiple is the increase over b ("多出一倍"), not the level. */
  increase?: boolean;
}

/** The two amounts a multiple or ratio relates, if the wording is one we read with confidence. */
function readingFor(view: SentenceView, m: Quantity): Reading | undefined {
  const qs = view.quantities;
  const k = qs.indexOf(m);
  const prev = qs[k - 1];
  const next = qs[k + 1];
  // English: "A is M of B" (an aside naming who led or reported may sit between A and M).
  if (prev && next && A_TO_M_EN.test(gapBetween(view, prev, m).replace(ASIDE_EN, ','))) {
    const gap = gapBetween(view, m, next);
    const mb = M_TO_B_EN.exec(gap);
    const linked = mb && (mb[1] || mb[2] || /times|倍|x$|×$/i.test(m.text) || m.kind === 'ratio');
    // "A, roughly half of B" with another like amount before A: the multiple may be of either (ratioPairing.ts).
    if (mb && linked && gap.length <= 40) {
      const a = namedPairItem(view, prev, next);
      return a && { a, b: next, inverse: false, certainty: a !== prev || appositionAmongOthers(view, prev, m, next) ? 'probable' : 'explicit' };
    }
  }
  // English: "A into private AI companies, nearly 15 times China's B": only "times" and a named or
  // dated B ("China's", "2022's", "the") tie the multiple to the amount before the phrase.
  if (prev && next && m.kind === 'multiple' && /times$/i.test(m.text) && A_PHRASE_TO_M_EN.test(gapBetween(view, prev, m))) {
    const gap = gapBetween(view, m, next);
    const mb = M_TO_B_EN.exec(gap);
    if (mb && gap.length <= 40 && /['’]s\s*$|\bthe\s*$/i.test(gap)) return { a: prev, b: next, inverse: false, certainty: 'probable' };
  }
  // English: "A is M times cheaper than B".
  if (prev && next && A_TO_M_EN.test(gapBetween(view, prev, m))) {
    const gap = gapBetween(view, m, next);
    if (INVERSE_EN.test(gap) && THAN_EN.test(gap) && gap.length <= 40) return { a: prev, b: next, inverse: true, certainty: 'probable' };
  }
  // Chinese: "A，比B翻了两番" (level) or "A比B多出一倍" (increase, unambiguous only up to ×1).
  const prevprev = qs[k - 2];
  if (prev && prevprev && COMPARED_ZH.test(gapBetween(view, prevprev, prev))) {
    const how = A_TO_M_COMPARED_ZH.exec(gapBetween(view, prev, m));
    if (how && /[翻番]/.test(m.text)) return { a: prevprev, b: prev, inverse: false, certainty: 'explicit' };
    // "比B翻了一倍" is doubled (the increase is one B), as 翻了一番; "翻了三倍" is ×3 or ×4 (ambiguousGrowth.ts).
    if (how && how[1]) return m.value === 1 && /倍$/.test(m.text) ? { a: prevprev, b: prev, inverse: false, certainty: 'explicit', increase: true } : undefined;
    if (how && how[2] && m.value <= 1) return { a: prevprev, b: prev, inverse: false, certainty: 'explicit', increase: true };
  }
  // "A对B是M倍", "A against B is M times": a multiple, not a share, of the two set against each other.
  if (prev && prevprev && m.kind === 'multiple' && SET_AGAINST.test(gapBetween(view, prevprev, prev)) && THEN_MULTIPLE.test(gapBetween(view, prev, m))) {
    return { a: prevprev, b: prev, inverse: false, certainty: 'explicit' };
  }
  // "A against China's B, roughly eight times as much", "A，对比中国的B，约为12倍": the pair, then a comma.
  if (prev && prevprev && m.kind === 'multiple' && setAgainstThenMultiple(view, prevprev, prev, m)) {
    return { a: prevprev, b: prev, inverse: false, certainty: 'probable' };
  }
  // Chinese: "A是B的M".
  if (prev && prevprev && B_TO_M_ZH.test(gapBetween(view, prev, m)) && A_TO_B_ZH.test(gapBetween(view, prevprev, prev))) {
    const a = namedPairItem(view, prevprev, prev);
    return a && { a, b: prev, inverse: false, certainty: a === prevprev ? 'explicit' : 'probable' };
  }
  return undefined;
}

/** A set against a named B, then, after a comma, a multiple whose own words say it is A over B. */
function setAgainstThenMultiple(view: SentenceView, a: Quantity, b: Quantity, m: Quantity): boolean {
  const ab = gapBetween(view, a, b);
  const bm = gapBetween(view, b, m);
  if (view.lang === 'zh') return SET_AGAINST_NAMED_ZH.test(ab) && THEN_COMMA_MULTIPLE_ZH.test(bm) && /倍$/.test(m.text);
  return SET_AGAINST_NAMED_EN.test(ab) && THEN_COMMA_MULTIPLE_EN.test(bm) && AS_MUCH_EN.test(textAfter(view, m, 20));
}

/** A ÷ B, converting B's currency when they differ. */
function quotient(view: SentenceView, ctx: RelationContext, a: Quantity, b: Quantity) {
  if (sameDimension(a, b)) return { interval: div(intervalOf(a), intervalOf(b)), notes: [] as string[], facts: [], certainty: 'explicit' as Certainty };
  if (a.kind === 'money' && b.kind === 'money' && a.currency && b.currency && !a.per && !b.per) {
    const converted = convertAmount(view, ctx, a, b.currency, b);
    if (!converted) return undefined;
    return { ...converted, interval: div(converted.interval, intervalOf(b)) };
  }
  return undefined;
}

export const ratios: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const read = new Map<Quantity, ReadPair>();
  for (const m of view.quantities) {
    if ((m.kind !== 'ratio' && m.kind !== 'multiple') || !checkable(m) || isAmbiguousMultiple(view, m)) continue;
    const chained = chainedReading(view, m, read);
    const reading: Reading | undefined = readingFor(view, m) ?? (chained && { ...chained, inverse: false, certainty: 'probable' });
    if (!reading) continue;
    if (!reading.inverse) read.set(m, { a: reading.a, b: reading.b });
    // "more than double", "tripled", "翻倍" after a change are growth multiples, read by growth.ts —
    // except in the "A比B翻了两番" comparison read above.
    if (/^(?:doubl|tripl|quadrupl)|翻/i.test(m.text) && !COMPARED_ZH.test(gapBetween(view, reading.a, reading.b))) continue;
    const { a, b } = reading.inverse ? { a: reading.b, b: reading.a } : reading;
    if (!checkable(a) || !checkable(b) || a.kind === 'percent' || b.kind === 'percent') continue;
    // A price of one unit is no part of a total ("37.5 million shares at $40, roughly half of $2.7 billion").
    if (isUnitPriceOperand(view, a) || isUnitPriceOperand(view, b)) continue;
    const q = quotient(view, ctx, a, b);
    if (!q) continue;
    const computed: Interval = reading.increase ? shift(q.interval, -1) : q.interval;
    if (farFromStated(computed, m)) continue;
    out.push({
      check: 'arith.ratio',
      result: m,
      operands: [a, b],
      computed,
      formula: reading.increase ? `${a.text} ÷ ${b.text} − 1` : `${a.text} ÷ ${b.text}`,
      certainty: weakest(reading.certainty, q.certainty),
      lang: view.lang,
      notes: q.notes,
      facts: q.facts,
      noFix: reading.inverse,
      recompute: sameDimension(a, b) && !reading.increase ? ([x, y]) => div(intervalOf(x), intervalOf(y)) : undefined,
    });
  }
  return out;
};

const RANK: Certainty[] = ['weak', 'probable', 'explicit'];
function weakest(a: Certainty, b: Certainty): Certainty {
  return RANK[Math.min(RANK.indexOf(a), RANK.indexOf(b))];
}

