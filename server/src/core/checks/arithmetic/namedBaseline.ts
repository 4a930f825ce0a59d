/**
 * A change measured from an amount named rather than repeated: "首日收盘131.5港元，较发行价上涨约15%"
 * (发行价 written earlier: 116.2港元), "the shares closed at $48, 20% above the offer price". The rate is
 * the amount right before it over the named one, less one (or one less it, for a fall).
 *
 * The name is resolved as named.ts resolves a ratio's base (the amounts written right after the same
 * word, in this sentence or the earlier ones of its paragraph); the changed amount is the nearest one
 * before the rate in its sentence, of the same dimension. Names may be loose, so the reading is probable
 * (warning at most) and offers no fix; several readings protect the number if any of them gives it.
 */
import type { Quantity } from '../../model';
import { div, scale, shift, type Interval } from '../intervals';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { named } from './named';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { textAfter, textBefore, type SentenceView } from './view';

/** "较发行价上涨约", "比IPO价格下跌了": the name, then the direction. */
const FROM_NAME_ZH = new RegExp(`(?:较|比|相比|相较于?)([\\u4e00-\\u9fffA-Za-z]{2,8}?)(?:(上涨|上升|增长|升高|提高)|(下跌|下降|下滑|降低|回落))(?:了)?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "20% above the offer price", "2.5% below its IPO price". */
const FROM_NAME_EN = /^\s*(?:(above|higher than|over)|(below|lower than|under))\s+(?:the|its|their)\s+([a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?)\b/i;
/** Between the changed amount and the rate: a comma, then only the name and direction (zh) or a hedge (en). */
const AMOUNT_TO_RATE_ZH = new RegExp(`^\\s*[，,]\\s*(?:同比)?${FROM_NAME_ZH.source}`);
const AMOUNT_TO_RATE_EN = new RegExp(`^\\s*[，,]\\s*(?:${HEDGE_EN}\\s+)?$`, 'i');

interface Reading {
  name: string;
  up: boolean;
}

function readingOf(view: SentenceView, p: Quantity): Reading | undefined {
  if (view.lang === 'zh') {
    const m = FROM_NAME_ZH.exec(textBefore(view, p, 24));
    return m ? { name: m[1], up: m[2] !== undefined } : undefined;
  }
  const m = FROM_NAME_EN.exec(textAfter(view, p, 40));
  return m ? { name: m[3], up: m[1] !== undefined } : undefined;
}

/** The amount right before the rate: "131.5港元，较发行价上涨约15%" (zh) or "$48, 20% above…" (en). */
function changedAmount(view: SentenceView, p: Quantity): Quantity | undefined {
  const k = view.quantities.indexOf(p);
  const prev = view.quantities[k - 1];
  if (!prev || !checkable(prev)) return undefined;
  const gap = view.text.slice(prev.end - view.span.start, p.start - view.span.start);
  return (view.lang === 'zh' ? AMOUNT_TO_RATE_ZH : AMOUNT_TO_RATE_EN).test(gap) ? prev : undefined;
}

function rateOf(b: Quantity, a: Quantity, up: boolean): Interval {
  const pct = scale(div(intervalOf(b), intervalOf(a)), 100);
  return up ? shift(pct, -100) : { low: pct.high === null ? null : 100 - pct.high, high: pct.low === null ? null : 100 - pct.low };
}

export const namedBaselines: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const p of view.quantities) {
    if (p.kind !== 'percent' || !checkable(p)) continue;
    const reading = readingOf(view, p);
    if (!reading) continue;
    const b = changedAmount(view, p);
    if (!b) continue;
    const bases = named(view, ctx, reading.name, b).filter((a) => a !== b && sameDimension(a, b));
    if (bases.length === 0 || bases.length > 3) continue;
    for (const a of bases) {
      out.push({
        check: 'arith.growth',
        result: p,
        operands: [a, b],
        computed: rateOf(b, a, reading.up),
        formula: reading.up ? `(${b.text} ÷ ${a.text} − 1) × 100%` : `(1 − ${b.text} ÷ ${a.text}) × 100%`,
        certainty: 'probable',
        lang: view.lang,
        noFix: true,
      });
    }
  }
  return out;
};
