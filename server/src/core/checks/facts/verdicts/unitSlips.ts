/**
 * Step 3 of the verdict order: the value matches after swapping the currency (元 for 美元) or a power of
 * ten (亿 for 万, M for B).
 */
import type { Judgement, JudgeContext } from '../judgement';
import type { Fact, Quantity } from '../../../model';
import type { JudgeScope } from './scope';
import type { FactBase } from '../../../facts/index';
import { anotherMeasureAsWritten } from '../otherMeasureAsWritten';
import { CURRENCY_UNITS, claimIntervalFor, matches, meetsFigure, pointMatches } from '../factMatch';
import { precise } from '../slips';
import { knownBy, newestOf } from '../factLookup';
import { INEQUALITY } from './wrongPeriod';
import { restatesOpenBound } from './boundScale';
import { periodBorrowed } from '../borrowedPeriod';
import { namesPeriodByItsEnd } from '../monthNamesQuarter';
import { STANDING_METRICS } from './contradicted';
import { pricesInForce } from './otherPriceInForce';
import { keepsWrittenDigits } from '../writtenDigits';
import { onRecordUnplaced, unplaced } from './unplacedFigure';

export function wrongCurrencyVerdict(s: JudgeScope, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, ofMetric, relation } = s;
  const { documentDate } = context;
  // Judged against same-period facts only (or, for a figure written to three significant digits, the
  // facts known by the document's date: "297.6亿元" for $29.76B is no coincidence). A hedged undated
  // figure ("谷歌支付约27亿元" for $2.7B) counts when the number as written is the other currency's
  // figure itself.
  const known = (f: Fact) => !documentDate || knownBy(f, documentDate);
  // A figure stated as of the document's date ("目前这一轮融资6亿美元") is the newest on record: when the
  // number as written is exactly that figure in another currency (€600M), it is no coincidence either.
  const current = q.kind === 'money' && s.asOfDocument && documentDate ? newestOf(ofMetric.filter(known)) : undefined;
  // A list price holds from the day it was set (priceInForce.ts): an undated one is the price in force
  // by the document's date, so its number written in another currency ("Claude 3.5 Haiku 0.8元" for
  // $0.80) is that price, not a coincidence. Only the price in force: an older price is another time's.
  const inForce = q.kind === 'money' && !period && STANDING_METRICS.has(s.metric) && documentDate ? pricesInForce(ofMetric.filter((f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency), documentDate) : [];
  if (q.kind !== 'money' || !(period || precise(q) || q.hedge || current || inForce.length > 0)) return undefined;
  // A period only borrowed from an earlier sentence, or from another statement of this one, is a guess:
  // a precise figure is judged as if undated ("…较2022年翻了几番。全年收入3.12亿美元" for 3.12亿元 of
  // 2024; borrowedPeriod.ts).
  const guessed = period !== undefined && periodBorrowed(claim, context.sentenceText, context.sentenceQuantities) && precise(q) && !s.comparable.some((f) => known(f) && matches(claim, f));
  // A precise figure dated by a month that closes a fact's span ("截至2025年9月" for the four quarters
  // to September) names that span (monthNamesQuarter.ts): the same figure in another currency.
  const closedBy = (f: Fact) => period !== undefined && precise(q) && namesPeriodByItsEnd(period, f);
  const otherCurrency = ofMetric.filter(
    (f) =>
      CURRENCY_UNITS.has(f.unit) &&
      f.unit !== q.currency &&
      ((period && relation(period, f) === 'same') || closedBy(f) || ((!period || guessed) && known(f)) || inForce.includes(f)),
  );
  // A floor or ceiling in the other currency ("over €75B") is met by almost anything: no slip
  // (meetsFigure), unless the claim restates that very bound ("超过100亿美元" for over 100亿元).
  const swapped = otherCurrency.filter((f) =>
    period || precise(q) ? meetsFigure(claimIntervalFor(claim, f), f) || restatesOpenBound(q, f) : pointMatches(q.value, f) && (q.hedge || f.period.end === current?.period.end || inForce.includes(f)),
  );
  return swapped.length > 0 ? { verdict: 'wrong-currency', deciding: swapped, related: [] } : undefined;
}

/** A scale word of Chinese (万, 亿, 万亿): only there do 万 and 亿 stand a factor of 10,000 apart. */
const ZH_SCALE_WORD = /[万亿]/;

/**
 * The factors a writer can slip by in the units written. Without a stated period only the unmistakable
 * slips count (M for B, K for M, per thousand for per million: 1,000; 万 for 亿: 10,000, only when a
 * Chinese scale word is written): a factor of 10 between two figures of different years is common and
 * means nothing. With one, a misplaced decimal point (10, 100) counts too. A percentage has no scale
 * word to slip: only its decimal point (0.12% for 12%), and only with a stated period.
 */
function slipFactors(q: Quantity, dated: boolean): number[] {
  const decimal = dated ? [10, 0.1, 100, 0.01] : [];
  if (q.kind === 'percent') return decimal;
  return [...decimal, 1000, 0.001, ...(ZH_SCALE_WORD.test(q.style.scaleWord) ? [1e4, 1e-4] : [])];
}

export function wrongScaleVerdict(s: JudgeScope, kb?: FactBase): Judgement | undefined {
  const { claim, q, period, samePeriod, contained } = s;
  // A dated event inside the claim's period ("valued at $4 million" in 2023, for the $4B round of June
  // 2023) counts for the unmistakable slips only, like an undated claim.
  const scaleFacts = samePeriod.length > 0 ? samePeriod : contained;
  if (scaleFacts.length === 0) return undefined;
  // A figure its sentence does not date, on record as written at another time, is no slip (unplacedFigure.ts).
  if (onRecordUnplaced(s)) return unplaced();
  for (const factor of slipFactors(q, period !== undefined && samePeriod.length > 0)) {
    // Only a figure that is a number can be off by a factor: an inequality ("超过6.5亿", "under $5B")
    // scaled by ten still reaches almost anything on its open side; so does any figure against a fact
    // that is only a floor or a ceiling ("over $75 billion"), which meetsFigure leaves out unless the figure is the bound's own.
    // And a slip keeps the written digits (writtenDigits.ts): a hedged source's tolerance is no slip's.
    const scaled = scaleFacts.filter((f) => !INEQUALITY.has(q.bound) && meetsFigure(claimIntervalFor(claim, f), f, factor) && keepsWrittenDigits(claim, f, factor));
    if (scaled.length === 0) continue;
    // The number as written is another measure's figure of the subject for the period: no slip (otherMeasureAsWritten.ts).
    if (kb && anotherMeasureAsWritten(s, kb)) return undefined;
    return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
  }
  return undefined;
}

