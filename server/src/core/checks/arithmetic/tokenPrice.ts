/**
 * API prices restated per another denominator: "$0.03 per 1K tokens, i.e. $30 per 1M tokens", "$10 per
 * million tokens, about $13.30 per million words", "每百万token 30美元，即每75万个单词30美元", and the
 * count form "a million tokens is roughly 750,000 words". Token↔token is pure scaling (error when wrong);
 * token↔word uses the words-per-token rule of thumb from the fact base (a warning at most). And the cost
 * of a job from its input and output tokens and the two prices (jobCost below).
 */
import type { Fact, Quantity } from '../../model';
import { t } from '../../i18n/messages';
import { add, div, mul, scale, widen, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH, RESTATE_EN, RESTATE_ZH, carriesCue, onlyWords } from './cues';
import { checkable, intervalOf } from './operands';
import type { Certainty, RelationOutcome } from './outcome';
import { wordsPerToken } from './referenceFacts';
import type { RelationDetector } from './relation';
import { gapBetween, textAfter, textBefore, type SentenceView } from './view';

type Denominator = { amount: number; unit: 'token' | 'word' };

/** A rule of thumb is looser than its source's rounding. */
const RULE_SLACK = 0.05;
const FILLER = 'in|out|input|output|prompt|completion|输入|输出|提问|回答';
const FILLER_WORDS = new RegExp(`\\b(?:in|out|input|output|prompt|completion)\\b|输入|输出|提问|回答`, 'gi');
const RESTATEMENT_EN = onlyWords('en', RESTATE_EN, FILLER);
const RESTATEMENT_ZH = onlyWords('zh', RESTATE_ZH, FILLER);
const PER_AFTER = /^\s*(?:in|out|input|output)?\s*(?:per|\/|for every|every)\s*(1K|1k|1,000|thousand|1M|one million|a million|million|1,000,000|\d[\d,.]*\s*(?:k|K|M|million|thousand)?)?\s*(?:(?:input|output|prompt|completion)\s+)?(tokens?|words?)?\b/i;

/** Chinese writes the denominator first: "即每千tokens 0.03美元", "相当于每75万个单词30美元". */
const PER_BEFORE_ZH = /每\s*[\d.,０-９万千百亿]*\s*个?\s*(?:tokens?|tokens|单词|词|字)\s*$/i;

function unitOf(word: string | undefined): 'token' | 'word' | undefined {
  if (!word) return undefined;
  if (/^tokens?$|^token$|词元/i.test(word)) return 'token';
  if (/^words?$|单词|词/i.test(word)) return 'word';
  return undefined;
}

function amountOf(text: string | undefined): number {
  if (!text) return 1;
  const s = text.toLowerCase().replace(/,/g, '').trim();
  if (s === 'thousand' || s === '1k') return 1e3;
  if (s === 'million' || s === 'one million' || s === 'a million' || s === '1m') return 1e6;
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|million|thousand)?$/.exec(s);
  if (!m) return NaN;
  const mult = m[2] === 'k' || m[2] === 'thousand' ? 1e3 : m[2] === 'm' || m[2] === 'million' ? 1e6 : 1;
  return Number(m[1]) * mult;
}

/** The price's denominator: the recogniser's `per`, or "per 1K" written right after the amount. */
function denominatorOf(view: SentenceView, q: Quantity): Denominator | 'unitless' | undefined {
  if (q.per) {
    const unit = unitOf(q.per.unit);
    return unit ? { amount: q.per.amount, unit } : undefined;
  }
  const m = PER_AFTER.exec(textAfter(view, q, 30));
  if (!m || (!m[1] && !m[2])) return undefined;
  const amount = amountOf(m[1]);
  if (!Number.isFinite(amount)) return undefined;
  const unit = unitOf(m[2]);
  return unit ? { amount, unit } : m[1] ? 'unitless' : undefined;
}

/** "0.75 words per token", "每个token约0.75个单词": a conversion rate, written per one unit of the other side. */
function isRate(view: SentenceView, q: Quantity): boolean {
  if (q.kind !== 'count' && q.kind !== 'number') return false;
  const d = denominatorOf(view, q);
  const before = textBefore(view, q, 40);
  return (d !== undefined && d !== 'unitless') || RATE_BEFORE_ZH.test(before) || RATE_BEFORE_EN.test(before) || afterOneOfOther(view, q);
}

/**
 * "1 token ≈ 0.75 words", "1 word = 1.3 tokens": one of the other unit, read as its own figure, then an
 * equals sign or verb; the figure is how many of its unit make that one, a rate like "per token".
 */
function afterOneOfOther(view: SentenceView, q: Quantity): boolean {
  const unit = unitOf(q.unit);
  const one = view.quantities.filter((o) => o.end <= q.start).at(-1);
  if (!unit || !one || one.value !== 1 || !unitOf(one.unit) || unitOf(one.unit) === unit) return false;
  return EQUALS_ONLY.test(gapBetween(view, one, q));
}

/** Between "1 token" and the rate: an equals sign or a verb of equality, and a hedge at most. */
const EQUALS_ONLY = /^\s*(?:is|equals|averages|makes|comes to|works out to|corresponds to|is worth|=|≈|~)?\s*(?:(?:roughly|about|around|approximately|some)\s+)?$/i;

/** "每个token约", "一个token约0.75个英文单词": the unit counted one, so the figure is a rate of the other unit. */
const RATE_BEFORE_ZH = /(?:每\s*(?:一\s*)?|一\s*)个?\s*(?:tokens?|词元|单词|词|字)\s*(?:平均|大约|大概|约|约为|约合|相当于|对应|等于|是|≈|=)*\s*$/i;
/** "a token is roughly 0.75 words", "one word is about 1.3 tokens", "each token ≈": the same, in English. */
const RATE_BEFORE_EN =
  /\b(?:a|one|each|every|1|per|the average)\s+(?:tokens?|words?)\s+(?:is|equals|averages|makes|comes to|works out to|corresponds to|is worth|=|≈|~)?\s*(?:(?:roughly|about|around|approximately|some|only|just)\s+)?$/i;

function unitlessAmount(view: SentenceView, q: Quantity): number {
  return amountOf(PER_AFTER.exec(textAfter(view, q, 30))?.[1]);
}

/** Price per one token, as an interval, given the words-per-token interval `w`. */
function perToken(price: Interval, d: Denominator, w: Interval): Interval {
  const perOne = scale(price, 1 / d.amount);
  return d.unit === 'token' ? perOne : mul(perOne, w);
}

function fromPerToken(ppt: Interval, d: Denominator, w: Interval): Interval {
  return d.unit === 'token' ? scale(ppt, d.amount) : scale(div(ppt, w), d.amount);
}

type Side = 'in' | 'out';

/** "10 million input tokens", "输入1000万tokens": a token count labelled input or output. */
const COUNT_SIDE_EN = /^\s*(?:(input|prompt)|(output|completion))\s+tokens?\b/i;
const COUNT_SIDE_ZH = /(?:(输入)|(输出))\s*(?:约|了)?\s*$/;
/** "$0.15 in", "$0.60 output", "输入…0.15美元": a price labelled input or output. */
const PRICE_SIDE_EN = /^\s*(?:(in|input|prompt)|(out|output|completion))\b/i;
const PRICE_SIDE_ZH = /(?:(输入)|(输出))(?:价格?|每\s*[\d.,万千百]*\s*个?\s*tokens?)?\s*(?:为|是)?\s*$/i;
/** The words that state the job's cost: "that's", "comes to", "合计约". */
const TOTAL_EN = new RegExp(`\\b(?:that['’]s|that is|which is|comes? to|came to|costs?|totals?|totalling|totaling|for a total of|so)\\s*(?:${HEDGE_EN}\\s+)?$|=\\s*$`, 'i');
const TOTAL_ZH = new RegExp(`(?:合计|共计|总计|总共|一共|费用(?:约)?为|成本(?:约)?为|花费|需要|要花)\\s*(?:${HEDGE_ZH})?\\s*$`);

function sideOf(m: RegExpExecArray | null): Side | undefined {
  return m ? (m[1] ? 'in' : 'out') : undefined;
}

function countSide(view: SentenceView, q: Quantity): Side | undefined {
  if ((q.kind !== 'number' && q.kind !== 'count') || (q.unit && unitOf(q.unit) !== 'token')) return undefined;
  if (view.lang === 'zh') return q.unit ? sideOf(COUNT_SIDE_ZH.exec(textBefore(view, q, 8))) : undefined;
  return sideOf(COUNT_SIDE_EN.exec(textAfter(view, q, 24)));
}

function priceSide(view: SentenceView, q: Quantity): Side | undefined {
  if (q.kind !== 'money') return undefined;
  return view.lang === 'zh' ? sideOf(PRICE_SIDE_ZH.exec(textBefore(view, q, 16))) : sideOf(PRICE_SIDE_EN.exec(textAfter(view, q, 12)));
}

/** The one quantity of each side, or nothing when a side is missing or written twice. */
function oneEach(qs: Quantity[], side: (q: Quantity) => Side | undefined): Record<Side, Quantity> | undefined {
  const ins = qs.filter((q) => side(q) === 'in');
  const outs = qs.filter((q) => side(q) === 'out');
  return ins.length === 1 && outs.length === 1 ? { in: ins[0], out: outs[0] } : undefined;
}

/**
 * "10 million input tokens and 2 million output tokens: at $0.15 in and $0.60 out per 1M, that's $2.70",
 * "输入1000万tokens、输出200万tokens，按输入每百万tokens 0.15美元、输出0.60美元计算，合计约2.7美元": the cost
 * of a job is each side's tokens times its price per token, added. Read only when the sentence labels
 * exactly one count and one price of each side, the prices share one token denominator, and the stated
 * cost comes after both prices behind a word that states it ("that's", "comes to", 合计).
 */
function jobCost(view: SentenceView): RelationOutcome[] {
  const qs = view.quantities;
  const counts = oneEach(qs, (q) => countSide(view, q));
  const prices = oneEach(qs, (q) => priceSide(view, q));
  if (!counts || !prices || prices.in.currency !== prices.out.currency || !checkable(prices.in) || !checkable(prices.out)) return [];
  const last = prices.in.start > prices.out.start ? prices.in : prices.out;
  const den = sharedDenominator(view, prices.in, prices.out, last);
  if (!den) return [];
  const result = qs.find((q) => q.start > last.end && q.kind === 'money' && q.currency === last.currency && checkable(q));
  if (!result || (result.per && unitOf(result.per.unit) !== 'token')) return [];
  const total = (view.lang === 'zh' ? TOTAL_ZH : TOTAL_EN).test(textBefore(view, result, 30));
  if (!total) return [];
  const side = (s: Side) => mul(intervalOf(counts[s]), scale(intervalOf(prices[s]), 1 / den));
  return [
    {
      check: 'arith.token-price',
      result,
      operands: [counts.in, prices.in, counts.out, prices.out],
      computed: add(side('in'), side('out')),
      formula: `(${counts.in.text} × ${prices.in.text} + ${counts.out.text} × ${prices.out.text}) ÷ ${den.toLocaleString('en')}`,
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
      valueLike: { ...result, per: undefined, unit: undefined },
      message: { key: 'arith.job-cost', params: {} },
    },
  ];
}

/** The tokens both prices are per: read into them, or written once after the last ("per 1M"). */
function sharedDenominator(view: SentenceView, a: Quantity, b: Quantity, last: Quantity): number | undefined {
  const own = [a, b].map((q) => (q.per && unitOf(q.per.unit) === 'token' ? q.per.amount : undefined));
  if (own[0] !== undefined && own[0] === own[1]) return own[0];
  if (a.per || b.per) return undefined;
  const m = PER_AFTER.exec(textAfter(view, last, 40, true).replace(/^\s*(?:in|out|input|output)\b/i, ''));
  if (!m || !m[1]) return undefined;
  const amount = amountOf(m[1]);
  return Number.isFinite(amount) && amount >= 1000 ? amount : undefined;
}

/** What may stand between two prices of one list: "、输出", " in and ", "和", ", ". */
const LIST_GAP = /^[\s、,，和及与/&]*(?:and[\s,]*)?$/i;

function listed(view: SentenceView, a: Quantity, b: Quantity): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || a.currency !== b.currency) return false;
  const gap = gapBetween(view, a, b).replace(FILLER_WORDS, ' ');
  return gap.length <= 20 && LIST_GAP.test(gap);
}

/**
 * "输入0.03美元、输出0.06美元，折合每百万token 30美元和60美元", "$0.03 in and $0.06 out per 1K, i.e. $30 and
 * $60 per 1M": a list of prices restated as a list of as many prices pairs them respectively, so the
 * first restated price is of the first price, not of the one written right before it. The pairs, or
 * just [a, b] when the two sides are no lists of one length.
 */
function respectivePairs(view: SentenceView, qs: Quantity[], i: number): Array<[Quantity, Quantity]> {
  let first = i;
  while (first > 0 && listed(view, qs[first - 1], qs[first])) first--;
  let last = i + 1;
  while (last + 1 < qs.length && listed(view, qs[last], qs[last + 1])) last++;
  const sources = qs.slice(first, i + 1);
  const restated = qs.slice(i + 1, last + 1);
  if (sources.length < 2 || sources.length !== restated.length) return [[qs[i], qs[i + 1]]];
  return sources.map((s, k) => [s, restated[k]]);
}

export const tokenPrice: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!/token|word|单词|词|字/i.test(view.text)) return out;
  out.push(...jobCost(view));
  const qs = view.quantities;
  let rule: { interval: Interval; facts: Fact[] } | undefined | null = null;
  const ruleOfThumb = () => {
    if (rule === null) {
      const r = wordsPerToken(ctx.kb);
      rule = r ? { interval: widen(r.interval, RULE_SLACK), facts: r.facts } : undefined;
    }
    return rule;
  };
  /** The conversion of price `a` into price `b`, written at the pair starting at index `i`. */
  const moneyRestatement = (a: Quantity, b: Quantity, i: number): RelationOutcome | undefined => {
    let da = denominatorOf(view, a);
    let db = denominatorOf(view, b);
    // "per 1K" without a unit takes the unit of the price it restates ("$2.50 per 1M tokens, or $0.0025 per 1K").
    if (da === 'unitless' && db && db !== 'unitless') da = { amount: unitlessAmount(view, a), unit: db.unit };
    if (db === 'unitless' && da && da !== 'unitless') db = { amount: unitlessAmount(view, b), unit: da.unit };
    if (!da || !db || da === 'unitless' || db === 'unitless') return undefined;
    const words = da.unit === 'word' || db.unit === 'word';
    const w = words ? ruleOfThumb()?.interval : { low: 1, high: 1 };
    if (!w) return undefined;
    // "$0.03 in and $0.06 out per 1K": another price of the same currency could be the one restated.
    const rivals = qs.slice(0, i).some((q) => q.kind === 'money' && q.currency === a.currency && !q.per && q !== a);
    const certainty: Certainty = words || rivals ? 'probable' : 'explicit';
    return {
      check: 'arith.token-price',
      result: b,
      operands: [a],
      computed: fromPerToken(perToken(intervalOf(a), da, w), db, w),
      formula: `${a.text} (${da.amount.toLocaleString('en')} ${da.unit}s → ${db.amount.toLocaleString('en')} ${db.unit}s)`,
      certainty,
      lang: view.lang,
      notes: words ? [t(ctx.locale, 'arith.words-per-token', { rate: `${w.low?.toFixed(2)}–${w.high?.toFixed(2)}` })] : [],
      facts: words ? ruleOfThumb()?.facts : [],
      noFix: rivals,
    };
  };
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (!checkable(a) || !checkable(b)) continue;
    const gap = gapBetween(view, a, b);
    const cleaned = gap.replace(PER_AFTER, '').replace(PER_BEFORE_ZH, '');
    if (cleaned.length > 60 || !(RESTATEMENT_EN.test(cleaned) || RESTATEMENT_ZH.test(cleaned))) continue;
    // "输入…5美元，输出…15美元": input/output words alone are two prices side by side, not a restatement.
    if (!carriesCue(cleaned, FILLER_WORDS) || !/\S/.test(cleaned.replace(/[\s,，]/g, ''))) continue;

    if (a.kind === 'money' && b.kind === 'money' && a.currency === b.currency) {
      for (const [src, res] of respectivePairs(view, qs, i)) {
        const outcome = moneyRestatement(src, res, i);
        if (outcome) out.push(outcome);
      }
      continue;
    }

    // "a million tokens is roughly 750,000 words".
    const ua = unitOf(a.unit);
    const ub = unitOf(b.unit);
    // "At 0.75 words per token, that is 160,000 tokens": a rate of words to tokens is neither amount.
    if (isRate(view, a) || isRate(view, b)) continue;
    if ((a.kind === 'count' || a.kind === 'number') && b.kind === 'count' && ua && ub && ua !== ub) {
      const w = ruleOfThumb();
      if (!w) continue;
      out.push({
        check: 'arith.token-price',
        result: b,
        operands: [a],
        computed: ua === 'token' ? mul(intervalOf(a), w.interval) : div(intervalOf(a), w.interval),
        formula: ua === 'token' ? `${a.text} × words/token` : `${a.text} ÷ words/token`,
        certainty: 'probable',
        lang: view.lang,
        notes: [t(ctx.locale, 'arith.words-per-token', { rate: `${w.interval.low?.toFixed(2)}–${w.interval.high?.toFixed(2)}` })],
        facts: w.facts,
      });
    }
  }
  return out;
};
