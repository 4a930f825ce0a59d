/**
 * "The two together" totals across a sentence break: "A is valued at $80 billion and B at $33 billion.
 * Together the two come to $113 billion.", "甲估值80亿元，乙估值33亿元。两家合计113亿元。"
 *
 * The pair words ("the two", "both", "两家", "二者") and the total word must open the sentence, before any
 * amount, so the total can only add up amounts of the sentence right before (same paragraph), or of the
 * nearest earlier ones when that sentence holds a single like amount (partsBefore). That
 * sentence may hold more than two like amounts ("…, i.e. $45 billion less $12 billion of debt"): every
 * pair is read, and a total that some pair gives is consistent (index.ts: a reading that explains a
 * number protects it). Only a total no pair gives is reported, as probable (warning at most).
 */
import type { Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { add, relativeGap } from '../intervals';
import { sameMeasure } from './measures';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { isDuration, type SentenceView } from './view';

const PAIR_TOTAL_EN =
  /\b(?:together|combined|between them),?\s+(?:the two|both)\b|\b(?:the two|both)\s+(?:[a-z]+\s+)?(?:together|combined)\b|\bthe two\s+(?:[a-z]+\s+)?(?:add up to|come to|came to|total(?:led)?|sum to|brought in|raised)\b/i;
const PAIR_TOTAL_ZH = /(?:两家|两者|二者|两项|两笔|两轮|两个(?:季度|财季|月|年度|财年))(?:公司|企业|合计)?(?:合计|加起来|加在一起|共计|总共|一共)/;
/** More like amounts than this in the sentence before: too many pairs to say which two are meant. */
const MAX_PARTS = 5;

/** The recogniser reads "two" / "两家" of the pair words as a number of its own: not the total. */
function isPairWord(q: Quantity): boolean {
  return q.value === 2 && /^(?:two|两[家者项笔轮]|二者)$/i.test(q.text);
}

function totalAmount(view: SentenceView, from = 0): Quantity | undefined {
  const first = view.quantities.find((q) => q.start - view.span.start >= from && !isDuration(q) && !isPairWord(q));
  if (!first || (first.kind !== 'money' && first.kind !== 'count') || !checkable(first)) return undefined;
  const head = view.text.slice(from, first.start - view.span.start);
  return PAIR_TOTAL_EN.test(head) || PAIR_TOTAL_ZH.test(head) ? first : undefined;
}

/**
 * "…and another $300 million in June; the two rounds brought in $600 million": the pair words open the
 * clause after the sentence's last semicolon, so the parts are the like amounts written before it.
 */
function totalAfterSemicolon(view: SentenceView, kb: FactBase): { total: Quantity; parts: Quantity[] } | undefined {
  const cut = Math.max(view.text.lastIndexOf(';'), view.text.lastIndexOf('；'));
  if (cut < 0) return undefined;
  const total = totalAmount(view, cut + 1);
  if (!total) return undefined;
  const parts = view.quantities.filter((q) => q.end - view.span.start <= cut && !isDuration(q) && checkable(q) && sameDimension(q, total) && sameMeasure(q, total, [view], kb));
  return parts.length >= 2 ? { total, parts } : undefined;
}

/**
 * The like amounts of the sentence right before; when it holds only one ("Q2 revenue was 398亿元。"), the
 * nearest earlier sentences of the paragraph are read too until two are found ("Q1 … 334亿元。").
 */
function partsBefore(total: Quantity, view: SentenceView, previous: SentenceView, earlier: SentenceView[], kb: FactBase): Quantity[] {
  const partsOf = (s: SentenceView) =>
    s.quantities.filter((q) => !isDuration(q) && checkable(q) && sameDimension(q, total) && sameMeasure(q, total, [s, view], kb));
  const parts = partsOf(previous);
  for (const e of earlier.slice(1)) {
    if (parts.length >= 2) break;
    parts.unshift(...partsOf(e));
  }
  return parts;
}

export const pairTotal: RelationDetector = (view, ctx) => {
  const inSentence = totalAfterSemicolon(view, ctx.kb);
  const previous = ctx.previous;
  if (!inSentence && !previous) return [];
  const total = inSentence?.total ?? totalAmount(view);
  if (!total) return [];
  const parts = inSentence?.parts ?? partsBefore(total, view, previous as SentenceView, ctx.earlier?.[0] === previous ? (ctx.earlier ?? []) : [], ctx.kb);
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  const out: RelationOutcome[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const [a, b] = [parts[i], parts[j]];
      out.push({
        check: 'arith.sum',
        result: total,
        operands: [a, b],
        computed: add(intervalOf(a), intervalOf(b)),
        formula: `${a.text} + ${b.text}`,
        certainty: 'probable',
        lang: view.lang,
        noFix: true,
      });
    }
  }
  // In one sentence the pairs are read in writing order, so the closest one is shown when none fits.
  return inSentence ? out.sort((x, y) => relativeGap(x.computed, intervalOf(total)) - relativeGap(y.computed, intervalOf(total))) : out;
};
