/**
 * Annualized / run-rate amounts against the period amounts they restate: ×12 from a month, ×4 from a
 * quarter, and back ("a $2B run-rate, or $167M a month"; "年化收入16亿美元，即每月约1.33亿美元").
 *
 * Two adjacent amounts of the same currency relate when each carries a cadence (a month, a year,
 * annualized, 每月, 年化…) and the words between them are only a restatement cue (i.e., or, means, 即,
 * 就是指…). Anything else between them ("while", "up from", "and") means different periods: no relation.
 */
import type { Quantity } from '../../model';
import { scale } from '../intervals';
import {
  CADENCE_AFTER_EN,
  CADENCE_AFTER_ZH,
  CADENCE_BEFORE_EN,
  CADENCE_BEFORE_ZH,
  CLAUSE_BREAK,
  PER_PERSON_EN,
  PER_YEAR,
  RESTATE_EN,
  RESTATE_ZH,
  carriesCue,
  onlyWords,
  type Cadence,
} from './cues';
import { checkable, perCadence } from './operands';
import { WHOLE_YEAR } from './compatibleOperands';
import { oneHedgeOperand } from './roundedHedge';
import type { RelationOutcome } from './outcome';
import type { RelationDetector } from './relation';
import { gapBetween, MAX_GAP, textAfter, textBefore, type SentenceView } from './view';

export interface CadenceMark {
  cadence: Cadence;
  /** Characters of the text after the amount that state the cadence ("a month"). */
  after: number;
  /** Characters of the text before the amount that state it ("annualized revenue of"). */
  before: number;
}

/** Time phrases that may sit between the two amounts without changing what they describe. */
const AVERAGE_EN = 'an average of|on average|averaging';
const FILLER_EN = 'a|an|the|revenue|sales|(?:in|for|during|over|by) (?:the |that |this )?(?:\\d{4}|month|year|quarter|[A-Z][a-z]+)(?: \\d{4})?|per (?:user|seat|subscriber|customer|head)|per [a-z]+';
const FILLER_ZH = '(?:\\d{4}年)?(?:\\d{1,2}月)?';
const RESTATEMENT_EN = onlyWords('en', RESTATE_EN, AVERAGE_EN, FILLER_EN);
const RESTATEMENT_ZH = onlyWords('zh', RESTATE_ZH, FILLER_ZH);

const CADENCE_AFTER = [...CADENCE_AFTER_EN, ...CADENCE_AFTER_ZH];
const CADENCE_BEFORE = [...CADENCE_BEFORE_EN, ...CADENCE_BEFORE_ZH];

/** A 每 / "per" in the amount's own clause: the denominator the recogniser read is written there. */
const OWN_DENOMINATOR = /(?:每|\bper\b|\b(?:a|an|each|every)\s+(?:month|year|quarter|week|day)\b)[^，,、;；:：]*$/i;

/**
 * "每月约4.5亿美元，一年约45亿美元": the recogniser shares the first amount's 每月 with a coordinated one
 * (recognize/sharedPer.ts), but a cadence written right before the second amount ("一年", "annualized"),
 * with no 每/per of its own clause, is that amount's own: it outranks the shared denominator.
 */
function ownDenominatorInClause(before: string): boolean {
  return OWN_DENOMINATOR.test(before);
}

/**
 * "a year ago", "a month before the launch": the cadence words date the amount instead. "before discounts",
 * "after tax" name a deduction, not a time: the amount is still a yearly one.
 */
const TIME_AFTER = /^\s*(?:ago|earlier|later|(?:before|after)(?!\s+(?:discounts?|tax(?:es)?|fees|costs|expenses|rebates|incentives|credits|interest)\b))\b/i;

export function cadenceOf(view: SentenceView, q: Quantity): CadenceMark | undefined {
  // The recogniser may already have read "a month" / "每月" into `per`; the words are still outside the
  // span, so they are matched here too, to be skipped when reading the gap between two amounts.
  const own = perCadence(q);
  const after = textAfter(view, q, 48, true);
  for (const [re, cadence] of CADENCE_AFTER) {
    const m = re.exec(after);
    if (m && !TIME_AFTER.test(after.slice(m[0].length)) && (!own || own === cadence)) {
      return { cadence, after: m[0].length, before: 0 };
    }
  }
  const before = textBefore(view, q, 48);
  for (const [re, cadence] of CADENCE_BEFORE) {
    const m = re.exec(before);
    if (m && (!own || own === cadence || !ownDenominatorInClause(before))) return { cadence, after: 0, before: m[0].length };
  }
  return own ? { cadence: own, after: 0, before: 0 } : undefined;
}

const EACH_PERSON = /^\s*(?:each|apiece)\b/i;

const FILLER_WORDS = new RegExp(`\\b(?:${FILLER_EN})\\b|${FILLER_ZH}`, 'gi');

function isRestatement(middle: string): boolean {
  return middle.length <= MAX_GAP && (RESTATEMENT_EN.test(middle) || RESTATEMENT_ZH.test(middle)) && carriesCue(middle, FILLER_WORDS);
}

function factorText(factor: number): string {
  return factor >= 1 ? `× ${round(factor)}` : `÷ ${round(1 / factor)}`;
}

function round(n: number): string {
  return Number(n.toPrecision(4)).toString();
}

/** "Pro每月200美元，Pro一年的费用是…": the same name before both amounts, nothing else between them. */
const SAME_NAME_ZH = /^[，,、]\s*([A-Za-z][\w.+-]{0,15}|[\u4e00-\u9fff]{2,6})\s*$/;

function namedAgain(view: SentenceView, op: Quantity, co: CadenceMark, middle: string): boolean {
  const m = SAME_NAME_ZH.exec(middle);
  if (!m) return false;
  const before = textBefore(view, op, 24);
  const name = before.slice(0, before.length - co.before).trimEnd();
  return name.endsWith(m[1]);
}

/**
 * "2025年计划合计约3250亿美元，增长约46%，相当于每天花掉约15亿美元": a period amount restated a clause later,
 * past a growth rate; the operand's period may be a calendar year named before it.
 */
const LATER_CUE = /[，,]\s*(?:相当于|即|也就是说?|折合|平均(?:下来)?|which is|which works out to|i\.e\.,?|that is|or)\s*(?:每|a |per )?/i;
const NAMED_YEAR_ZH = /(?:19|20)\d{2}\s*年(?:全年)?[^，,。；;\d上下季月前后]{0,10}$/;
const NAMED_YEAR_EN = /\b(?:19|20)\d{2}\s+(?:capex|capital spending|revenue|sales|spending)\s+(?:of|was|is|came to|reached)?\s*(?:about|around|roughly|nearly)?\s*$/i;

function namedYear(view: SentenceView, op: Quantity): CadenceMark | undefined {
  const before = textBefore(view, op, 30);
  return NAMED_YEAR_ZH.test(before) || NAMED_YEAR_EN.test(before) ? { cadence: 'year', after: 0, before: 0 } : undefined;
}

function laterRestatements(view: SentenceView, out: RelationOutcome[]): void {
  const qs = view.quantities;
  for (let j = 2; j < qs.length; j++) {
    const result = qs[j];
    if (result.kind !== 'money' || !result.currency || !checkable(result)) continue;
    const cr = cadenceOf(view, result);
    if (!cr || cr.cadence === 'year') continue;
    let i = j - 1;
    while (i >= 0 && (qs[i].kind === 'percent' || qs[i].kind === 'points' || qs[i].kind === 'multiple')) i--;
    if (i < 0 || i === j - 1) continue;
    const op = qs[i];
    if (op.kind !== 'money' || op.currency !== result.currency || !checkable(op)) continue;
    const gap = gapBetween(view, op, result);
    if (gap.length > 60 || CLAUSE_BREAK.test(gap)) continue;
    const tail = gapBetween(view, qs[j - 1], result);
    if (!LATER_CUE.test(tail.slice(0, Math.max(0, tail.length - cr.before)))) continue;
    const co = cadenceOf(view, op) ?? namedYear(view, op);
    if (!co || co.cadence === cr.cadence) continue;
    out.push({ ...restated(view, op, result, co.cadence, cr.cadence, 'probable'), noFix: true });
  }
}

/** The outcome "result is op at another cadence": op scaled by the ratio of the cadences. */
function restated(view: SentenceView, op: Quantity, result: Quantity, from: Cadence, to: Cadence, certainty: RelationOutcome['certainty']): RelationOutcome {
  const factor = PER_YEAR[from] / PER_YEAR[to];
  // A denominator shared from the other amount ("每月…，一年约45亿美元") is not the result's: show the value without it.
  const shared = perCadence(result) !== undefined && perCadence(result) !== to;
  return {
    ...(shared ? { valueLike: { ...result, per: undefined, unit: undefined } } : {}),
    check: 'arith.annualized',
    result,
    operands: [op],
    computed: scale(oneHedgeOperand(op, result), factor),
    formula: `${op.text} ${factorText(factor)}`,
    certainty,
    lang: view.lang,
  };
}

/**
 * "2024年第四季度营收76.6亿美元，全年营收258亿美元", "Q4 revenue was $7.7 billion; full-year revenue, $25.8
 * billion": a named quarter or month and the whole year set side by side are a part and its year, both
 * reported, not a rate restated. Only a restatement word between them ("即", "相当于", "i.e.") makes the
 * year's figure the quarter's × 4; a bare comma does not.
 */
const NAMED_SLOT_BEFORE = /(?:第[一二三四1-4]|[一二三四]|[上下本]半?|前[一二三]|Q[1-4])\s*(?:财季|季度|季)(?:的)?(?:收入|营收|销售额)?\s*(?:为|是|达|达到|约|约为)*\s*$|\b(?:first|second|third|fourth|final|last|december|march|june|september)[- ](?:fiscal )?quarter(?:'s)?\s+(?:revenue|sales)?\s*(?:of|was|at|came to)?\s*$|\bQ[1-4](?:\s*(?:FY)?\s*\d{2,4})?\s+(?:revenue|sales)\s*(?:of|was|at|came to)?\s*$/i;

function partAndWholeYear(view: SentenceView, op: Quantity, result: Quantity, co: CadenceMark, cr: CadenceMark, middle: string): boolean {
  if (co.cadence !== 'quarter' && co.cadence !== 'month') return false;
  if (cr.cadence !== 'year') return false;
  const beforeResult = textBefore(view, result, 24);
  const beforeOp = textBefore(view, op, 30);
  if (!WHOLE_YEAR.test(beforeResult.slice(Math.max(0, beforeResult.length - Math.max(cr.before, 12))))) return false;
  if (!NAMED_SLOT_BEFORE.test(beforeOp)) return false;
  // A bare comma is no restatement here; a word of one ("即", "i.e.") still is (cues.ts carriesCue).
  return !carriesCue(middle, FILLER_WORDS, false);
}

/** Beyond this many times the restated amount, the other figure is no restatement of it but a total. */
const AGGREGATE_RATIO = 100;

/**
 * "假设其中5%付费、每月20美元，一年就是60亿美元", "if 5% of 500 million users pay $20 a month, that is $6
 * billion a year": a head count or a share written before the yearly figure multiplies the per-head price,
 * so a figure a hundred times beyond the price at the other cadence is that population's total, not the
 * price restated (its own arithmetic spans sentences this check does not read).
 */
function totalOfHeads(view: SentenceView, op: Quantity, result: Quantity, factor: number): boolean {
  const ratio = Math.abs(result.value) / Math.abs(op.value * factor);
  if (!(ratio >= AGGREGATE_RATIO || ratio <= 1 / AGGREGATE_RATIO)) return false;
  return view.quantities.some((q) => q.start < result.start && q !== op && (q.kind === 'count' || q.kind === 'percent'));
}

export const annualized: RelationDetector = (view) => {
  const out: RelationOutcome[] = [];
  laterRestatements(view, out);
  const qs = view.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const op = qs[i];
    const result = qs[i + 1];
    if (op.kind !== 'money' || result.kind !== 'money' || !op.currency || op.currency !== result.currency) continue;
    if (!checkable(op) || !checkable(result)) continue;
    const gap = gapBetween(view, op, result);
    if (gap.length > MAX_GAP + 60 || CLAUSE_BREAK.test(gap)) continue;
    const co = cadenceOf(view, op);
    const cr = co && cadenceOf(view, result);
    if (!co || !cr || co.cadence === cr.cadence) continue;
    // "$200 a month each, which is $2,400 per seat per year": "each" is the person the restatement prices too.
    const perPerson = PER_PERSON_EN.test(textAfter(view, result, 20));
    const middle = gap.slice(co.after, Math.max(co.after, gap.length - cr.before)).replace(perPerson ? EACH_PERSON : /$^/, '');
    if (co.after + cr.before > gap.length) continue;
    const again = !isRestatement(middle) && namedAgain(view, op, co, middle);
    if (!again && !isRestatement(middle)) continue;
    if (partAndWholeYear(view, op, result, co, cr, middle)) continue;
    if (totalOfHeads(view, op, result, PER_YEAR[co.cadence] / PER_YEAR[cr.cadence])) continue;
    out.push(restated(view, op, result, co.cadence, cr.cadence, again ? 'probable' : 'explicit'));
  }
  return out;
};
