/**
 * A share of a whole the sentence only points at: "软银自身的300亿美元占总额的85%" (这400亿美元 written in
 * the sentence before), "2023年那笔100亿美元占累计总额的近九成", "第四季度营收349.51亿元，超过全年的三成",
 * "the first tranche, $100 billion, was a quarter of the total".
 *
 * The words name no measure (shareOfBoundWhole.ts reads "of the quarter's revenue"); they say only that the
 * whole is a total the writer already gave ("the total", 总额, 合计) or the figure of the whole period
 * (全年, "the full year"). A total holds its part, so the whole can only be a like amount (same currency,
 * same counted noun) larger than the part, written before it in the paragraph: in the share's sentence or
 * an earlier one (view.ts: earlierInParagraph, never another block). Exactly one such amount, of no other
 * company or measure than the part's, and of a period that can hold the part's, or nothing: two candidates
 * give two answers, and a total the draft never wrote ("10% of the total raised in the sector") leaves
 * either none or a figure the words do not end on. The part is the amount right before the share, with
 * only a restating or copula word between. The pairing is by elimination, so it is probable (a warning at
 * most), with no fix.
 */
import type { Claim, Period, Quantity } from '../../model';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { boundedBefore } from './hedgeBefore';
import { checkable, sameDimension } from './operands';
import { probableShare, type RelationOutcome } from './outcome';
import { agree, bound } from './periodPair';
import type { RelationContext, RelationDetector } from './relation';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** A whole named as the total the writer gave: 总额, 累计总额, 合计, 总和. */
const TOTAL_ZH = '(?:累计)?(?:总额|总金额|总数|总量|总和|总计|合计)';
/** A whole named as the whole period's figure: 全年, 当年. */
const PERIOD_ZH = '(?:全年|当年)';
/** "，占总额的", "占累计总额的近", "，超过全年的" up to the share's digits (which the recogniser may take with 超过). */
const SHARE_OF_TOTAL_ZH = new RegExp(
  `^\\s*[，,]?\\s*(?:已经|已|则|也|仅|就|约|大约)*\\s*(?:约占|占了|占到|占|相当于|约为|约是|是|为)?\\s*(${HEDGE_ZH})?\\s*(${TOTAL_ZH}|${PERIOD_ZH})的\\s*(?:比重|比例|份额)?\\s*(?:约为|为|是|达到)?\\s*(?:${HEDGE_ZH})?\\s*[^，,。；;\\s]*$`,
);
/** "$300 billion, or 85% of", "$100 billion was a quarter of": what stands between the part and the share. */
const PART_TO_SHARE_EN = new RegExp(
  `^[\\s,(—–-]*(?:(?:or|i\\.e\\.,?|that is,?|representing|accounting for|making up|equal to|(?:which|that)\\s+(?:is|was)|(?:alone\\s+)?(?:is|was|are|were|would be|comes to|came to|makes up|made up|accounts for|accounted for))\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "of the total", "of that total", "of the full year": the words end there (no "of the total raised in…"). */
const OF_TOTAL_EN = /^\s+of\s+(?:(the|that|this)\s+(?:(?:combined|overall|grand)\s+)?(?:total|sum)|(the\s+(?:full\s+)?year)(?:['’]s\s+total)?)\s*(?=$|[,.;:)—–])/i;

/**
 * "数据中心226亿美元，占比超过九成", "ASML一家就出了13亿欧元，占比超过八成": 占比 with no whole named is the
 * part's share of the whole the same sentence just gave ("总营收约260亿美元，…", "C轮规模17亿欧元，…").
 */
const BARE_SHARE_ZH = new RegExp(`^\\s*[，,]?\\s*(?:已经|已|则|也|仅|就)*\\s*占比\\s*(?:约为|约是|为|是|达到|达|约)*\\s*(?:${HEDGE_ZH})?\\s*[^，,。；;\\s]*$`);
/** "…, with data center at $22.6 billion, accounting for 87%.": a share verb and nothing after the share. */
const BARE_SHARE_EN = new RegExp(`^\\s*,?\\s*(?:accounting for|making up)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const CLAUSE_END_EN = /^\s*(?:$|[,.;:)—–])/;
/** "up $4 billion, accounting for…", "增加40亿元，占比…": a change is no part of a whole. */
const CHANGE_BEFORE_EN = new RegExp(`\\b(?:up|down|rose|fell|grew|gained|lost|increased|decreased|increase of|decrease of|by)\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const CHANGE_BEFORE_ZH = /(?:增加|增长|减少|下降|下滑|提升|提高|多了|少了)了?\s*(?:约|近|超过)?\s*$/;

/** "up 217% from $15.0 billion, or 90% of the total": an amount that is a change's baseline is not what the share restates. */
const BASELINE_BEFORE_EN = new RegExp(`\\b(?:from|on|than|over|versus|vs\\.?|against)\\s+(?:(?:the|its|their)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const BASELINE_BEFORE_ZH = /(?:较|比|相比|相较于?|从)[^，,。；;]{0,10}$/;

interface Statement {
  part: Quantity;
  /** The whole is the whole period's figure (全年, "the full year"), not any total. */
  ofPeriod: boolean;
  /** No whole named (占比, "accounting for 87%."): the whole is one the share's own sentence gave. */
  bare?: boolean;
  /** A bound word written before the whole's name ("超过全年的三成"): it bounds the share (hedgeBefore.ts). */
  boundBefore?: string;
}

function isAmount(q: Quantity): boolean {
  return (q.kind === 'money' || q.kind === 'count') && !isDuration(q) && !q.per && checkable(q);
}

function statementOf(view: SentenceView, share: Quantity): Statement | undefined {
  const part = neighbour(view, share, -1);
  if (!part || !isAmount(part)) return undefined;
  if ((view.lang === 'zh' ? BASELINE_BEFORE_ZH : BASELINE_BEFORE_EN).test(textBefore(view, part, 30))) return undefined;
  const gap = gapBetween(view, part, share);
  if (view.lang === 'zh') {
    const m = SHARE_OF_TOTAL_ZH.exec(gap + share.text);
    if (m) return { part, ofPeriod: new RegExp(`^${PERIOD_ZH}$`).test(m[2]), boundBefore: m[1] };
    return BARE_SHARE_ZH.test(gap + share.text) ? bareStatement(view, part) : undefined;
  }
  if (BARE_SHARE_EN.test(gap) && CLAUSE_END_EN.test(textAfter(view, share, 40))) return bareStatement(view, part);
  if (!PART_TO_SHARE_EN.test(gap)) return undefined;
  const of = OF_TOTAL_EN.exec(textAfter(view, share, 40));
  return of ? { part, ofPeriod: of[2] !== undefined } : undefined;
}

/** A bare share of a part that is itself a change ("增加40亿元，占比…") is no share of a whole. */
function bareStatement(view: SentenceView, part: Quantity): Statement | undefined {
  const change = view.lang === 'zh' ? CHANGE_BEFORE_ZH : CHANGE_BEFORE_EN;
  return change.test(textBefore(view, part, 20)) ? undefined : { part, ofPeriod: false, bare: true };
}

/**
 * The measure's family: the metric id before its first dot ("revenue.datacenter" is part of revenue). Not
 * measures.ts's wider family, where a margin's numerator counts as revenue: net income is no part of the
 * year's revenue.
 */
function family(c: Claim | undefined): string | undefined {
  return c?.metric?.value.split('.')[0];
}

function contains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * A period that can hold the part: the whole period's figure covers the part's period (and must be dated);
 * a total may be a running one stated later ("截至去年10月累计130亿美元"), but not one that ended before the
 * part.
 */
function holdsPeriod(whole: Period | undefined, part: Period | undefined, ofPeriod: boolean): boolean {
  if (ofPeriod) return whole !== undefined && (part === undefined || contains(whole, part));
  return whole === undefined || part === undefined || whole.end >= part.end;
}

/** Like amounts larger than the part, before it in its sentence and in the earlier sentences of its paragraph. */
function wholesFor(view: SentenceView, ctx: RelationContext, st: Statement): Quantity[] {
  const partClaim = claimOf(view, st.part);
  const out: Quantity[] = [];
  // A bare share's whole is in its own sentence, where the writer put it for this share: any company's
  // or measure's ("C轮规模17亿欧元，ASML一家就出了13亿欧元，占比超过八成").
  for (const v of st.bare ? [view] : [view, ...(ctx.earlier ?? [])]) {
    for (const q of v.quantities) {
      if ((v === view && q.end > st.part.start) || !isAmount(q) || !sameDimension(q, st.part) || q.value <= st.part.value) continue;
      const c = claimOf(v, q);
      if (!st.bare && (!agree(c?.entity?.value, partClaim?.entity?.value) || !agree(family(c), family(partClaim)))) continue;
      if (!holdsPeriod(bound(c), bound(partClaim), st.ofPeriod)) continue;
      out.push(q);
    }
  }
  return out;
}

export const shareOfTotal: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const share of view.quantities) {
    if ((share.kind !== 'percent' && share.kind !== 'ratio') || !checkable(share)) continue;
    const st = statementOf(view, share);
    const wholes = st ? wholesFor(view, ctx, st) : [];
    if (!st || wholes.length !== 1) continue;
    out.push(probableShare(view.lang, boundedBefore(share, st.boundBefore), st.part, wholes[0]));
  }
  return out;
};
