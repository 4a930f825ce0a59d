/**
 * A share of a whole the draft does not restate: "Data center: $47.5 billion, or about 90% of the total",
 * "Net margin on $72.9 billion of GAAP profit: 65%", "数据中心收入1152亿美元，占全年营收的88%". The part is
 * written in the clause and the fact base confirms it (so its company and period are known); the whole is
 * the metric the part's metric is a share of (`shareOf` in data/metrics.yaml), for the same company and
 * period. The corpus rule is that a draft states its operands correctly, so the recorded whole stands in
 * for a total written elsewhere (another list item, another paragraph).
 *
 * Fact-base operands are never as sure as written ones: the reading is probable (warning at most) and
 * information when the facts are weak; no fix is offered.
 */
import type { Claim, Fact, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import { judgeClaim } from '../facts/judge';
import { relativeTo } from '../../document/documentModel';
import { CLAUSE_BREAK, HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, isPlainMoney } from './operands';
import type { RelationOutcome } from './outcome';
import { overRecorded, recordedFigure } from './recordedFigure';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, textAfter, textBefore, type SentenceView } from './view';

/** "…, or about 90% of the total", "88% of revenue", "90% of total sales"; the phrase ends there ("of the total market" is another whole). */
const OF_WHOLE_EN = /^\s*of\s+(?:the\s+|its\s+|total\s+|the company's\s+)*(?:total|revenue|revenues|sales|turnover)\s*(?:[,.;:)!?]|$)/i;
/** Between the part and the share: "$47.5 billion, up 217% from $15.0 billion, or about". */
const SHARE_LINK_EN = new RegExp(`(?:,\\s*|\\()(?:or|i\\.e\\.|which is|that is|representing|accounting for|making up)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
/** "数据中心收入1152亿美元，占全年营收的88%". */
const OF_WHOLE_ZH = new RegExp(`[，,]?\\s*(?:约占|占了|占到|占)(?:了)?(?:全年|年度|公司|同期|当期)?(?:总)?(?:营收|收入|营业收入|销售额)的?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "Net margin on $72.9 billion of GAAP profit: 65%", "净利率（净利润728.8亿美元）为65%". */
const MARGIN_BEFORE_EN = /\b(?:net|operating|profit)?\s*margins?\s+(?:on|of|from)\s+$/i;
const MARGIN_TO_RESULT = new RegExp(`^[^;.\\d]{0,40}?(?::|\\bis\\b|\\bwas\\b|\\bof\\b|=)\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');

function clauseOf(view: SentenceView, q: Quantity): string {
  const parts = view.text.slice(0, q.start - view.span.start).split(CLAUSE_BREAK);
  return parts[parts.length - 1];
}

/** The written part a share in `view` is taken of, with how the sentence ties them. */
function partFor(view: SentenceView, p: Quantity): Quantity | undefined {
  const k = view.quantities.indexOf(p);
  const clause = clauseOf(view, p);
  const inClause = view.quantities.slice(0, k).filter((q) => isPlainMoney(q) && checkable(q) && p.start - q.start <= clause.length);
  if (inClause.length === 0) return undefined;
  if (view.lang === 'zh') {
    const part = inClause[inClause.length - 1];
    return OF_WHOLE_ZH.test(gapBetween(view, part, p)) ? part : undefined;
  }
  const after = textAfter(view, p, 30);
  if (OF_WHOLE_EN.test(after) && SHARE_LINK_EN.test(textBefore(view, p, 30))) return inClause[0];
  // A margin names its profit right after "margin on" and states the rate after it.
  const margin = inClause.find((q) => MARGIN_BEFORE_EN.test(view.text.slice(0, q.start - view.span.start)));
  return margin && view.quantities[view.quantities.indexOf(margin) + 1] === p && MARGIN_TO_RESULT.test(gapBetween(view, margin, p)) ? margin : undefined;
}

/** The part's confirmed facts: its metric, company and the one period they share. */
function confirmed(claim: Claim | undefined, ctx: RelationContext, view: SentenceView): { facts: Fact[]; entity: string; metric: string } | undefined {
  if (!claim?.entity || claim.metric?.how !== 'explicit') return undefined;
  const j = judgeClaim(claim, ctx.kb, { documentDate: ctx.documentDate, sentenceText: view.text, sentenceQuantities: relativeTo(view.recognised, view.span.start) });
  if (j.verdict !== 'supported' || j.deciding.length === 0) return undefined;
  const [first] = j.deciding;
  if (!j.deciding.every((f) => f.period.start === first.period.start && f.period.end === first.period.end)) return undefined;
  return { facts: j.deciding, entity: claim.entity.value, metric: claim.metric.value };
}

function wholeFacts(kb: FactBase, entity: string, metric: string, like: Fact, currency: string): Fact[] {
  return kb.factsFor(entity, metric).filter((f) => f.unit === currency && f.period.start === like.period.start && f.period.end === like.period.end);
}

export const recordedWhole: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const part = partFor(view, p);
    if (!part) continue;
    const known = confirmed(view.claims.get(part.start), ctx, view);
    const wholeMetric = known && ctx.kb.metrics.get(known.metric)?.shareOf;
    if (!known || !wholeMetric) continue;
    const facts = wholeFacts(ctx.kb, known.entity, wholeMetric, known.facts[0], part.currency!);
    const whole = recordedFigure(facts, ctx.kb, view.lang, ctx.locale);
    if (!whole) continue;
    out.push(overRecorded('arith.percent-of', p, part, whole, [...facts, ...known.facts], view.lang));
  }
  return out;
};
