/**
 * A share whose whole is named by the very words that label one figure of its paragraph: "百度第四季度总营收
 * 为349.51亿元。…6.56亿元的增量收入约占第四季度总营收的1.9%", "投后估值43亿美元。…这轮5亿美元约占投后估值的
 * 12%", "Group revenue in the quarter was $7.7 billion. … $3.9 billion, or about half of group revenue in
 * the quarter".
 *
 * shareOfBoundWhole.ts finds a named whole by what the binder read (metric, entity, period), and needs the
 * share's sentence to date it; a writer who names the whole by repeating its label word for word has said
 * which figure it is, dated or not. The whole is the one like amount of the share's sentence or an earlier
 * sentence of its paragraph written right after those words (with only a copula, "of", 为, 是, a hedge
 * between). Two such figures, a label shorter than four characters (zh: 营收 may end 海外营收) or one word (en), figures the binder
 * dated at different periods or gave companies of which neither owns the other, and nothing is read. The part is the amount
 * right before the share (its own label, 的增量收入, may come between). By the label, not a cue tying the
 * two figures in one phrase: probable, a warning at most, no fix.
 */
import type { Quantity } from '../../model';
import { ancestorsOf } from '../../facts/index';
import { escapeRegExp } from '../../text/escapeRegExp';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, sameDimension } from './operands';
import { probableShare, type RelationOutcome } from './outcome';
import { agree, bound } from './periodPair';
import type { RelationContext, RelationDetector } from './relation';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** "的增量收入约占第四季度总营收的", "，约占投后估值的": the part's own label, 占, the whole's words, 的. */
const SHARE_OF_ZH = new RegExp(
  `^(?:的[\\u4e00-\\u9fffA-Za-z]{1,8})?\\s*[，,]?\\s*(?:仅|就|已|则|也|约)*\\s*(?:约占|占了|占到|占)([^，,。；;：:（()）\\d]{4,14}?)的\\s*(?:比重|比例|份额)?(?:约为|为|是|达)?\\s*(?:${HEDGE_ZH})?\\s*$`,
);
/** "$3.9 billion, or about", "$3.9 billion, equal to": the part restated by the share right after it. */
const RESTATING_EN = new RegExp(`^\\s*[,(—–-]\\s*(?:(?:or|equal to|representing|which (?:is|was))\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "of group revenue in the quarter": the whole's words, up to a punctuation mark. */
const OF_WHOLE_EN = /^\s+of\s+(?:the\s+)?([A-Za-z][\w’' -]{2,48}?)\s*(?=[,.;:()—–]|$)/;
/** Between a label and its figure: a copula, "of", 为, a colon, a hedge. */
const LABEL_TO_FIGURE_EN = `\\s*(?::|of|was|were|is|are|came to|reached|stood at|totall?ed)?\\s*(?:${HEDGE_EN}\\s+)?$`;
const LABEL_TO_FIGURE_ZH = `\\s*(?:为|是|达到|达|约为|：|:)?\\s*(?:${HEDGE_ZH})?\\s*$`;

function isAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !isDuration(q) && !q.per && checkable(q);
}

/** The part's company is the whole's, or belongs to it (文心 is Baidu's: its revenue is part of Baidu's). */
function ownedBy(ctx: RelationContext, part: string | undefined, whole: string | undefined): boolean {
  return agree(part, whole) || (part !== undefined && whole !== undefined && ancestorsOf(ctx.kb.entities, part).includes(whole));
}

/** The part the share restates and the words naming its whole. */
function statementOf(view: SentenceView, share: Quantity): { part: Quantity; words: string } | undefined {
  const part = neighbour(view, share, -1);
  if (!part || !isAmount(part)) return undefined;
  const gap = gapBetween(view, part, share);
  if (view.lang === 'zh') {
    const m = SHARE_OF_ZH.exec(gap);
    return m ? { part, words: m[1].trim() } : undefined;
  }
  if (!RESTATING_EN.test(gap)) return undefined;
  const m = OF_WHOLE_EN.exec(textAfter(view, share, 60));
  const words = m?.[1].trim();
  return words && /\s/.test(words) ? { part, words } : undefined;
}

/** Like amounts of the paragraph written right after the whole's words, before the part. */
function labelled(view: SentenceView, ctx: RelationContext, part: Quantity, words: string): Quantity[] {
  const label = new RegExp(`${view.lang === 'zh' ? '' : '\\b'}${escapeRegExp(words)}${view.lang === 'zh' ? LABEL_TO_FIGURE_ZH : LABEL_TO_FIGURE_EN}`, 'i');
  const partClaim = claimOf(view, part);
  const out: Quantity[] = [];
  for (const v of [view, ...(ctx.earlier ?? [])]) {
    for (const q of v.quantities) {
      if ((v === view && q.end > part.start) || !isAmount(q) || !sameDimension(q, part)) continue;
      if (!label.test(textBefore(v, q, words.length + 24))) continue;
      const c = claimOf(v, q);
      if (!ownedBy(ctx, partClaim?.entity?.value, c?.entity?.value)) return [];
      const pw = bound(c);
      const pp = bound(partClaim);
      if (pw && pp && (pw.start !== pp.start || pw.end !== pp.end) && !(pw.start <= pp.start && pp.end <= pw.end)) return [];
      out.push(q);
    }
  }
  return out;
}

export const labelledWhole: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const share of view.quantities) {
    if ((share.kind !== 'percent' && share.kind !== 'ratio') || !checkable(share)) continue;
    const st = statementOf(view, share);
    const wholes = st ? labelled(view, ctx, st.part, st.words) : [];
    if (!st || wholes.length !== 1) continue;
    out.push(probableShare(view.lang, share, st.part, wholes[0]));
  }
  return out;
};
