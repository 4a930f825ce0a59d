/**
 * "增长了两倍" / "比…多两倍": strictly ×3 (the increase is twice the base), colloquially ×2. Tally never
 * calls either reading wrong; it notes the ambiguity (information), says which reading the figures fit
 * when both values are stated, and reports a growth mismatch (warning) only when neither reading fits.
 * "翻倍", "翻了一番", "增长到两倍", "是…的两倍" are unambiguous and are not reported here.
 */
import type { Finding, Quantity } from '../../model';
import { t } from '../../i18n/messages';
import { div, intersects, shift, type Interval } from '../intervals';
import { HEDGE_ZH } from './cues';
import { changeBefore, changesIn } from './growthPatterns';
import { writeInterval } from './format';
import { checkable, intervalOf, sameDimension } from './operands';
import type { RelationOutcome } from './outcome';
import type { RelationContext, RelationDetector } from './relation';
import { gapBetween, textBefore, type SentenceView } from './view';

/**
 * "增长了", "增加了", "上涨了" right before the multiple, with or without 了 ("两年增长约4.5倍" is as
 * ambiguous as "增长了4.5倍"); a hedge does not change the wording ("增长了约20倍"). A bare 涨 ("估值涨了约1.5倍",
 * "暴涨了3倍") is the same verb as 上涨. "增长到/增至/涨到" name the new level and do not match.
 */
export const GREW_BY = new RegExp(`(?:增长|增加|上涨|涨|提高|提升|上升|扩大|猛增|增)了?\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "比B多", "比B高了" right before the multiple (B being the previous quantity). */
const MORE_THAN = /^[^，,。；;\d]{0,8}?(?:多|高|大|增加了|增长了|多了|高了)\s*$/;
const COMPARED = /比[^，,。；;\d]{0,8}$/;
/** "比去年多两倍" with the values left unstated. */
const MORE_THAN_WORDS = /比[^，,。；;\d]{1,12}?(?:多|高)(?:了|出)?\s*$/;

export function isAmbiguousMultiple(view: SentenceView, m: Quantity): boolean {
  // "增长了一倍" can only mean ×2; from 1.5 up the two readings differ.
  if (m.kind !== 'multiple' || m.value <= 1 || /[翻番]/.test(m.text)) return false;
  const before = textBefore(view, m, 16);
  if (GREW_BY.test(before) || MORE_THAN_WORDS.test(before)) return true;
  const k = view.quantities.indexOf(m);
  const prev = view.quantities[k - 1];
  const prevprev = view.quantities[k - 2];
  return !!prev && !!prevprev && MORE_THAN.test(gapBetween(view, prev, m)) && COMPARED.test(gapBetween(view, prevprev, prev));
}

/** The two values the wording compares: "从A增长到B，增长了两倍" or "A比B多两倍". */
function operands(view: SentenceView, m: Quantity): { old: Quantity; new: Quantity } | undefined {
  const k = view.quantities.indexOf(m);
  const prev = view.quantities[k - 1];
  const prevprev = view.quantities[k - 2];
  if (prev && prevprev && MORE_THAN.test(gapBetween(view, prev, m)) && COMPARED.test(gapBetween(view, prevprev, prev))) {
    return sameDimension(prev, prevprev) && checkable(prev) && checkable(prevprev) ? { old: prev, new: prevprev } : undefined;
  }
  const c = changeBefore(view, m, changesIn(view));
  return c ? { old: c.old, new: c.new } : undefined;
}

export const ambiguousGrowth: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (!checkable(m) || !isAmbiguousMultiple(view, m)) continue;
    const pair = operands(view, m);
    const loose = intervalOf(m);
    const strict = shift(loose, 1);
    if (!pair) {
      out.push(note(view, m, ctx, undefined, ''));
      continue;
    }
    const ratio = div(intervalOf(pair.new), intervalOf(pair.old));
    const fitsLoose = intersects(ratio, loose);
    const fitsStrict = intersects(ratio, strict);
    const formula = `${pair.new.text} ÷ ${pair.old.text}`;
    if (!fitsLoose && !fitsStrict) {
      // Wrong under both readings: a plain growth mismatch, but which number to write is unclear.
      out.push({ check: 'arith.growth', result: m, operands: [pair.old, pair.new], computed: ratio, formula, certainty: 'probable', lang: view.lang, noFix: true });
      continue;
    }
    const reading = fitsLoose && fitsStrict ? '' : fitsLoose ? fmt(m.value) : fmt(m.value + 1);
    out.push(note(view, m, ctx, { formula, ratio, operands: [pair.old, pair.new] }, reading));
  }
  return out;
};

function fmt(n: number): string {
  return Number(n.toPrecision(3)).toString();
}

function note(
  view: SentenceView,
  m: Quantity,
  ctx: RelationContext,
  computation: { formula: string; ratio: Interval; operands: Quantity[] } | undefined,
  reading: string,
): RelationOutcome {
  const wording = view.text.slice(Math.max(0, m.start - view.span.start - 3), m.end - view.span.start).replace(/^[^增加上提扩猛比多高大]*/, '');
  const fits = reading ? t(ctx.locale, 'arith.ambiguous-fits', { reading }) : '';
  const finding: Finding = {
    check: 'arith.ambiguous-growth',
    severity: 'information',
    message: t(ctx.locale, 'arith.ambiguous-growth', { claim: `“${m.text}”`, wording: wording || m.text, loose: fmt(m.value), strict: fmt(m.value + 1), fits }),
    start: m.start,
    end: m.end,
    text: m.text,
    evidence: [],
    fixes: [],
    computation: computation ? [`${computation.formula} = ${writeInterval(computation.ratio, m, view.lang)}`] : undefined,
    related: computation?.operands.map((q) => ({ start: q.start, end: q.end })),
  };
  return {
    check: 'arith.ambiguous-growth',
    result: m,
    operands: computation?.operands ?? [],
    computed: { low: null, high: null },
    formula: computation?.formula ?? m.text,
    certainty: 'weak',
    lang: view.lang,
    ready: finding,
  };
}
