/**
 * A percentage of a base: "6% of $25.9B ($1.55B)", "$3.5B, 52% of $6.8B", "259亿美元的6%为15.5亿美元",
 * "X占Y的P%", "…营收259亿美元，其中6%来自…，换算下来为15.5亿美元", and parallel lists of them paired in
 * order ("1%, 3% and 6% of … respectively, i.e. …", "分别是…").
 *
 * Only `percent` quantities take part: percentage points ("6 points of growth") are not a share of a
 * base, and reading them as one is a metric error for the fact checks, not an arithmetic one.
 */
import type { Quantity } from '../../model';
import { mul, scale, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH, RESTATE_EN, RESTATE_ZH, onlyWords } from './cues';
import { groupSpan, groupsOf, pairUp, type Group } from './lists';
import { checkable, intervalOf, sameDimension } from './operands';
import { writtenShare, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { shortGap } from './view';

/** "of", "of Microsoft's", "of the segment's" between a percentage and its base. */
const OF_EN = new RegExp(`^\\s*of\\s+(?:(?:the|its|their|total|[A-Z][\\w.&-]*(?:['’]s)?|[a-z]+['’]s)\\s+){0,4}(?:${HEDGE_EN}\\s+)?$`, 'i');
/**
 * "累计下载约260万次，其中中国占23%，约80万次": after 其中, the part's name and 占 (a share of the whole, which
 * the stated amount then restates).
 */
const PART_NAME_ZH = '[\\u4e00-\\u9fffA-Za-z]{1,8}?(?:约占|占了|占到|占)';
/**
 * "about 2.6 million downloads, 23% of them in China, roughly 800,000": a count or amount, its counted noun
 * and a comma, then a percentage "of them" / "of which" with a short label, then the amount it restates.
 */
const BASE_THEN_SHARE_EN = new RegExp(`^\\s*(?:[a-z][\\w-]*\\s+){0,2}?(?:[a-z][\\w-]*)?\\s*[,(—–]\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');
const OF_THEM_RESULT_EN = new RegExp(`^\\s*of\\s+(?:them|which|those|these|it|that)\\b(?:\\s+(?:in|from|for|on|by|at|to|with|went|came|were|was|are|is)\\b[^,;.\\d]{0,30})?\\s*[,(—–-]\\s*(?:(?:or|i\\.e\\.|that is|some)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');

/** "的", "中的", "其中" between a base and its percentage (Chinese puts the base first). */
const OF_ZH = new RegExp(`^\\s*(?:的|中的|之|中|[，,]?\\s*其中(?:有|约|的)?|[，,]?\\s*其中${PART_NAME_ZH})\\s*(?:${HEDGE_ZH})?\\s*$`);
const RESPECTIVELY_EN = 'respectively|in revenue|of revenue|revenue|sales|in sales';
const RESPECTIVELY_ZH = '分别|的营收|的收入|营收|收入';
const RESULT_AFTER_EN = onlyWords('en', RESTATE_EN, RESPECTIVELY_EN);
const RESULT_AFTER_ZH = onlyWords('zh', RESTATE_ZH, RESPECTIVELY_ZH);
/** "其中6%来自AI服务，换算下来为…": free words, then an explicit conversion cue. */
const QIZHONG_RESULT = new RegExp(`^[^，,。；;]{0,16}[，,]?\\s*(?:换算下来|折合|即|也就是|相当于|约合)(?:分别)?(?:是|为)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "R, or P of B" / "R (P of B)" / "R is P of B". */
const SHARE_BEFORE_EN = new RegExp(
  `^[\\s,(—–-]*(?:(?:or|i\\.e\\.|which is|that is|is|was|are|were|being|representing|equal to|accounting for|making up|amounting to|${HEDGE_EN})(?![A-Za-z])[\\s,(]*)*$`,
  'i',
);
/** "R占B的P", "R，约占B的P". */
const SHARE_BEFORE_ZH = new RegExp(`^\\s*[，,]?\\s*(?:约占|占了|占|相当于|约为|为|是)\\s*(?:${HEDGE_ZH})?\\s*$`);

function isAmountGroup(g: Group): boolean {
  return g.items.every((q) => (q.kind === 'money' && !q.per) || q.kind === 'count' || (q.kind === 'number' && q.value >= 1));
}

/** "35% of 2,000 respondents, or 700": the counted noun after a count base may precede the cue. */
function withoutCountNoun(gap: string | undefined, base: Group): string | undefined {
  if (gap === undefined || base.items.some((q) => q.kind === 'money')) return gap;
  return gap.replace(/^\s*[A-Za-z][\w-]*(?=\s*[,(])/, '');
}

function isPercentGroup(g: Group): boolean {
  return g.items.every((q) => q.kind === 'percent');
}

function allCheckable(...groups: Group[]): boolean {
  return groups.every((g) => g.items.every(checkable));
}

/** The amount P% of B gives. */
function share(p: Quantity, b: Quantity): Interval {
  return mul(scale(intervalOf(p), 0.01), intervalOf(b));
}

export const percentOf: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const groups = groupsOf(view);
  for (let k = 0; k < groups.length; k++) {
    const p = groups[k];
    if (!isPercentGroup(p)) continue;
    // English: "P of B"; Chinese: "B的P".
    const baseAfter = groups[k + 1];
    const baseBefore = groups[k - 1];
    let base: Group | undefined;
    let qizhong = false;
    let ofThem = false;
    if (baseAfter && isAmountGroup(baseAfter) && test(OF_EN, shortGap(view, groupSpan(p), groupSpan(baseAfter), 48))) base = baseAfter;
    else if (baseBefore && isAmountGroup(baseBefore)) {
      const gap = shortGap(view, groupSpan(baseBefore), groupSpan(p), 24);
      if (test(OF_ZH, gap)) {
        base = baseBefore;
        qizhong = /其中/.test(gap ?? '');
      } else if (view.lang === 'en' && test(BASE_THEN_SHARE_EN, gap) && groups[k + 1] && test(OF_THEM_RESULT_EN, shortGap(view, groupSpan(p), groupSpan(groups[k + 1]), 60))) {
        base = baseBefore;
        ofThem = true;
      }
    }
    if (!base || !allCheckable(p, base)) continue;
    const later = base === baseAfter ? baseAfter : p;
    const laterIndex = groups.indexOf(later);
    const earlier = base === baseAfter ? p : baseBefore;
    const after = groups[laterIndex + 1];
    const before = groups[groups.indexOf(earlier) - 1];

    // The stated amount after the relation: "…, i.e. $240M, $750M and $1.55B".
    if (after && isAmountGroup(after) && after.items.length === p.items.length && allCheckable(after)) {
      const gap = withoutCountNoun(shortGap(view, groupSpan(later), groupSpan(after), 60), base);
      const cue = test(RESULT_AFTER_EN, gap) || test(RESULT_AFTER_ZH, gap) || (qizhong && test(QIZHONG_RESULT, gap)) || (ofThem && test(OF_THEM_RESULT_EN, gap));
      const pairs = pairUp(p.items, base.items);
      if (cue && pairs && after.items.every((r, i) => sameDimension(r, pairs[i][1]))) {
        pairs.forEach(([pct, b], i) => {
          out.push({
            check: 'arith.percent-of',
            result: after.items[i],
            operands: [pct, b],
            computed: share(pct, b),
            formula: `${pct.text} × ${b.text}`,
            certainty: 'explicit',
            lang: view.lang,
          });
        });
        continue;
      }
    }

    // The stated amount before it, the percentage being the derived share: "$3.5B, 52% of $6.8B".
    if (before && isAmountGroup(before) && before.items.length === p.items.length && allCheckable(before)) {
      const gap = shortGap(view, groupSpan(before), groupSpan(earlier), 40);
      const cue = test(SHARE_BEFORE_EN, gap) || test(SHARE_BEFORE_ZH, gap);
      const pairs = pairUp(before.items, base.items);
      if (cue && pairs && pairs.every(([r, b]) => sameDimension(r, b))) {
        pairs.forEach(([r, b], i) => out.push(writtenShare(view.lang, p.items[i], r, b, 'explicit')));
      }
    }
  }
  return out;
};

function test(re: RegExp, gap: string | undefined): boolean {
  return gap !== undefined && re.test(gap);
}

