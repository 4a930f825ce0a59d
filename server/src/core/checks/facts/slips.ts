/**
 * Unmistakable slips found without a bound metric: a thousandfold, 万 for 亿, a swapped currency.
 * Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import { isBareNumber } from './verdicts/unreadScale';
import type { Claim, Fact } from '../../model';
import type { FactBase } from '../../facts/index';
import { factInterval, intersects, quantityInterval, scale } from '../intervals';
import { periodRelation, within } from './periodMatch';
import type { Judgement, JudgeContext } from './judgement';
import { CURRENCY_UNITS, pointMatches, matchesLoosely } from './factMatch';
import { firstFigureCredited } from './claimSentence';
import { isKnownPublisher, attributionMatches } from './publishers';
import { factsAbout, knownBy, reportedOnOrBefore } from './factLookup';
import { narrowedFacts, unitKey } from './narrowedFacts';
import { keepsWrittenDigits } from './writtenDigits';

/** The named publisher stands behind a figure of the claim's entity, in any period, that the value matches. */
function publisherReportsElsewhen(claim: Claim, kb: FactBase, attribution: string, sameUnit: (f: Fact) => boolean): boolean {
  return !!claim.entity && factsAbout(kb, claim.entity.value).some((f) => sameUnit(f) && matchesLoosely(claim, f) && attributionMatches(f, attribution, kb));
}

/**
 * A hedged figure ("约62亿欧元") whose written value is exactly a figure of the same metric and period
 * in another currency ($6.2B), and not the figure it is hedged around (€5.8B): a currency slip.
 */
export function hedgedCurrencySlip(claim: Claim, supporting: Fact[], ofMetric: Fact[], inPeriod: (f: Fact) => boolean): Judgement | undefined {
  const q = claim.quantity;
  if (q.kind !== 'money' || !q.hedge || supporting.length === 0) return undefined;
  const at = (f: Fact) => pointMatches(q.value, f);
  if (supporting.some(at)) return undefined;
  // The other currency's figure itself must be a value the wording allows: "接近60亿欧元" (nearly, so at most
  // €6B) is no slip for ~$6.2B, whose tolerance alone reaches the written 60.
  const allowed = (f: Fact) => f.value === undefined || q.low === null || q.high === null || (q.low <= f.value && f.value <= q.high);
  const swapped = ofMetric.filter((f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && inPeriod(f) && at(f) && allowed(f));
  return swapped.length > 0 ? { verdict: 'wrong-currency', deciding: swapped, related: supporting } : undefined;
}

/** Relative half-width of a figure written precisely enough that a match after a slip is no coincidence. */
const PRECISE = 0.015;

/** The wording pins the value to a percent or so ("$4.1 million", "557.6万元"; not "$4 million", "$1.2 billion"). */
export function precise(q: Claim['quantity']): boolean {
  if (q.low === null || q.high === null || q.value === 0 || q.bound !== 'exact') return false;
  return (q.high - q.low) / 2 / Math.abs(q.value) <= PRECISE;
}

/**
 * A figure whose metric is not bound (or is one the fact base has nothing for) can still be an
 * unmistakable slip: written precisely, it equals one of its entity's figures for the period after a
 * thousandfold (M for B, 万 for 亿... in either direction) or after swapping the currency, and equals
 * none of them as written. Anything less is left unverifiable.
 */
export function metricFreeSlip(claim: Claim, kb: FactBase, context: JudgeContext): Judgement | undefined {
  const q = claim.quantity;
  if (!claim.entity || !precise(q) || !(q.kind === 'money' || q.kind === 'count' || q.kind === 'number')) return undefined;
  const period = claim.period?.how === 'document' ? undefined : claim.period?.value;
  const date = context.documentDate;
  const sameUnit = (f: Fact) => (q.kind === 'money' ? f.unit === q.currency : f.unit === 'count');
  // Every use of the candidates below asks for the claim's unit or (for money) another currency: a fact
  // of any other unit is passed over before its period is weighed, the dearest test here.
  const usable = (f: Fact) => sameUnit(f) || (q.kind === 'money' && CURRENCY_UNITS.has(f.unit));
  // The tests on the fact alone are run once per entity and unit (narrowedFacts.ts); the period's per claim.
  const tight = narrowedFacts(factsAbout(kb, claim.entity.value), unitKey('metric-free-slip', q.kind, q.currency, undefined), (f) => {
    if (!usable(f)) return false;
    // Only figures stated as one value (or a tight range): an open or wide range matches too much.
    const fi = factInterval(f);
    if (!fi || fi.low === null || fi.high === null || f.fromMemory) return false;
    return !(fi.high - fi.low > 0.05 * Math.abs(fi.high));
  });
  const candidates = tight.filter((f) => {
    const kind = kb.metrics.get(f.metric)?.periodKind ?? 'duration';
    return period ? periodRelation(period, f.period, kind) === 'same' : date !== undefined && knownBy(f, date);
  });
  // As written it matches something: then it is a figure we simply did not bind, not a slip; but the
  // credit the draft gives it can still be checked.
  const asWritten = candidates.filter((f) => sameUnit(f) && matchesLoosely(claim, f));
  if (asWritten.length > 0) {
    const attribution = claim.attribution?.value;
    // The named publisher's own figure of the entity at another time is not misplaced credit either.
    const credited = attribution && !asWritten.some((f) => attributionMatches(f, attribution, kb)) && !publisherReportsElsewhen(claim, kb, attribution, sameUnit);
    if (credited && isKnownPublisher(attribution, kb) && asWritten.every((f) => (f.reportedBy ?? []).length > 0) && firstFigureCredited(claim, context.sentenceText)) {
      return { verdict: 'misattributed', deciding: asWritten, related: [] };
    }
    return undefined;
  }
  if (q.kind === 'money') {
    const swapped = candidates.filter((f) => CURRENCY_UNITS.has(f.unit) && f.unit !== q.currency && matchesLoosely(claim, f));
    if (swapped.length > 0) return { verdict: 'wrong-currency', deciding: swapped, related: [] };
  }
  // A bare number off by a thousand or more is a unit the reader did not take in (unreadScale.ts), not a slip.
  if (isBareNumber(q)) return undefined;
  for (const factor of [1000, 0.001, 1e4, 1e-4]) {
    const scaled = candidates.filter((f) => {
      const fi = factInterval(f);
      return sameUnit(f) && fi !== null && intersects(scale(quantityInterval(q), factor), fi) && keepsWrittenDigits(claim, f, factor);
    });
    if (scaled.length > 0) return { verdict: 'wrong-scale', deciding: scaled, related: [], scaleFactor: factor };
  }
  return undefined;
}

/**
 * Which of its company's figures a slip found by digits alone (swappedCurrency.ts, movedDigits.ts) may
 * have miswritten: one on record by the draft's date (a plan or projection once a source reported it,
 * before its span ends), and, when the figure's own sentence writes a period, a figure of that period
 * (another year's figure in another currency or scale is no slip of this one).
 */
export function couldBeMiswritten(claim: Claim, context: JudgeContext): (f: Fact) => boolean {
  const date = context.documentDate;
  const period = claim.period && (claim.period.how === 'explicit' || claim.period.how === 'sentence') ? claim.period.value : undefined;
  return (f) =>
    (date === undefined || knownBy(f, date) || reportedOnOrBefore(f, date)) &&
    (!period || periodRelation(period, f.period) === 'same' || within(f.period, period));
}
