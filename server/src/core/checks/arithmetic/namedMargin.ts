/**
 * A margin read from the profit and the revenue its paragraph names, wherever the margin word stands:
 * "a margin of roughly 35%, after an operating loss of …", "a 37% operating margin", "[an operating margin
 * of 42%]", and a margin the next sentence states about the one before ("…operating income of $10.6
 * billion versus $7.2 billion a year ago. That is an operating margin of about 37%.", "On $28.8 billion of
 * sales that works out to a margin of 37%"). writtenMargin.ts reads the tight form (the profit right before
 * its margin, no third amount); this reads the margin by its own word and its operands by theirs.
 *
 * The margin is a percentage right after a margin word ("operating margin of about", "净利率约") or right
 * before one ("a 37% margin"); a gross margin is over gross profit, which these words do not name, so it is
 * never read. The operands are the amounts of the margin's sentence, and of the sentence before when the
 * margin's sentence writes no profit and points back ("That is", "that works out to", "这意味着"), or the
 * revenue the sentence before names when the margin's sentence writes the profit but no revenue: exactly
 * one named as a profit of the margin's kind ("operating income of", "净利润") and exactly one named as
 * revenue or sales, like amounts of one period. Any other like amount must say what it is: the profit's
 * comparison or the revenue's ("versus $7.2 billion", "after a loss of", "比上一财年的") or a figure after the margin, once
 * the relation is complete. Anything else (a second revenue, an unnamed amount before the profit) could be
 * the whole meant, and nothing is read. By words, not by a cue between the numbers: probable (warning at
 * most), no fix.
 */
import type { Quantity } from '../../model';
import { escapeRegExp } from '../../text/escapeRegExp';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { ANY_PROFIT, marginWords, type MarginKind, type MarginWords } from './marginWords';
import { sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { claimOf, textAfter, textBefore, type SentenceView } from './view';
import { isAmount, namedRevenue, profitKind } from './writtenMargin';

/** A gross margin (毛利率) is over gross profit: never read from operating or net income. */
const GROSS = /gross|毛利/i;
/** What may stand right before an English margin word: "a", "for a full-year", a bracket; not "segment" (another margin). */
const LEAD_EN = /(?:^|[,(\[—–:→]|\b(?:an?|the|for|of|and|with|is|was|to|that)\s)\s*(?:(?:full[- ]year|quarterly|annual|half[- ]year|(?:first|second|third|fourth)[- ]quarter)\s+)?$/i;
const POSSESSIVE = /(?:\b(?:its|their|his|her)|['’]s)\s+(?:[\w-]+\s+)?$/i;
/** Words by which a sentence states a margin about the sentence before. */
const POINTS_BACK_EN = /\b(?:that|this|which)(?:['’]s|\s+is|\s+was|\s+works out to|\s+worked out to|\s+comes to|\s+came to|\s+implies|\s+means)\b|\bworks? out to\b/i;
const POINTS_BACK_ZH = /这意味着|这相当于|也就是说|换算下来|按此计算|即/;
/** Words that say an amount after the profit is its comparison, not a whole ("versus $7.2 billion"). */
const COMPARISON_EN = new RegExp(
  `\\b(?:versus|vs\\.?|against|compared? (?:with|to)|compares with|up from|down from|from|after|swing of|(?:increase|rise|gain|jump|decrease|decline|drop|fall) of)\\s+(?:an?\\s+)?(?:(?:operating|net)\\s+)?(?:loss\\s+of\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
const COMPARISON_ZH = new RegExp(`(?:较|比|相比|对比|而|亏损|由亏|增加|增长|改善)(?:上年|去年|上一年|前一年|上一?财年|上一?财季|上一?季度?)?(?:同期)?(?:的|为|是|了)?\\s*(?:${HEDGE_ZH})?\\s*$`);

interface Placed {
  q: Quantity;
  view: SentenceView;
}

const alternation = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

interface MarginPatterns {
  before: RegExp;
  after: RegExp;
}
const patterns = new WeakMap<MarginWords, MarginPatterns>();
function marginPatterns(words: MarginWords, lang: 'en' | 'zh'): MarginPatterns {
  let p = patterns.get(words);
  if (p) return p;
  const alt = alternation(words.marginKind.keys());
  p =
    lang === 'zh'
      ? { before: new RegExp(`(${alt})(?:约为|为|是|达到|达|约|在)*\\s*(?:${HEDGE_ZH})?\\s*$`), after: /^(?!)/ }
      : {
          before: new RegExp(`\\b(${alt})\\s+(?:(?:of|was|is|near|at|reached|stood at|improved to|works out to|worked out to|came to|comes to)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i'),
          after: new RegExp(`^\\s*(${alt})\\b`, 'i'),
        };
  patterns.set(words, p);
  return p;
}

/** The margin's kind, from the margin word right before or right after the percentage ("a 37% margin"). */
function marginOf(view: SentenceView, words: MarginWords, m: Quantity): MarginKind | undefined {
  const p = marginPatterns(words, view.lang === 'zh' ? 'zh' : 'en');
  const preceding = textBefore(view, m, 40);
  const before = p.before.exec(preceding);
  const after = before ? undefined : /\ban?\s*$/i.test(textBefore(view, m, 6)) ? p.after.exec(textAfter(view, m, 30)) : null;
  const found = before ?? after;
  if (!found) return undefined;
  // "its margin of 40% was a record": a margin owned by a possessive opens a clause of its own.
  const lead = before ? preceding.slice(0, found.index) : preceding;
  if (GROSS.test(lead.slice(-8) + found[0]) || POSSESSIVE.test(lead)) return undefined;
  if (before && view.lang !== 'zh' && !LEAD_EN.test(lead)) return undefined;
  return words.marginKind.get(found[1].toLowerCase());
}

/** "Full-year 2024 revenue was", "Revenue of", 营收, 总收入: the whole's revenue, no business line before its word. */
const WHOLE_REVENUE_EN = /(?:^|[.,;:—–(]\s*|\b(?:the|its|their|total|overall|full[- ]year|annual|quarterly|fiscal|group|(?:19|20)\d{2}|Q[1-4]|FY\d{2,4}|year|quarter)\s+)(?:revenue|sales)\b[^,;:]{0,20}$/i;
const WHOLE_REVENUE_ZH = /(?:营收|总营收|总收入|营业收入|营业总收入)(?:为|达|达到|约|是)*\s*(?:约|近|超过)?\s*$/;

/**
 * A revenue in the sentence before is the margin's whole only when named as the company's ("Revenue was",
 * "Full-year 2024 revenue", 营收): "cloud revenue", 云业务收入 name a business line, whose margin is another.
 */
function namedWhole(view: SentenceView, q: Quantity): boolean {
  const before = view.text.slice(0, q.start - view.span.start);
  return view.lang === 'zh' ? WHOLE_REVENUE_ZH.test(before.slice(-16)) : WHOLE_REVENUE_EN.test(before.slice(-60));
}

/**
 * The sentence before counts when the margin's own sentence names no profit and points back to it, and for
 * its named revenue alone when the margin's sentence names the profit but no revenue.
 */
function scope(view: SentenceView, m: Quantity, words: MarginWords, before: SentenceView | undefined): Placed[] {
  const own = view.quantities.filter(isAmount).map((q) => ({ q, view }));
  if (!before) return own;
  if (own.some((a) => profitKind(view, words, a.q))) {
    // "Revenue was $43.2 billion. Operating income rose to $6.1 billion, a margin of 14%": a profit whose
    // sentence names no revenue is over the revenue the sentence right before names (only that, no other amount of it).
    if (own.some((a) => namedRevenue(view, words, a.q))) return own;
    const wholes = before.quantities.filter((q) => isAmount(q) && !profitKind(before, words, q) && namedRevenue(before, words, q) && namedWhole(before, q));
    return [...wholes.map((q) => ({ q, view: before })), ...own];
  }
  const opening = view.text.slice(0, m.start - view.span.start);
  if (!(view.lang === 'zh' ? POINTS_BACK_ZH : POINTS_BACK_EN).test(opening)) return own;
  return [...before.quantities.filter(isAmount).map((q) => ({ q, view: before })), ...own];
}

function isComparison(a: Placed): boolean {
  return (a.view.lang === 'zh' ? COMPARISON_ZH : COMPARISON_EN).test(textBefore(a.view, a.q, 40));
}

function samePeriod(a: Placed, b: Placed): boolean {
  const pa = claimOf(a.view, a.q)?.period;
  const pb = claimOf(b.view, b.q)?.period;
  if (!pa || !pb || pa.how === 'context' || pb.how === 'context') return true;
  return pa.value.start === pb.value.start && pa.value.end === pb.value.end;
}

export const namedMargin: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  const words = marginWords(ctx.kb, view.lang);
  for (const m of view.quantities) {
    if (m.kind !== 'percent' || m.value <= 0 || m.value >= 100) continue;
    const wanted = marginOf(view, words, m);
    if (!wanted) continue;
    const amounts = scope(view, m, words, sentenceBefore(ctx));
    const profits = amounts.filter((a) => {
      const kind = profitKind(a.view, words, a.q);
      return kind !== undefined && (wanted === ANY_PROFIT || kind === wanted);
    });
    if (profits.length !== 1) continue;
    const [profit] = profits;
    if (profit.q.start > m.start || profit.q.value <= 0) continue;
    const revenues = amounts.filter((a) => a !== profit && !profitKind(a.view, words, a.q) && namedRevenue(a.view, words, a.q) && sameDimension(a.q, profit.q));
    if (revenues.length !== 1) continue;
    const [revenue] = revenues;
    if (profit.q.value > revenue.q.value || !samePeriod(profit, revenue)) continue;
    const others = amounts.filter((a) => a !== profit && a !== revenue && sameDimension(a.q, profit.q));
    // A comparison written right after the profit or the revenue ("营收1305亿美元，比上一财年的609亿美元…") is theirs.
    if (!others.every((a) => a.q.start > m.end || ((a.q.start > profit.q.end || a.q.start > revenue.q.end) && isComparison(a)))) continue;
    out.push(writtenShare(view.lang, m, profit.q, revenue.q, 'probable'));
  }
  return out;
};
