/**
 * A fraction or multiple whose base is the previous sentence's amount, named only by an explicit pronoun:
 * "OpenAI books $400 million a quarter. Our $92 million is roughly a quarter of that.",
 * "对方一个季度约4亿美元。我们的9190万美元只有它的1/10左右。"
 *
 * The subject must be an amount written right before the multiple with only a linking verb between
 * them ("X is about a third of it", "X只有它的1/10"); the base is the last amount of the same dimension
 * in the sentence right before, in the same paragraph (view.ts: previousInParagraph), unless another
 * like amount of it makes the ratio hold (pointedRatio). A pronoun may point elsewhere, so the reading is
 * probable (warning at most) and offers no fix.
 */
import type { Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import { probableRatio, settle, writtenRatio, type RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, isDuration, textAfter, type SentenceView } from './view';

/** "$92 million is roughly " — a linking verb and an optional hedge, nothing else. */
const LINK_EN = new RegExp(`^\\s*(?:is|was|are|were|would be|will be|equals|comes to|amounts to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** " of that.", " of it" — the pronoun ends the phrase (or names the amount: "that figure"). */
const POINTER_EN = /^\s*(?:times\s+)?of\s+(?:it|that|this|that (?:figure|amount|sum|total)|the (?:former|latter))(?![\w-])/i;
/** "9190万美元只有它的", "……相当于上述金额的约" — the pronoun sits before the multiple in Chinese. */
const LINK_ZH = new RegExp(
  `^\\s*(?:只有|仅为|仅有|仅|只|是|为|约为|约是|相当于|不到|不足|接近|达到)\\s*(?:它|其|这笔钱|这笔|上述金额|上述数字|上述)的\\s*(?:${HEDGE_ZH})?\\s*$`,
);

/** The amounts a pronoun may point back to: those of the subject's dimension in the previous sentence. */
function antecedents(previous: SentenceView, subject: Quantity): Quantity[] {
  return previous.quantities.filter((q) => !isDuration(q) && checkable(q) && sameDimension(q, subject));
}

/** The amount a pronoun points back to: the last one of the subject's dimension in the previous sentence. */
function antecedent(previous: SentenceView, subject: Quantity): Quantity | undefined {
  return antecedents(previous, subject).at(-1);
}

/**
 * "…stood at $455 billion, up 359% from $99.1 billion a year earlier. OpenAI's $300 billion would be about
 * two-thirds of that.": "that" may be the sentence's subject as well as its last amount. The ratio is read
 * against every like amount the pronoun may mean; one that makes it hold is the reading (a consistent
 * outcome, which also keeps looser readings off the number), else the nearest one, as before.
 */
function pointedRatio(view: SentenceView, ctx: RelationContext, previous: SentenceView, m: Quantity, subject: Quantity): RelationOutcome | undefined {
  const readings = antecedents(previous, subject).map((base) => probableRatio(view.lang, m, subject, base));
  return readings.find((o) => settle(o, ctx.locale).consistent) ?? readings.at(-1);
}

function subjectBefore(view: SentenceView, m: Quantity): Quantity | undefined {
  const k = view.quantities.indexOf(m);
  const prev = view.quantities[k - 1];
  if (!prev || (prev.kind !== 'money' && prev.kind !== 'count') || isDuration(prev) || !checkable(prev)) return undefined;
  return prev;
}

function linked(view: SentenceView, subject: Quantity, m: Quantity): boolean {
  const gap = gapBetween(view, subject, m);
  if (view.lang === 'zh') return LINK_ZH.test(gap);
  return LINK_EN.test(gap) && POINTER_EN.test(textAfter(view, m, 30, true));
}

/** "Against the $75 billion of revenue Cahn counted, that is": the base opens the sentence, "that" is the subject. */
const AGAINST_OPEN_EN = /^\s*(?:against|compared (?:with|to)|next to|relative to|set against|measured against)\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i;
const THAT_IS_EN = new RegExp(`^[^;.\\d]{0,50}?,\\s*(?:that|this|it)\\s+(?:is|was|would be|represents|comes to|works out to|amounts to)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const THAT_TIMES_EN = /^\s*(?:times|x|×)?\s*(?:the|its|their|that|of)\b/i;
const AGAINST_OPEN_ZH = /^\s*(?:与|和|跟|相对于|对比|相较于?)\s*$/;
const THAT_IS_ZH = new RegExp(`^[^，,。；;\\d]{0,8}?(?:相比|相较|比)\\s*[，,]\\s*(?:这|这笔钱|这笔|这个数字|这一数字|这些)(?:是|相当于|约为|约是|大约是)?(?:它|其)?的?\\s*(?:${HEDGE_ZH})?\\s*$`);

/** "Against B, that is M times the …": the subject is the previous sentence's amount of B's dimension. */
function againstBase(view: SentenceView, previous: SentenceView): RelationOutcome[] {
  const first = view.quantities.find((q) => !isDuration(q));
  if (!first || (first.kind !== 'money' && first.kind !== 'count') || !checkable(first)) return [];
  const m = view.quantities[view.quantities.indexOf(first) + 1];
  if (!m || (m.kind !== 'multiple' && m.kind !== 'ratio') || !checkable(m)) return [];
  const head = view.text.slice(0, first.start - view.span.start);
  const gap = gapBetween(view, first, m);
  const en = AGAINST_OPEN_EN.test(head) && THAT_IS_EN.test(gap) && (m.kind === 'ratio' || /times|x|×/i.test(m.text) || THAT_TIMES_EN.test(textAfter(view, m, 20, true)));
  const zh = AGAINST_OPEN_ZH.test(head) && THAT_IS_ZH.test(gap);
  if (!en && !zh) return [];
  const subject = antecedent(previous, first);
  if (!subject) return [];
  return [writtenRatio(view.lang, m, subject, first, 'probable')];
}

export const anaphora: RelationDetector = (view, ctx) => {
  const previous = ctx.previous;
  if (!previous) return [];
  const out: RelationOutcome[] = againstBase(view, previous);
  for (const m of view.quantities) {
    if ((m.kind !== 'multiple' && m.kind !== 'ratio') || !checkable(m)) continue;
    const subject = subjectBefore(view, m);
    if (!subject || !linked(view, subject, m)) continue;
    const reading = pointedRatio(view, ctx, previous, m, subject);
    if (reading) out.push(reading);
  }
  return out;
};
