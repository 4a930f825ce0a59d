/**
 * A round's two valuations and the money it raised: the post-money valuation is the pre-money one plus the
 * new money. "raised $400 million at a $10.2 billion post-money valuation; that means the pre-money was about
 * $10.6 billion", "投后估值615亿美元，按35亿美元融资额计算，投前估值约580亿美元", "投前估值180亿美元，加上新钱60
 * 亿美元，正好是投后的240亿美元".
 *
 * Each of the three is named by its own words: "post-money"/投后 and "pre-money"/投前 next to a valuation, and
 * a verb or noun of raising next to the money ("raised $X", "a $X round", "融资X", "X的B轮融资", "新钱X"). The
 * sentence must write exactly one of each, in one currency; the one written last is the one the writer
 * derived, and it is judged. Two rounds in one sentence give two of some kind: nothing. The names tie the
 * figures, not a cue between them: probable (warning at most), no fix.
 */
import type { Quantity } from '../../model';
import { add, sub, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, isPlainMoney, sameDimension } from './operands';
import type { RelationDetector } from './relation';
import { textAfter, textBefore, type SentenceView } from './view';

type Role = 'post' | 'pre' | 'raised';

const H_EN = `(?:${HEDGE_EN}\\s+)?`;
const H_ZH = `(?:${HEDGE_ZH})?`;
/** "$10.2 billion post-money", "a $157 billion pre-money valuation". */
const AFTER_EN: [RegExp, Role][] = [
  [/^\s*(?:post-money|post money)\b/i, 'post'],
  [/^\s*(?:pre-money|pre money)\b/i, 'pre'],
  [/^\s*(?:round|raise|of new money|of fresh money|in new money|in fresh funding|of new funding)\b/i, 'raised'],
];
/** "post-money valuation of $X", "the pre-money was about $X", "raised $X", "raising $X". */
const BEFORE_EN: [RegExp, Role][] = [
  [new RegExp(`\\bpost-?money(?:\\s+valuation)?\\s+(?:of|was|is|at|came to)?\\s*${H_EN}$`, 'i'), 'post'],
  [new RegExp(`\\bpre-?money(?:\\s+valuation)?(?:\\s+figure)?\\s+(?:of|was|is|at|came to)?\\s*${H_EN}$`, 'i'), 'pre'],
  [new RegExp(`\\b(?:raised|raises|raise|raising)\\s+${H_EN}$`, 'i'), 'raised'],
];
/** "投后估值615亿美元", "投后的240亿美元", "投前为1700亿美元", "融资60亿美元", "融资额35亿美元", "新钱60亿美元". */
const BEFORE_ZH: [RegExp, Role][] = [
  [new RegExp(`投后(?:估值)?(?:的|为|是|达|达到|约为|约)*\\s*${H_ZH}\\s*$`), 'post'],
  [new RegExp(`投前(?:估值)?(?:的|为|是|达|达到|约为|约)*\\s*${H_ZH}\\s*$`), 'pre'],
  [new RegExp(`(?:融资|融资额|募资|新钱|新资金)(?:了|为|是|达|达到|约为|约)*\\s*${H_ZH}\\s*$`), 'raised'],
];
/** "240亿美元的投后估值", "60亿美元B轮融资", "35亿美元融资额". */
const AFTER_ZH: [RegExp, Role][] = [
  [/^\s*的?投后估值/, 'post'],
  [/^\s*的?投前估值/, 'pre'],
  [/^\s*的?(?:[A-Z]\d?\s*轮|种子轮|天使轮)?(?:融资|募资)/, 'raised'],
];

function roleOf(view: SentenceView, q: Quantity): Role | undefined {
  const before = textBefore(view, q, 40);
  const after = textAfter(view, q, 24);
  const [bef, aft] = view.lang === 'zh' ? [BEFORE_ZH, AFTER_ZH] : [BEFORE_EN, AFTER_EN];
  const roles = new Set<Role>();
  for (const [re, role] of bef) if (re.test(before)) roles.add(role);
  for (const [re, role] of aft) if (re.test(after)) roles.add(role);
  // "投前估值为…融资": words on both sides naming two roles say nothing sure.
  return roles.size === 1 ? [...roles][0] : undefined;
}

export const roundValuations: RelationDetector = (view) => {
  if (!/post|pre|投后|投前/i.test(view.text)) return [];
  const found: Partial<Record<Role, Quantity[]>> = {};
  for (const q of view.quantities) {
    if (!isPlainMoney(q) || !checkable(q)) continue;
    const role = roleOf(view, q);
    if (role) (found[role] ??= []).push(q);
  }
  const post = found.post;
  const pre = found.pre;
  const raised = found.raised;
  if (post?.length !== 1 || pre?.length !== 1 || raised?.length !== 1) return [];
  const [p, v, r] = [post[0], pre[0], raised[0]];
  if (!sameDimension(p, v) || !sameDimension(p, r)) return [];
  const last = [p, v, r].reduce((a, b) => (b.start > a.start ? b : a));
  let computed: Interval;
  let operands: Quantity[];
  let formula: string;
  if (last === v) [computed, operands, formula] = [sub(intervalOf(p), intervalOf(r)), [p, r], `${p.text} − ${r.text}`];
  else if (last === p) [computed, operands, formula] = [add(intervalOf(v), intervalOf(r)), [v, r], `${v.text} + ${r.text}`];
  else [computed, operands, formula] = [sub(intervalOf(p), intervalOf(v)), [p, v], `${p.text} − ${v.text}`];
  return [{ check: 'arith.sum', result: last, operands, computed, formula, certainty: 'probable', lang: view.lang, noFix: true }];
};
