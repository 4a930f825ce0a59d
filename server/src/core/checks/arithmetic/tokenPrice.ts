/**
 * API prices restated per another denominator: "$0.03 per 1K tokens, i.e. $30 per 1M tokens", "$10 per
 * million tokens, about $13.30 per million words", "每百万token 30美元，即每75万个单词30美元", and the
 * count form "a million tokens is roughly 750,000 words". Token↔token is pure scaling (error when wrong);
 * token↔word uses the words-per-token rule of thumb from the fact base (a warning at most).
 */
import type { Fact, Quantity } from '../../model';
import { t } from '../../i18n/messages';
import { div, mul, scale, widen, type Interval } from '../intervals';
import { RESTATE_EN, RESTATE_ZH, carriesCue, onlyWords } from './cues';
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
  return (d !== undefined && d !== 'unitless') || RATE_BEFORE_ZH.test(textBefore(view, q, 16));
}

const RATE_BEFORE_ZH = /每\s*(?:一\s*)?个?\s*(?:tokens?|词元|单词|词|字)\s*(?:平均|大约|大概|约|约为|约合|相当于|对应)*\s*$/i;

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

export const tokenPrice: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!/token|word|单词|词|字/i.test(view.text)) return out;
  const qs = view.quantities;
  let rule: { interval: Interval; facts: Fact[] } | undefined | null = null;
  const ruleOfThumb = () => {
    if (rule === null) {
      const r = wordsPerToken(ctx.kb);
      rule = r ? { interval: widen(r.interval, RULE_SLACK), facts: r.facts } : undefined;
    }
    return rule;
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
      let da = denominatorOf(view, a);
      let db = denominatorOf(view, b);
      // "per 1K" without a unit takes the unit of the price it restates ("$2.50 per 1M tokens, or $0.0025 per 1K").
      if (da === 'unitless' && db && db !== 'unitless') da = { amount: unitlessAmount(view, a), unit: db.unit };
      if (db === 'unitless' && da && da !== 'unitless') db = { amount: unitlessAmount(view, b), unit: da.unit };
      if (!da || !db || da === 'unitless' || db === 'unitless') continue;
      const words = da.unit === 'word' || db.unit === 'word';
      const w = words ? ruleOfThumb()?.interval : { low: 1, high: 1 };
      if (!w) continue;
      // "$0.03 in and $0.06 out per 1K": another price of the same currency could be the one restated.
      const rivals = qs.slice(0, i).some((q) => q.kind === 'money' && q.currency === a.currency && !q.per && q !== a);
      const certainty: Certainty = words || rivals ? 'probable' : 'explicit';
      out.push({
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
      });
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
