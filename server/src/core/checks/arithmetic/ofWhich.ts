/**
 * A whole, then a clause naming a part of it: "the venture is $27 billion, of which Blue Owl owns 80%: about
 * $21.6 billion", "cloud revenue was RMB 4.7 billion, and AI was 6.9% of it, or about RMB 324 million",
 * "合资公司约270亿美元，Blue Owl持有80%，对应约216亿美元" (the part's amount from its share), and "investment
 * reached $252 billion, of which AI took $34 billion, about 13% of the total", "the €1.7 billion round,
 * €1.3 billion of it from ASML" … "contributing €1.3 billion of it, about three-quarters of the round"
 * (the share from the part's amount).
 *
 * All three figures sit in one clause run, tied by "of which" / "of it" / a holding verb, and the figure
 * restated after the share needs an explicit cue or a colon or dash (a bare comma may start a new figure).
 */
import type { Quantity } from '../../model';
import { div, mul, scale } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, textAfter, type SentenceView } from './view';

const NAME_EN = `(?:[\\w'’.&-]+\\s+){0,4}?`;
const HOLD_EN = '(?:owns?|holds?|held|took|takes|gets?|got|is|was|were|are|makes? up|made up|accounts? for|accounted for|came from|comes? from|went to|goes to)';
/** ", of which Blue Owl funds own " / ", and generative AI was " between the whole and the share. */
const OF_WHICH_SHARE_EN = new RegExp(`^(?:\\s+[a-z][\\w-]*){0,3}?\\s*[,(—–]\\s*of which\\s+${NAME_EN}${HOLD_EN}\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
const AND_SHARE_EN = new RegExp(`^(?:\\s+[a-z][\\w-]*){0,3}?\\s*,\\s*and\\s+${NAME_EN}${HOLD_EN}\\s+(?:${HEDGE_EN}\\s+)?$`, 'i');
/** After the share: ": about", ", or about", "of it, or" — never a bare comma. */
const RESTATED_EN = new RegExp(`^\\s*(?:[:—–(]|,\\s*(?:or|i\\.e\\.,?|that is,?|that's|which is|worth)(?![A-Za-z]))\\s*(?:(?:or|some|worth)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
const OF_IT_EN = /^\s*of\s+(?:it|them|that|the total|the whole)\b/i;

/** "，Blue Owl旗下基金持有合资公司" / "，其中阿里持有" between the whole and the share. */
const HOLDS_SHARE_ZH = new RegExp(`^[^\\d，,。；;]{0,8}[，,]\\s*(?:其中)?[^\\d，,。；;]{1,16}?(?:持有|拥有|持股)[^\\d，,。；;]{0,8}?(?:${HEDGE_ZH})?$`);
const RESTATED_ZH = new RegExp(`^\\s*[，,]\\s*(?:对应(?:的是)?|即|也就是|相当于|约合|折合)(?:为|是)?\\s*(?:${HEDGE_ZH})?\\s*$`);

/** ", of which generative AI took " / " Series C, contributing " between the whole and the part's amount. */
const PART_AFTER_EN = new RegExp(
  `^(?:\\s+[\\w-]+){0,3}?\\s*[,(—–]\\s*(?:of which\\s+${NAME_EN}(?:took|takes|got|gets|went to|came from|was|is|accounted for|contributed|put in)|contributing|providing|putting in)\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** " — nearly", " of it, about" between the part's amount and its share. */
const SHARE_AFTER_PART_EN = new RegExp(`^\\s*(?:of it\\s*)?[,—–(]\\s*(?:(?:or|i\\.e\\.|that is|some)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** The share names the whole: "of the pot", "of the round", "of it", "of the total". */
const OF_THE_WHOLE_EN = /^\s*of\s+(?:the|that|this|it|all)\b/i;

function amount(q: Quantity | undefined): q is Quantity {
  return !!q && (q.kind === 'money' || q.kind === 'count') && !q.per && checkable(q);
}

function isShare(q: Quantity | undefined): q is Quantity {
  return !!q && (q.kind === 'percent' || (q.kind === 'ratio' && q.value < 1)) && checkable(q);
}

/** The share's value as a fraction interval. */
function fraction(p: Quantity) {
  return p.kind === 'percent' ? scale(intervalOf(p), 0.01) : intervalOf(p);
}

/** Whole, share, then the part's amount it restates. */
function amountFromShare(view: SentenceView, w: Quantity, p: Quantity, r: Quantity): RelationOutcome | undefined {
  if (!amount(w) || !isShare(p) || p.kind !== 'percent' || !amount(r) || !sameDimension(w, r)) return undefined;
  const g1 = gapBetween(view, w, p);
  const g2 = gapBetween(view, p, r);
  let ok = false;
  if (view.lang === 'zh') ok = HOLDS_SHARE_ZH.test(g1) && RESTATED_ZH.test(g2);
  else if (OF_WHICH_SHARE_EN.test(g1)) ok = RESTATED_EN.test(g2.replace(OF_IT_EN, ''));
  // "and X was 6.9%" names no whole unless the share says "of it".
  else if (AND_SHARE_EN.test(g1)) ok = OF_IT_EN.test(g2) && RESTATED_EN.test(g2.replace(OF_IT_EN, ''));
  if (!ok) return undefined;
  return { check: 'arith.percent-of', result: r, operands: [p, w], computed: mul(fraction(p), intervalOf(w)), formula: `${p.text} × ${w.text}`, certainty: 'explicit', lang: view.lang };
}

/** Whole, the part's amount, then its share. */
function shareFromAmount(view: SentenceView, w: Quantity, r: Quantity, p: Quantity): RelationOutcome | undefined {
  if (view.lang !== 'en' || !amount(w) || !amount(r) || !isShare(p) || !sameDimension(w, r) || r.value >= w.value) return undefined;
  if (!PART_AFTER_EN.test(gapBetween(view, w, r)) || !SHARE_AFTER_PART_EN.test(gapBetween(view, r, p)) || !OF_THE_WHOLE_EN.test(textAfter(view, p, 20))) return undefined;
  const share = div(intervalOf(r), intervalOf(w));
  const percent = p.kind === 'percent';
  return {
    check: percent ? 'arith.percent-of' : 'arith.ratio',
    result: p,
    operands: [r, w],
    computed: percent ? scale(share, 100) : share,
    formula: `${r.text} ÷ ${w.text}`,
    certainty: 'explicit',
    lang: view.lang,
    noFix: !percent,
  };
}

export const ofWhich: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let k = 0; k + 2 < qs.length; k++) {
    const [a, b, c] = [qs[k], qs[k + 1], qs[k + 2]];
    const found = amountFromShare(view, a, b, c) ?? shareFromAmount(view, a, b, c);
    if (found) out.push(found);
  }
  return out;
};
