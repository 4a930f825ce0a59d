/**
 * What a relation module reports (a stated result, its operands and the interval they give), and how
 * that becomes a finding: consistent when the intervals meet (checking-model §1–2), otherwise a finding
 * whose severity is earned by how certain the relation is and how large the gap.
 */
import type { Fact, Finding, Fix, Lang, Quantity, Severity } from '../../model';
import { t, type Locale, type MessageKey } from '../../i18n/messages';
import { formatLike, recognize } from '../../recognize/index';
import { evidenceOf } from '../facts/findings';
import { MATERIAL_GAP } from '../facts/judgement';
import { capSeverity, checkInfo } from '../registry';
import { div, intersects, isBounded, midpoint, relativeGap, relativeWidth, scale, type Interval } from '../intervals';
import { writeDeviation, writeInterval, writeValue } from './format';
import { computedResultInterval, hedgedInterval } from './roundedHedge';
import { intervalOf } from './operands';
import { shownReplacement, shownText } from '../../recognize/shownText';

export type ArithCheck =
  | 'arith.annualized'
  | 'arith.percent-of'
  | 'arith.sum'
  | 'arith.growth'
  | 'arith.ambiguous-growth'
  | 'arith.ratio'
  | 'arith.unit-price'
  | 'arith.token-price'
  | 'arith.currency'
  | 'arith.equation'
  | 'arith.product';

/**
 * How sure we are that the numbers are related as the module read them:
 * explicit — a cue word ties them ("i.e.", "即", "=", "分别是", "up … from … to"), all in one clause;
 * probable — the reading is the natural one but a cue is missing or weak;
 * weak — only worth a hover-level note.
 */
export type Certainty = 'explicit' | 'probable' | 'weak';

export interface RelationOutcome {
  check: ArithCheck;
  /** The stated number the relation derives (the one a finding underlines). */
  result: Quantity;
  operands: Quantity[];
  /** What the operands give, in the result's own unit. */
  computed: Interval;
  /** The left-hand side as the draft wrote it: "3% × $24.3B", "16亿美元 ÷ 12". */
  formula: string;
  certainty: Certainty;
  lang: Lang;
  /** Lines shown before the result line (the exchange rate or rule of thumb used). */
  notes?: string[];
  /** Facts the computation used (unit prices, exchange rates, words per token). */
  facts?: Fact[];
  /** Set when another reading of the operands exists: the finding stands, but no fix is offered. */
  noFix?: boolean;
  /** A message other than the check's default one, e.g. the unit-price range message. */
  message?: { key: MessageKey; params: Record<string, string> };
  /** For results outside a range rather than off a value (unit prices): compare with this instead. */
  compareWith?: Interval;
  /** The quantity whose unit `computed` is in, when not the result's (an implied price for a count). */
  valueLike?: Quantity;
  /**
   * The computation as a function of the operands, for relations between like amounts (growth, sums,
   * ratios): lets index.ts see whether one operand written at the wrong scale explains the mismatch.
   */
  recompute?: (operands: Quantity[]) => Interval;
  /**
   * For relations across currencies: the computation with every amount's digits read in one currency,
   * used when the fact base says an operand's currency is the mistake (index.ts).
   */
  sameCurrency?: { interval: Interval; formula: string };
  /**
   * Percentages near 100 that say how much is gone ("降幅超过99.9%"): how far off they are is measured on
   * what is left (0.35% against under 0.1%), not on the rate itself.
   */
  gapOnRemainder?: boolean;
  /** A finding made by the module itself (notes such as ambiguous wording): reported as is. */
  ready?: Finding;
  /**
   * The result is a total of the parts the text lists (sums.ts, pairTotal.ts, tableTotals.ts): a total
   * above them may count a part the text left out, so it keeps the fact check's margin (`materialGap`).
   */
  partsListed?: boolean;
  /**
   * The result is the writer's own computation from exactly written operands (a conversion at a rate
   * written to three or more digits): a hedge on it admits rounding at its last digit, not ±10%
   * (`roundedHedge.computedResultInterval`).
   */
  computedByWriter?: boolean;
}

export interface Settled {
  consistent: boolean;
  finding?: Finding;
}

/** Below this relative gap a mismatch is rounding noise, not worth even a note. */
const NOISE_GAP = 0.005;
/** A fix is offered only when the computation pins the value this tightly. */
const FIX_WIDTH = 0.25;
/** ... and applied by "fix all" only when tighter still. */
const CERTAIN_WIDTH = 0.04;

function remainder(i: Interval): Interval {
  return { low: i.high === null ? null : 100 - i.high, high: i.low === null ? null : 100 - i.low };
}

/**
 * How far beyond the stated interval a mismatch must lie to be more than a note. The fact check's margin
 * (checking-model §1) stands for rounding nobody wrote down; a hedge ("about", 约, 左右) is that allowance
 * written out (±10%, or the written precision: roundedHedge.ts), so a hedged result outside its own
 * interval is off by more than its writer allowed, and no margin is added on top ("约15%" for 13.2%,
 * "about $10.6 billion" for $9.8 billion). Two exceptions keep the margin: a total above the parts it
 * lists may count parts the sentence left out ("$1 billion in 2019 and $10 billion in 2023, about $13
 * billion in all"), and an unhedged result, whose interval is only its last digit's rounding. A
 * result derived from named operands (a pre-money valuation, a range's midpoint) has no part to leave out.
 * Nor does a conversion at a rate written to three or more digits ("按7.2993折算，为394亿美元"), hedged or not.
 */
function materialGap(o: RelationOutcome, stated: Interval): number {
  if (o.compareWith) return MATERIAL_GAP;
  // A conversion at a precise written rate leaves no rounding unwritten: the writer's arithmetic is all.
  if (o.computedByWriter) return 0;
  if (o.result.bound !== 'approx') return MATERIAL_GAP;
  const aboveParts = o.partsListed === true && o.computed.high !== null && stated.low !== null && stated.low > o.computed.high;
  return aboveParts ? MATERIAL_GAP : 0;
}

/** The interval the result's own writing allows, which the computation must meet. */
export function resultInterval(o: Pick<RelationOutcome, 'compareWith' | 'computedByWriter' | 'result'>): Interval {
  return o.compareWith ?? (o.computedByWriter ? computedResultInterval(o.result) : hedgedInterval(o.result));
}

export function settle(o: RelationOutcome, locale: Locale): Settled {
  if (o.ready) return { consistent: false, finding: o.ready };
  const stated: Interval = resultInterval(o);
  if (o.computed.low === null && o.computed.high === null) return { consistent: true };
  if (intersects(o.computed, stated)) return { consistent: true };
  const gap = o.gapOnRemainder ? relativeGap(remainder(o.computed), remainder(stated)) : relativeGap(o.computed, stated);
  if (!(gap >= NOISE_GAP)) return { consistent: true };

  const ceiling = checkInfo(o.check)?.defaultSeverity ?? 'warning';
  const earned: Severity = o.certainty === 'explicit' ? ceiling : o.certainty === 'probable' ? 'warning' : 'information';
  const severity = gap < materialGap(o, stated) ? 'information' : capSeverity(earned, ceiling);

  const mid = midpoint(o.computed);
  const like = o.valueLike ?? o.result;
  const expected = mid === null ? '' : writeValue(mid, like, o.lang);
  const lines = [...(o.notes ?? [])];
  lines.push(`${o.formula} = ${expected} ${writeInterval(o.computed, like, o.lang)}`);
  if (!o.compareWith) lines.push(t(locale, 'arith.draft-says', { stated: shownText(o.result), diff: writeDeviation(o.result.value, o.computed) }));

  const params = { claim: `“${shownText(o.result)}”`, formula: o.formula, expected, ...(o.message?.params ?? {}) };
  const key: MessageKey = o.message?.key ?? (o.check as MessageKey);
  return {
    consistent: false,
    finding: {
      check: o.check,
      severity,
      message: t(locale, key, params),
      start: o.result.start,
      end: o.result.end,
      text: o.result.text,
      verdict: 'inconsistent',
      evidence: (o.facts ?? []).map((f) => evidenceOf(f, locale)),
      fixes: fixesFor(o, mid, severity, locale),
      computation: lines,
      related: o.operands.map((q) => ({ start: q.start, end: q.end })),
    },
  };
}

/**
 * The replacement, read back as the recogniser would, must itself be consistent (no "2.66×" → "3 times").
 * This recognises a text the draft does not hold (the fix's own wording), so no quantity of the block
 * stage can stand in for it.
 */
function readsBackInside(newText: string, o: RelationOutcome): boolean {
  try {
    const [q] = recognize(newText, { lang: o.lang });
    return !!q && intersects({ low: q.low, high: q.high }, o.computed);
  } catch {
    return false;
  }
}

function fixesFor(o: RelationOutcome, mid: number | null, severity: Severity, locale: Locale): Fix[] {
  if (o.noFix || o.compareWith || mid === null || !isBounded(o.computed)) return [];
  const width = relativeWidth(o.computed);
  if (width > FIX_WIDTH) return [];
  let newText: string;
  try {
    newText = formatLike(o.result, mid);
  } catch {
    return [];
  }
  if (!newText || newText === o.result.text || !readsBackInside(newText, o)) return [];
  return [
    {
      title: t(locale, 'fix.arith', { old: shownText(o.result), new: shownReplacement(o.result, newText) }),
      edits: [{ start: o.result.start, end: o.result.end, newText }],
      certain: severity === 'error' && width <= CERTAIN_WIDTH,
    },
  ];
}

/** A ratio of two written amounts at their written precision; a fix only when a cue ties them (explicit). */
export function writtenRatio(lang: Lang, result: Quantity, a: Quantity, b: Quantity, certainty: Certainty): RelationOutcome {
  return {
    check: 'arith.ratio',
    result,
    operands: [a, b],
    computed: div(intervalOf(a), intervalOf(b)),
    formula: `${a.text} ÷ ${b.text}`,
    certainty,
    lang,
    noFix: certainty !== 'explicit',
  };
}

/** A percentage one written amount is of another (part ÷ whole × 100), like writtenRatio: a fix only when explicit. */
export function writtenShare(lang: Lang, result: Quantity, part: Quantity, whole: Quantity, certainty: Certainty): RelationOutcome {
  return {
    check: 'arith.percent-of',
    result,
    operands: [part, whole],
    computed: scale(div(intervalOf(part), intervalOf(whole)), 100),
    formula: `${part.text} ÷ ${whole.text}`,
    certainty,
    lang,
    noFix: certainty !== 'explicit',
  };
}

/**
 * A share (percentage or fraction) of a whole found by elimination or by a label, not by a cue tying the
 * two figures in one phrase: probable, no fix (shareOfTotal.ts, labelledWhole.ts).
 */
export function probableShare(lang: Lang, result: Quantity, part: Quantity, whole: Quantity): RelationOutcome {
  const r = div(intervalOf(part), intervalOf(whole));
  return {
    check: result.kind === 'percent' ? 'arith.percent-of' : 'arith.ratio',
    result,
    operands: [part, whole],
    computed: result.kind === 'percent' ? scale(r, 100) : r,
    formula: `${part.text} ÷ ${whole.text}`,
    certainty: 'probable',
    lang,
    noFix: true,
  };
}

/** A ratio of two amounts read from bindings or a pointer back, not a cue tying them: probable, no fix. */
export function probableRatio(lang: Lang, result: Quantity, subject: Quantity, base: Quantity): RelationOutcome {
  return {
    check: 'arith.ratio',
    result,
    operands: [subject, base],
    computed: div(hedgedInterval(subject), hedgedInterval(base)),
    formula: `${subject.text} ÷ ${base.text}`,
    certainty: 'probable',
    lang,
    noFix: true,
  };
}
