/**
 * Arithmetic checks: relations between the draft's own numbers (checking-model §2), no fact base needed
 * except for unit prices, exchange rates, the words-per-token rule and the recorded* modules, where a
 * fact stands in for an operand the block does not write (ARCHITECTURE.md, Decisions). Each relation
 * lives in its own module and is listed here, most specific first.
 *
 * Every module reports the relations it reads, consistent or not. A stated number that some reading
 * explains is never flagged by another, looser reading: precision comes first. Otherwise the first
 * module's finding for a number wins.
 */
import type { Claim, Finding, Quantity, Span } from '../../model';
import type { FactBase } from '../../facts/index';
import { proseText, quantitiesIn, type DocumentModel } from '../../document/documentModel';
import { t, type Locale } from '../../i18n/messages';
import { factFinding } from '../facts/findings';
import { judgeClaim } from '../facts/judge';
import { intersects, isBounded } from '../intervals';
import { quotedOriginal } from '../../bind/retractedFigure';
import { sameDimension } from './operands';
import { corroboratedResults } from './corroboratedResult';
import { ambiguousGrowth } from './ambiguousGrowth';
import { anaphora } from './anaphora';
import { average } from './average';
import { annualized } from './annualized';
import { complements } from './complements';
import { currency } from './currency';
import { conversionPastFigure } from './conversionPastFigure';
import { equations } from './equations';
import { growth } from './growth';
import { earlierBaseMultiple } from './earlierBaseMultiple';
import { impliedBase } from './impliedBase';
import { settle, type RelationOutcome } from './outcome';
import { multiplied } from './multiplied';
import { multipleOfMeasure } from './multipleOfMeasure';
import { multipleOfNamed } from './multipleOfNamed';
import { multipleOfTotal } from './multipleOfTotal';
import { asManyMultiple } from './asManyMultiple';
import { namedPairMultiple } from './namedPairMultiple';
import { priceToSales } from './priceToSales';
import { earlierValuationMultiple } from './earlierValuationMultiple';
import { tableGroupTotal } from './tableGroupTotal';
import { namedRatios } from './named';
import { namedBaselines } from './namedBaseline';
import { namedMargin } from './namedMargin';
import { pace } from './pace';
import { pairTotal } from './pairTotal';
import { partsAfterTotal } from './partsAfterTotal';
import { percentOf } from './percentOf';
import { ofWhich } from './ofWhich';
import { outputOverInput } from './outputOverInput';
import { percentAbove } from './percentAbove';
import { versusRate } from './versusRate';
import { multipleAsRate } from './multipleAsRate';
import { perPlace } from './perPlace';
import { paragraphChange } from './paragraphChange';
import { pointedRateAside } from './pointedRateAside';
import { periodDifference } from './periodDifference';
import { periodPair } from './periodPair';
import { rangeMidpoint } from './rangeMidpoint';
import { ratios } from './ratios';
import { recordedLevel } from './recordedLevel';
import { recordedMargin } from './recordedMargin';
import { recordedStakes } from './recordedStakes';
import { recordedWhole } from './recordedWhole';
import { references } from './references';
import { restated } from './restated';
import type { RelationDetector } from './relation';
import { shareOfBoundWhole } from './shareOfBoundWhole';
import { shareOfGrowth } from './shareOfGrowth';
import { shareOfTotal } from './shareOfTotal';
import { labelledWhole } from './labelledWhole';
import { shareOfWritten } from './shareOfWritten';
import { bareShareZh } from './bareShareZh';
import { partOfCountShare } from './partOfCountShare';
import { stakes } from './stakes';
import { stakeValuation } from './stakeValuation';
import { statedGap } from './statedGap';
import { sums } from './sums';
import { tableAbove, type TableAbove } from './tableAbove';
import { tableOutcomes, withTableOutcomes } from './tableRelations';
import { tokenPrice } from './tokenPrice';
import { unitPrice } from './unitPrice';
import { seatRunRate } from './seatRunRate';
import { dailyAnnualized } from './dailyAnnualized';
import { paybackMultiple } from './paybackMultiple';
import { writtenMargin } from './writtenMargin';
import { yearPairRate } from './yearPairRate';
import { priceOverCost } from './priceOverCost';
import { roundValuations } from './roundValuations';
import { earlierInParagraph, previousInParagraph, sentenceViews } from './view';

export interface ArithmeticInput {
  doc: DocumentModel;
  claims: Claim[];
  kb: FactBase;
  documentDate?: string;
  locale: Locale;
  /** The table just above the block, for the few relations that name its cells (tableAbove.ts). */
  above?: TableAbove;
}

export type RelationCheck = (input: ArithmeticInput) => Finding[];

/** In priority order: an explicit equation is the surest reading of its numbers, a sum the loosest. */
const RELATIONS: RelationDetector[] = [equations, shareOfGrowth, percentOf, ofWhich, shareOfWritten, bareShareZh, partOfCountShare, annualized, dailyAnnualized, pace, average, rangeMidpoint, tokenPrice, currency, conversionPastFigure, growth, earlierBaseMultiple, earlierValuationMultiple, impliedBase, periodPair, yearPairRate, periodDifference, paragraphChange, pointedRateAside, statedGap, complements, ambiguousGrowth, outputOverInput, ratios, percentAbove, versusRate, multipleAsRate, perPlace, references, namedRatios, shareOfBoundWhole, shareOfTotal, labelledWhole, multipleOfNamed, namedPairMultiple, multipleOfTotal, asManyMultiple, multipleOfMeasure, priceToSales, namedBaselines, anaphora, restated, stakes, stakeValuation, roundValuations, recordedStakes, recordedWhole, writtenMargin, namedMargin, priceOverCost, recordedMargin, recordedLevel, unitPrice, seatRunRate, paybackMultiple, multiplied, sums, pairTotal, partsAfterTotal, tableAbove, tableGroupTotal];

export const runArithmetic: RelationCheck = (input) => {
  const findings: Finding[] = [];
  const suspect = suspectOperands(input);
  const confirmed = confirmedResults(input);
  // A result the record supports with all its operands but one is not blamed either (corroboratedResult.ts).
  const corroborated = corroboratedResults(input.claims, (c) => judgeClaim(c, input.kb, { documentDate: input.documentDate, sentenceText: proseText(input.doc, c.sentence), sentenceQuantities: quantitiesIn(input.doc, c.sentence) }));
  for (const outcomes of outcomesBySentence(input)) findings.push(...resolve(outcomes, input.locale, suspect, (o) => confirmed(o.result) || corroborated(o)));
  // A corrections entry's quoted original is withdrawn wording, its arithmetic included (bind/retractedFigure.ts).
  return findings.filter((f) => !quotedOriginal(input.doc.text, f));
};

/** Only a claim bound in its own sentence (entity, metric and period) is judged firmly enough to blame. */
function firmlyBound(c: Claim): boolean {
  const direct = (b?: { how: string }) => b !== undefined && (b.how === 'explicit' || b.how === 'sentence');
  return direct(c.entity) && direct(c.metric) && direct(c.period);
}

/** Fact verdicts that say a number is itself wrong, whatever it is used for. */
const WRONG_VALUE = new Set(['contradicted', 'wrong-scale', 'wrong-currency']);

/**
 * An operand the fact base already contradicts ("$130.5 million" for a $130.5 billion year) explains a
 * relation that does not hold: the fact finding points at the real mistake, so the relation's result is
 * not blamed for it (its finding drops to information). Only a doubt the fact check would itself warn
 * about counts: a contradiction it reports as information (a period that may belong to another figure of
 * the sentence) is too unsure to excuse a relation that does not hold.
 */
function suspectOperands(input: ArithmeticInput): (q: Span) => string | undefined {
  const byStart = new Map(input.claims.map((c) => [c.quantity.start, c]));
  const cache = new Map<number, string | undefined>();
  return (q) => {
    if (cache.has(q.start)) return cache.get(q.start);
    const claim = byStart.get(q.start);
    let wrong: string | undefined;
    try {
      const judgement = claim && firmlyBound(claim) ? judgeClaim(claim, input.kb, { documentDate: input.documentDate, sentenceText: proseText(input.doc, claim.sentence), sentenceQuantities: quantitiesIn(input.doc, claim.sentence) }) : undefined;
      const doubt = judgement && WRONG_VALUE.has(judgement.verdict) ? factFinding(claim!, judgement, input.kb, input.locale) : undefined;
      wrong = doubt && doubt.severity !== 'information' ? judgement!.verdict : undefined;
    } catch {
      wrong = undefined;
    }
    cache.set(q.start, wrong);
    return wrong;
  };
}

/**
 * "英伟达股价下跌17%，从142.62美元跌至约108美元": the 17% is the day's recorded fall, so when the relation does
 * not hold, the mistake is in an operand (the close was about $118.5), not in the figure the relation
 * underlines. A stated result that the fact check supports, firmly bound and decided by trusted facts only
 * (none of low confidence or from memory), is not blamed: its finding drops to information and names the
 * operands as the figures to check.
 */
function confirmedResults(input: ArithmeticInput): (q: Span) => boolean {
  const byStart = new Map(input.claims.map((c) => [c.quantity.start, c]));
  const cache = new Map<number, boolean>();
  return (q) => {
    const hit = cache.get(q.start);
    if (hit !== undefined) return hit;
    const claim = byStart.get(q.start);
    let ok = false;
    try {
      const judgement = claim && firmlyBound(claim) ? judgeClaim(claim, input.kb, { documentDate: input.documentDate, sentenceText: proseText(input.doc, claim.sentence), sentenceQuantities: quantitiesIn(input.doc, claim.sentence) }) : undefined;
      ok = judgement?.verdict === 'supported' && judgement.deciding.length > 0 && judgement.deciding.every((f) => f.confidence !== 'low' && !f.fromMemory);
    } catch {
      ok = false;
    }
    cache.set(q.start, ok);
    return ok;
  };
}

/**
 * An operand in the wrong currency ("1830亿元" for a dollar valuation) explains a relation only when its
 * digits, read in the other amount's currency, make the relation hold. When they do not, the relation is
 * wrong on its own: its finding stands, computed on the digits as written.
 */
function stillWrongInOneCurrency(o: RelationOutcome, operand: Quantity, locale: Locale): Finding | undefined {
  if (!o.sameCurrency) return undefined;
  const other = o.operands.find((q) => q !== operand && q.currency && q.currency !== operand.currency) ?? o.result;
  const again = settle({ ...o, computed: o.sameCurrency.interval, formula: o.sameCurrency.formula, notes: [], facts: [] }, locale);
  if (again.consistent || !again.finding || again.finding.severity === 'information') return undefined;
  const note = t(locale, 'arith.operand-currency', { operand: operand.text, currency: other.currency ?? '' });
  return { ...again.finding, fixes: [], computation: [...(again.finding.computation ?? []), note] };
}

/** Every relation read in the document, with whether it holds: for hovers ("arithmetic checks out") and tests. */
export interface ReadRelation {
  check: string;
  result: Span;
  text: string;
  operands: Span[];
  consistent: boolean;
  computation: string;
}

export function readRelations(input: ArithmeticInput): ReadRelation[] {
  const out: ReadRelation[] = [];
  for (const outcomes of outcomesBySentence(input)) {
    for (const o of outcomes) {
      const { consistent } = settle(o, input.locale);
      out.push({
        check: o.check,
        result: { start: o.result.start, end: o.result.end },
        text: o.result.text,
        operands: o.operands.map((q) => ({ start: q.start, end: q.end })),
        consistent,
        computation: o.formula,
      });
    }
  }
  return out;
}

/** Powers of ten a scale word is mistaken by: M/B, 万/亿, 亿/万亿 (a slipped digit could be the result's too). */
const SCALE_SLIPS = [1e3, 1e-3, 1e4, 1e-4, 1e8, 1e-8];

/**
 * "$130.5 million, up 114% on $60.9 billion": the rate is right once one amount is read at the scale of
 * its sibling. When rescaling one operand whose scale word differs from a like operand's explains the
 * mismatch, that operand is the mistake, not the stated result.
 */
function offScaleOperand(o: RelationOutcome): Quantity | undefined {
  const stated = { low: o.result.low, high: o.result.high };
  // An open result ("more than ten times") is met by almost any rescaling: no conclusion.
  if (!o.recompute || !isBounded(stated)) return undefined;
  for (let i = 0; i < o.operands.length; i++) {
    const q = o.operands[i];
    const sibling = o.operands.some((p, j) => j !== i && sameDimension(p, q) && p.style.scaleWord !== q.style.scaleWord);
    if (!sibling) continue;
    for (const k of SCALE_SLIPS) {
      const scaled = { ...q, value: q.value * k, low: q.low === null ? null : q.low * k, high: q.high === null ? null : q.high * k };
      const ops = o.operands.map((p, j) => (j === i ? scaled : p));
      if (intersects(o.recompute(ops), stated)) return q;
    }
  }
  return undefined;
}

function blameOperand(f: Finding, why: string): Finding {
  return { ...f, severity: 'information', fixes: [], computation: [...(f.computation ?? []), why] };
}

function outcomesBySentence(input: ArithmeticInput): RelationOutcome[][] {
  const { doc, claims, kb, documentDate, locale, above } = input;
  const views = sentenceViews(doc, claims);
  const bySentence = views.map((view, at) => {
    const ctx = { kb, documentDate, locale, above, previous: previousInParagraph(doc, views, at), earlier: earlierInParagraph(doc, views, at) };
    const outcomes: RelationOutcome[] = [];
    for (const detect of RELATIONS) {
      try {
        // An outcome must name the stated number it judges; a half-read one is dropped, not trusted.
        // (A loop, not filter and spread: most relations find nothing in most sentences, and the two
        // arrays made per relation and sentence were a measurable share of the arithmetic's garbage.)
        // (Indexed, not for-of: the call site sees every relation's array, and the iterator cost showed.)
        const found = detect(view, ctx);
        for (let k = 0; k < found.length; k++) {
          const o = found[k];
          if (o && o.result && typeof o.result.start === 'number') outcomes.push(o);
        }
      } catch {
        // A relation module must never take the analysis down; a sentence it cannot read yields nothing.
      }
    }
    return outcomes;
  });
  return withTableOutcomes(bySentence, views, tableOutcomes(doc, locale, documentDate));
}

/** One finding per stated number at most, and none for a number some reading finds consistent. */
function resolve(outcomes: RelationOutcome[], locale: Locale, suspect: (q: Span) => string | undefined, confirmed: (o: RelationOutcome) => boolean): Finding[] {
  const explained = new Set<string>();
  const flagged = new Map<string, Finding>();
  const notes: Finding[] = [];
  for (const o of outcomes) {
    const key = `${o.result.start}:${o.result.end}`;
    const { consistent, finding } = settle(o, locale);
    if (consistent) explained.add(key);
    else if (finding && o.ready) notes.push(finding);
    else if (finding && !flagged.has(key)) {
      const serious = finding.severity !== 'information';
      const contradicted = serious ? o.operands.find((q) => suspect(q) !== undefined) : undefined;
      const offScale = serious && !contradicted ? offScaleOperand(o) : undefined;
      const onItsOwn = contradicted && suspect(contradicted) === 'wrong-currency' ? stillWrongInOneCurrency(o, contradicted, locale) : undefined;
      if (onItsOwn) flagged.set(key, onItsOwn);
      else if (contradicted) flagged.set(key, blameOperand(finding, t(locale, 'arith.operand-suspect', { operand: contradicted.text })));
      else if (offScale) flagged.set(key, blameOperand(finding, t(locale, 'arith.operand-scale', { operand: offScale.text })));
      else if (serious && confirmed(o)) flagged.set(key, blameOperand(finding, t(locale, 'arith.result-confirmed', { result: o.result.text, operands: o.operands.map((q) => q.text).join(locale === 'zh-cn' ? '、' : ', ') })));
      else flagged.set(key, finding);
    }
  }
  const out = [...flagged].filter(([key]) => !explained.has(key)).map(([, f]) => f);
  for (const n of notes) if (!flagged.has(`${n.start}:${n.end}`)) out.push(n);
  return out;
}
