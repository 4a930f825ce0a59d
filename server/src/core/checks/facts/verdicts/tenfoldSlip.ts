/**
 * Step 3, for a claim that states no period: a slip by ten or a hundred told by its digits.
 *
 * Without a period, wrongScaleVerdict takes only M for B and 万 for 亿: a factor of ten between two
 * figures of different moments is common. But a figure written to three or more significant digits
 * whose digits, moved by one or two places, are exactly those of a figure of its entity and metric on
 * record ("33.4亿元" a quarter for the 334亿元 reported, "$55.76 million" for $5.576 million) is no
 * coincidence, whenever it was meant: the decimal point slipped. So is one whose period was only
 * borrowed from another statement (borrowedPeriod.ts): it is judged against the figures known by the
 * document's date, as if undated ("…2023年约为32.8万亿韩元;营业利润2.347万亿韩元" for 23.47万亿 of 2024).
 */
import type { Claim, Fact } from '../../../model';
import type { Judgement, JudgeContext } from '../judgement';
import type { JudgeScope } from './scope';
import { CURRENCY_UNITS, matches } from '../factMatch';
import { periodInOwnClause } from '../claimSentence';
import { significantDigits } from '../metricMixups';
import { isInequality } from './wrongPeriod';
import { periodBorrowed } from '../borrowedPeriod';
import { knownBy, levelKnownBy } from '../factLookup';
import { factPeriodRelation } from '../periodMatch';

const TENFOLD = [10, 0.1, 100, 0.01];

/** Digits a match by digits needs, in the claim and in the fact: two digits agree too often. */
const MIN_DIGITS = 3;

export function undatedTenfoldVerdict(s: JudgeScope, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, comparable, periodKind } = s;
  const { documentDate } = context;
  const borrowed = period !== undefined && documentDate !== undefined && periodBorrowed(claim, context.sentenceText, context.sentenceQuantities);
  if ((period && !borrowed) || isInequality(q.bound) || q.style.numerals !== 'arabic' || q.per || significantDigits(q.value) < MIN_DIGITS) return undefined;
  // A value on record as written, for any period, is a figure we could not place, not a slip.
  if (comparable.some((f) => matches(claim, f))) return undefined;
  const known = (f: Fact) => documentDate !== undefined && (periodKind === 'instant' ? levelKnownBy : knownBy)(f, documentDate);
  const candidates = borrowed ? comparable.filter(known) : s.samePeriod;
  for (const factor of TENFOLD) {
    const slipped = candidates.filter((f) => sameDigits(claim, f, factor));
    if (slipped.length > 0) return { verdict: 'wrong-scale', deciding: slipped, related: [], scaleFactor: factor, periodInferred: true };
  }
  return undefined;
}

/** The fact, rounded to the claim's last written digit moved by `factor`, is the claim's number moved by it. */
function sameDigits(claim: Claim, f: Fact, factor: number): boolean {
  const q = claim.quantity;
  if (f.value === undefined || f.per || f.low !== undefined || f.high !== undefined || significantDigits(f.value) < MIN_DIGITS) return false;
  const halfUnit = 0.5 * 10 ** -q.style.decimals * q.style.scale * factor;
  return Math.abs(q.value * factor - f.value) <= halfUnit * (1 + 1e-9);
}

/** Slips told by digits alone: a decimal point moved one or two places, or M for B, 万 for 亿. */
const THOUSANDFOLD = [1000, 0.001, 1e4, 1e-4];
const DIGIT_SLIPS = [...TENFOLD, ...THOUSANDFOLD];

/**
 * A dated claim whose period has no figure of its entity and metric on record, written to three or more
 * significant digits that are, moved by a slip of scale or read in another currency, exactly those of one
 * figure of that entity and metric known by the document's date ("2024年2月22日…单日市值增加277亿美元" for
 * the $277 billion of that day, "营业利润23.47亿韩元" for 23.47万亿, "1724亿美元" for 1724亿元): the digits
 * decide, as for an undated claim, whatever period the sentence was read to give it. Asked last, when no
 * step of the verdict order decided the claim; never when a figure of its own is on record as written.
 */
export function datedDigitSlipVerdict(s: JudgeScope, context: JudgeContext): Judgement | undefined {
  const { claim, q, period, ofMetric, comparable, periodKind } = s;
  const { documentDate } = context;
  if (!period || documentDate === undefined || isInequality(q.bound) || q.style.numerals !== 'arabic' || q.per || significantDigits(q.value) < MIN_DIGITS) return undefined;
  if (q.kind !== 'money' && q.kind !== 'count' && q.kind !== 'number') return undefined;
  // The claim's period holds figures of its own: they decide it, not digits.
  if (s.samePeriod.length > 0 || s.contained.length > 0 || s.displaced.length > 0 || s.laterRevisions.length > 0) return undefined;
  // A figure on record as written, unit and all, is one we could not place, not a slip. A number on
  // record only in another currency ("1724亿美元" for 1724亿元) is the currency's slip, not a scale's.
  if (comparable.some((f) => matches(claim, f))) return undefined;
  const inOtherUnit = ofMetric.some((f) => matches(claim, f));
  // Unless the claim's period holds a figure of its own in another unit: "2022年收入为3.12亿美元" beside a
  // 2022 figure in yuan and a 2024 one of 3.12亿元 is judged by its year's figure (unjudged here), not
  // by another year's digits.
  if (inOtherUnit && ofMetric.some((f) => !matches(claim, f) && factPeriodRelation(period, f, periodKind) === 'same')) return undefined;
  const ownClause = periodInOwnClause(claim, context.sentenceText);
  const known = (f: Fact) => !f.fromMemory && (periodKind === 'instant' ? levelKnownBy : knownBy)(f, documentDate);
  const candidates = inOtherUnit ? [] : comparable.filter(known);
  // A year written in the figure's own clause decides against a tenfold move ("2023年营业利润2.347万亿韩元":
  // two years' figures a factor of ten apart are common); only M for B, 万 for 亿 overrule it.
  const factors = ownClause ? THOUSANDFOLD : DIGIT_SLIPS;
  for (const factor of factors) {
    const slipped = candidates.filter((f) => sameDigits(claim, f, factor));
    if (slipped.length > 0) return { verdict: 'wrong-scale', deciding: slipped, related: [], scaleFactor: factor, periodInferred: true };
  }
  if (q.kind !== 'money') return undefined;
  const swapped = ofMetric.filter((f) => known(f) && CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && sameDigits(claim, f, 1));
  return swapped.length > 0 ? { verdict: 'wrong-currency', deciding: swapped, related: [], periodInferred: true } : undefined;
}
