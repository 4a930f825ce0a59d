/**
 * A multiple of a measure the sentence names and figures: "ARR went from $100 million to $200 million; at
 * $6.6 billion, that's about 33 times ARR", "valued at $6.6 billion, about 33x revenue", "trades at 33x
 * revenue of $200 million". The multiple is the amount before it (pointed at by "that's", "or", a comma)
 * divided by the measure's figure.
 *
 * The measure's figures are the like amounts of this sentence written after the measure's name in their
 * own clause ("ARR went from $100 million to $200 million": both), or the one written right after "<name>
 * of"; each is a reading, and a multiple some reading explains is not flagged (index.ts). A name no amount
 * of the sentence follows reads nothing (the figure may be another sentence's or the fact base's). The
 * names are loose, so the reading is probable (a warning at most) and offers no fix.
 */
import type { Quantity } from '../../model';
import { relativeGap } from '../intervals';
import { HEDGE_EN } from './cues';
import { isAmount } from './named';
import { checkable, intervalOf, sameDimension } from './operands';
import { writtenRatio, type RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { clauseOf, gapBetween, textAfter, type SentenceView } from './view';

/** "at $6.6 billion, that's about", "$6.6 billion, or roughly", "$6.6 billion, about". */
const POINTER_EN = new RegExp(`^\\s*(?:valuation\\s*)?,?\\s*(?:(?:that['’]s|that is|which is|it['’]s|it is|or|i\\.e\\.,?)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
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
  const nameRe = new RegExp(`\\b${name.replace(/[-\s]+/g, '[-\\s]+')}\\b`, 'i');
  return view.quantities.filter((q) => {
    if (q === subject || q.end > subject.start || !isAmount(q) || !sameDimension(q, subject)) return false;
    const clause = clauseOf(view, q);
    const head = view.text.slice(clause.start - view.span.start, q.start - view.span.start);
    return nameRe.test(head);
  });
}

export const multipleOfMeasure: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  if (view.lang !== 'en') return out;
  const qs = view.quantities;
  for (let i = 1; i < qs.length; i++) {
    const m = qs[i];
    const subject = qs[i - 1];
    if (!isMultiple(m) || !isAmount(subject) || subject.kind !== 'money' || subject.per) continue;
    if (!POINTER_EN.test(gapBetween(view, subject, m))) continue;
    const after = TIMES_NAME_EN.exec(textAfter(view, m, 40, true));
    if (!after) continue;
    const bases = figuresOf(view, after[1], m, subject, !!after[2]);
    if (bases.length === 0 || bases.length > 4) continue;
    const readings: RelationOutcome[] = bases.map((b) => writtenRatio(view.lang, m, subject, b, 'probable'));
    // The closest reading first: when none fits, the finding shows the one the writer most likely meant.
    readings.sort((x, y) => relativeGap(x.computed, intervalOf(m)) - relativeGap(y.computed, intervalOf(m)));
    out.push(...readings);
  }
  return out;
};
