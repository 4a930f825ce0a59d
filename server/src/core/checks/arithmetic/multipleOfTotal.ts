/**
 * A multiple of a total the same sentence wrote: "两家分别投资40亿美元和60亿美元，合计100亿美元；对方承诺采购
 * 250亿美元的云服务，是两家投资总额的2.5倍", "A and B put in $4 billion and $6 billion, $10 billion in total;
 * the $25 billion order is 2.5 times the combined investment".
 *
 * The words name no company and no time, only that the base is a total the writer gave (总额, 合计, "the
 * combined", "the total"). A careful reader takes the one amount the sentence introduced as a total (合计,
 * 共计, "in total", "a total of", "combined") and, as the subject, the one like amount written after that
 * total and before the multiple: the parts come before their total, the figure compared after it. Two
 * totals, no total, a subject that is not alone between the total and the multiple, amounts of two
 * currencies or counted nouns, and nothing is said. The total and the subject may sit in two clauses, so
 * the reading is probable: a warning at most, no fix.
 */
import type { Quantity } from '../../model';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { statedDifference } from './growth';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { clauseOf, isDuration, textAfter, textBefore, type SentenceView } from './view';

const TOTAL_NOUN_ZH = '(?:总额|总金额|总和|合计|总计)';
/** "是两家投资总额的", "约为合计的": a copula, a few words with no figure, the total's noun, 的, then the multiple. */
const OF_TOTAL_ZH = new RegExp(`(?:是|为|约为|约是|相当于|达到?)\\s*[^，,。；;\\d]{0,10}?${TOTAL_NOUN_ZH}的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "times the combined investment", "x the total", "times their combined commitment": the words end there. */
const OF_TOTAL_EN =
  /^\s*(?:times|x|×)?\s+(?:the|their|that)\s+(?:(?:two|three|four|five)\s+)?(?:combined|total|sum)(?:\s+(?:investment|investments|commitment|commitments|amount|figure|spend|spending|funding))?\s*(?=$|[,.;:)—–])/i;

/** An amount introduced as a total: "合计150亿美元", "共计约", "a total of $15 billion". */
const TOTAL_BEFORE_ZH = new RegExp(`(?:合计|共计|总计|总共|一共|总额为?|总额达到?)\\s*(?:${HEDGE_ZH}|最多|为|是)*\\s*$`);
const TOTAL_BEFORE_EN = new RegExp(`(?:\\ba total of|\\btotalling|\\btotaling|\\bcombined,?)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "$15 billion in total", "$15 billion combined", "$15 billion in all". */
const TOTAL_AFTER_EN = /^\s*(?:in total|in all|combined|altogether)\b/i;

function isAmount(view: SentenceView, q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !isDuration(q) && !q.per && checkable(q) && !statedDifference(view, q);
}

/** The words naming the base may hold a count of their own ("两家", "the two"): read them as written, within the clause. */
function namesTotalBase(view: SentenceView, m: Quantity): boolean {
  if (view.lang === 'en') return OF_TOTAL_EN.test(textAfter(view, m, 48, true));
  const clause = clauseOf(view, m);
  return OF_TOTAL_ZH.test(view.text.slice(Math.max(clause.start, m.start - 24) - view.span.start, m.start - view.span.start));
}

function isWrittenTotal(view: SentenceView, q: Quantity): boolean {
  if (view.lang === 'zh') return TOTAL_BEFORE_ZH.test(textBefore(view, q, 12));
  return TOTAL_BEFORE_EN.test(textBefore(view, q, 24)) || TOTAL_AFTER_EN.test(textAfter(view, q, 16));
}

export const multipleOfTotal: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || isAmbiguousMultiple(view, m) || !namesTotalBase(view, m)) continue;
    const amounts = view.quantities.filter((q) => q.end <= m.start && isAmount(view, q));
    const totals = amounts.filter((q) => isWrittenTotal(view, q));
    if (totals.length !== 1) continue;
    const total = totals[0];
    // Only like amounts count: "两家" between them is a count of the investors, not a figure compared.
    const after = amounts.filter((q) => q.start >= total.end && sameDimension(q, total));
    if (after.length !== 1 || total.value <= 0) continue;
    const subject = after[0];
    out.push(probableRatio(view.lang, m, subject, total));
  }
  return out;
};
