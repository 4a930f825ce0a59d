/**
 * A multiple of a measure the sentence names and figures: "ARR went from $100 million to $200 million; at
 * $6.6 billion, that's about 33 times ARR", "valued at $6.6 billion, about 33x revenue", "trades at 33x
 * revenue of $200 million". The multiple is the amount before it (pointed at by "that's", "or", a comma)
 * divided by the measure's figure.
 *
 * The measure's figures are the like amounts of this sentence written after the measure's name in their
 * own clause ("ARR went from $100 million to $200 million": both), or the one written right after "<name>
 * of"; each is a reading, and a multiple some reading explains is not flagged (index.ts). A name no amount
 * of the sentence follows reads the sentence before's figures named so, the same way ("annualized revenue of
 * $35 million. On that basis a $5 billion price is about 14 times revenue."), and nothing further back (the
 * figure may be another paragraph's or the fact base's). The names are loose, so the reading is probable (a
 * warning at most) and offers no fix.
 */
import type { Quantity } from '../../model';
import { relativeGap } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { isAmount } from './named';
import { checkable, intervalOf, sameDimension } from './operands';
import { writtenRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationContext, type RelationDetector } from './relation';
import { clauseOf, gapBetween, textAfter, textBefore, type SentenceView } from './view';

/**
 * "at $6.6 billion, that's about", "$6.6 billion, or roughly", "$6.6 billion, about", "a $5 billion price is
 * about" (the amount's own noun, a price or value, then a copula).
 */
const POINTER_EN = new RegExp(
  `^\\s*(?:valuation\\s*)?,?\\s*(?:(?:that['’]s|that is|which is|it['’]s|it is|or|i\\.e\\.,?|(?:price|valuation|value|market value|market cap)\\s+(?:is|was|would be))\\s+)?(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** "times ARR", "x revenue", "times its annual revenue", "times revenue of". */
const TIMES_NAME_EN = /^\s*(?:times|x|×)?\s*(?:its\s+|the\s+|their\s+)?((?:annual(?:ized)?\s+|trailing\s+|forward\s+|recurring\s+)?(?:ARR|revenue|sales|earnings|run[- ]rate|bookings|gross profit|net income|EBITDA))\b(\s+of\s+)?/i;

function isMultiple(m: Quantity): boolean {
  return m.kind === 'multiple' && checkable(m) && !/^(?:doubl|tripl|quadrupl)/i.test(m.text);
}

/** Like amounts of the sentence whose clause names the measure before them, or the one right after "<name> of". */
function figuresOf(view: SentenceView, name: string, m: Quantity, subject: Quantity, ofAfter: boolean): Quantity[] {
  if (ofAfter) {
    const next = view.quantities[view.quantities.indexOf(m) + 1];
    return next && isAmount(next) && sameDimension(next, subject) && /^\s*(?:times\s+|x\s+)?\S.*?\bof\s+(?:about\s+|roughly\s+)?$/i.test(gapBetween(view, m, next)) ? [next] : [];
  }
  return namedFigures(view, name, subject, (q) => q !== subject && q.end <= subject.start);
}

/** Like amounts of `view` (those `where` admits) whose own clause names the measure before them. */
function namedFigures(view: SentenceView, name: string, subject: Quantity, where: (q: Quantity) => boolean): Quantity[] {
  const nameRe = new RegExp(`\\b${name.replace(/[-\s]+/g, '[-\\s]+')}\\b`, 'i');
  return view.quantities.filter((q) => {
    if (!where(q) || !isAmount(q) || !sameDimension(q, subject)) return false;
    const clause = clauseOf(view, q);
    const head = view.text.slice(clause.start - view.span.start, q.start - view.span.start);
    return nameRe.test(head);
  });
}

/**
 * "对应估值约为年化收入的50倍", "4万亿美元的市值约为营收的31倍": the value measure, a copula, the base measure, 的,
 * then the multiple. Both measures are named, so each side's figures are the like amounts named so.
 */
const VALUE_OF_MEASURE_ZH = new RegExp(`(估值|市值)\\s*(?:约为|约是|大约是|大约为|是|为|相当于)\\s*(?:${HEDGE_ZH})?\\s*(年化收入|年化营收|营收|收入|销售额|净利润)的\\s*(?:${HEDGE_ZH})?\\s*$`);

/** Like money amounts of `view` before `limit`. */
function likeAmountsZh(view: SentenceView, like: Quantity, limit: number): Quantity[] {
  return view.quantities.filter((q) => q.end <= limit && isAmount(q) && q.kind === 'money' && !q.per && sameDimension(q, like));
}

/** Those named by `name`: right after it ("年化收入约为8.75亿美元", "投后估值615亿美元") or followed by "的<name>". */
function namedFiguresZh(view: SentenceView, name: string, like: Quantity, limit: number): Quantity[] {
  const right = new RegExp(`${name}(?:[^，,。；;\\d]{0,4})$`);
  return likeAmountsZh(view, like, limit).filter((q) => right.test(textBefore(view, q, 12)) || textAfter(view, q, 6).startsWith(`的${name}`));
}

/**
 * The Chinese form: every value figure over every base figure is a reading; the figures are this sentence's
 * before the multiple, or, for a side it figures nothing for, the sentence before's ("投后估值615亿美元…。
 * 公司年初的年化收入约为8.75亿美元，对应估值约为年化收入的50倍"). Probable, no fix.
 */
function multiplesZh(view: SentenceView, ctx: RelationContext): RelationOutcome[] {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (!isMultiple(m)) continue;
    const named = VALUE_OF_MEASURE_ZH.exec(textBefore(view, m, 30));
    const like = named && view.quantities.find((q) => q.end <= m.start && isAmount(q) && q.kind === 'money');
    if (!named || !like) continue;
    const before = sentenceBefore(ctx);
    const ownValues = namedFiguresZh(view, named[1], like, m.start);
    const ownBases = namedFiguresZh(view, named[2], like, m.start).filter((b) => !ownValues.includes(b));
    // A side this sentence figures nothing for is the sentence before's, only when every amount here is the
    // other side's: an unnamed one ("突破1万亿美元时") may be the missing figure itself.
    const allNamed = likeAmountsZh(view, like, m.start).every((q) => ownValues.includes(q) || ownBases.includes(q));
    const fromBefore = (name: string) => (before && allNamed ? namedFiguresZh(before, name, like, before.span.end) : []);
    const values = ownValues.length > 0 ? ownValues : fromBefore(named[1]);
    const bases = ownBases.length > 0 ? ownBases : fromBefore(named[2]).filter((b) => !values.includes(b));
    if (values.length === 0 || bases.length === 0 || values.length * bases.length > 4) continue;
    const readings = values.flatMap((v) => bases.map((b) => writtenRatio(view.lang, m, v, b, 'probable')));
    readings.sort((x, y) => relativeGap(x.computed, intervalOf(m)) - relativeGap(y.computed, intervalOf(m)));
    out.push(...readings);
  }
  return out;
}

export const multipleOfMeasure: RelationDetector = (view, ctx) => {
  if (view.lang === 'zh') return multiplesZh(view, ctx);
  const out: RelationOutcome[] = [];
  const qs = view.quantities;
  for (let i = 1; i < qs.length; i++) {
    const m = qs[i];
    const subject = qs[i - 1];
    if (!isMultiple(m) || !isAmount(subject) || subject.kind !== 'money' || subject.per) continue;
    if (!POINTER_EN.test(gapBetween(view, subject, m))) continue;
    const after = TIMES_NAME_EN.exec(textAfter(view, m, 40, true));
    if (!after) continue;
    let bases = figuresOf(view, after[1], m, subject, !!after[2]);
    // "…annualized revenue of $35 million. On that basis a $5 billion price is about 14 times revenue.": a
    // sentence that figures no revenue of its own multiplies the sentence before's.
    const before = bases.length === 0 && !after[2] ? sentenceBefore(ctx) : undefined;
    if (before) bases = namedFigures(before, after[1], subject, () => true);
    if (bases.length === 0 || bases.length > 4) continue;
    const readings: RelationOutcome[] = bases.map((b) => writtenRatio(view.lang, m, subject, b, 'probable'));
    // The closest reading first: when none fits, the finding shows the one the writer most likely meant.
    readings.sort((x, y) => relativeGap(x.computed, intervalOf(m)) - relativeGap(y.computed, intervalOf(m)));
    out.push(...readings);
  }
  return out;
};
