/**
 * A total written first and its parts after it, one per party: "Alphabet and Meta spent $101.7 billion last
 * year, using $52.5 billion and $39.2 billion respectively", "谷歌和Meta去年合计花了1017亿美元，分别为525亿美元
 * 和392亿美元".
 *
 * "Respectively" (分别) hands the listed amounts out to the parties the clause named, in order, so the one
 * amount those parties were given together before the list is their sum. The reading needs all of it
 * written: the total's clause opens with exactly as many names of the fact base as the list has items,
 * joined only by "and", commas, 和, 与, 及 or 、; the list follows the total with nothing between but a
 * comma or colon and "using", "with", "of which" (or, in Chinese, 分别 and a copula); the English list
 * ends with "respectively", the Chinese one follows 分别. "…, up from A and B respectively" puts a verb
 * between: those are earlier levels, not parts, and nothing is read. Probable (a warning at most), no fix:
 * the names tie the parties, not a sum word.
 */
import type { Quantity } from '../../model';
import { findEntityMentions } from '../../bind/mentions';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { groupsOf } from './lists';
import { sameMeasure } from './measures';
import { checkable, sameDimension, sumOf } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { clauseOf, gapBetween, textAfter, type SentenceView } from './view';

/** Between the total and its parts: ", using", ": ", ", with", ", of which", after a time phrase ("last year", "in 2024"). */
const TO_PARTS_EN = new RegExp(`^\\s*(?:(?:last|this)\\s+(?:year|quarter|month)|in\\s+(?:(?:19|20)\\d{2}|[A-Z][a-z]+))?\\s*[,:]\\s*(?:(?:using|with|of which|spending|paying|putting in)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const RESPECTIVELY_AFTER_EN = /^\s*,?\s*respectively\b/i;
/** "，分别为", "：分别约为", "，两家分别是". */
const TO_PARTS_ZH = new RegExp(`^\\s*[，,：:]\\s*(?:两家|三家|四家|各家|二者|三者)?分别(?:为|是|约为|约是|达到|达|花了|投入了?|出资)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** Only coordinators between the parties' names. */
const COORDINATOR = /^\s*(?:,|，|、|and|和|与|及|以及|, and)\s*$/i;
/** What may open the clause before the first name: list markers, emphasis, a time word or two. */
const CLAUSE_OPENING = /^[\s*_>#-]*(?:(?:in|by|last|this)\s+[\w ]{0,15}?,?\s*)?$/i;

function isAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && checkable(q) && !q.per && q.bound !== 'range';
}

/** How many parties the total's clause names before it, as a coordinated subject; 0 when it names none that way. */
function partiesBefore(view: SentenceView, ctx: RelationContext, total: Quantity): number {
  const clause = clauseOf(view, total);
  const mentions = findEntityMentions(view.text, ctx.kb, clause.start - view.span.start, total.start - view.span.start);
  if (mentions.length < 2) return 0;
  if (!CLAUSE_OPENING.test(view.text.slice(clause.start - view.span.start, mentions[0].start))) return 0;
  for (let i = 1; i < mentions.length; i++) {
    if (!COORDINATOR.test(view.text.slice(mentions[i - 1].end, mentions[i].start))) return 0;
    if (mentions[i].entity === mentions[i - 1].entity) return 0;
  }
  return mentions.length;
}

export const partsAfterTotal: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  if (!(view.lang === 'zh' ? /分别/ : /\brespectively\b/i).test(view.text)) return out;
  const qs = view.quantities;
  for (const g of groupsOf(view)) {
    if (g.items.length < 2 || g.first === 0) continue;
    const total = qs[g.first - 1];
    const parts = g.items;
    if (!isAmount(total) || !parts.every((p) => isAmount(p) && sameDimension(p, total) && sameMeasure(p, total, [view], ctx.kb))) continue;
    const gap = gapBetween(view, total, parts[0]);
    const marked = view.lang === 'zh' ? TO_PARTS_ZH.test(gap) : TO_PARTS_EN.test(gap) && RESPECTIVELY_AFTER_EN.test(textAfter(view, parts[parts.length - 1], 20));
    if (!marked || partiesBefore(view, ctx, total) !== parts.length) continue;
    out.push({
      check: 'arith.sum',
      result: total,
      operands: parts,
      computed: sumOf(parts),
      recompute: (ops) => sumOf(ops),
      formula: parts.map((q) => q.text).join(' + '),
      certainty: 'probable',
      lang: view.lang,
      noFix: true,
    });
  }
  return out;
};
