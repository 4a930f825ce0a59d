/**
 * What every step of the verdict order reads: the claim's facts, partitioned once by metric, unit and
 * period relation. Built by judge.ts, read by the steps in verdicts/; no step changes it.
 */
import type { Claim, Fact, Period, Quantity } from '../../../model';
import type { FactBase } from '../../../facts/index';
import type { JudgeContext } from '../judgement';
import { factPeriodRelation, within, type PeriodRelation } from '../periodMatch';
import { revisionsKnownBy } from '../guidance';
import { perFits, productFits, numeric, unitFits } from '../factMatch';
import { factsAbout, knownBy, levelKnownBy } from '../factLookup';
import { runningTotals, withoutCarriedTranche } from '../runningTotal';
import { customerShareFacts } from '../customerShare';
import { oppositeToWords } from '../changeDirection';
import { namedDealFacts } from '../namedDeal';
import { totalsForSum } from '../sumOfParts';

/**
 * "up from $1.3B", "比上一财年", "此前", "two years after it raised": the sentence compares with an earlier figure on purpose.
 * "last valued/priced at" is no comparison: it calls the figure the latest (bind/presentLevel.ts).
 */
export const COMPARISON_CUES = /\b(?:from|up from|down from|compared with|versus|vs\.?|previous|prior|earlier|before|last(?!\s+(?:valued|priced)\b)|(?:years?|months?|weeks?)\s+(?:after|later))\b|比|较|此前|之前|上一|上年|去年|同比|环比|从|由/i;

export interface JudgeScope {
  claim: Claim & { entity: NonNullable<Claim['entity']> };
  q: Quantity;
  entity: string;
  /** The bound metric, or the listed-company metric it stands for (listedValuation). */
  metric: string;
  periodKind: 'duration' | 'instant';
  /** The metric is an event that happens once (`oneOff` in metrics.yaml): a round, a deal, a one-day move. */
  oneOff: boolean;
  /** For a level that changes in steps, how long a figure stands after its date (`currentForDays`). */
  currentForDays?: number;
  relation: (p: Period, f: Fact) => PeriodRelation;
  /** Numeric facts of the entity and metric that fit the claim's product and "per" unit. */
  ofMetric: Fact[];
  /** ...and whose unit (currency, count unit) fits the claim's. */
  comparable: Fact[];
  /** "目前估值", "to date", "now": a level as of the document's date, judged like an undated claim. */
  asOfDocument: boolean;
  /** The claim's own period; undefined when it states none or is as of the document. */
  period?: Period;
  /** Comparable facts of the claim's period (undated: those known by the document's date). */
  samePeriod: Fact[];
  /** Same-period facts set aside for a same-day fact (a claim dated to the day). */
  displaced: Fact[];
  /** Dated events inside a longer claim period: may support the claim, never contradict it. */
  contained: Fact[];
  otherPeriod: Fact[];
  /**
   * Revisions of a guidance for the claim's own period given after the document's date: the draft could
   * not know them, and a later revision of a plan is not another period (laterRevision.ts).
   */
  laterRevisions: Fact[];
  /** The sentence compares two figures or moments on purpose. */
  compares: boolean;
}

export function judgeScope(claim: JudgeScope['claim'], kb: FactBase, context: JudgeContext, metric: string): JudgeScope {
  const { documentDate } = context;
  const q = claim.quantity;
  const entity = claim.entity.value;
  const { periodKind = 'duration', oneOff = false, currentForDays } = kb.metrics.get(metric) ?? {};
  const relation = memoisedRelation(periodKind);
  // A rise is never a fall's figure, nor the reverse (changeDirection.ts).
  const opposite = oppositeToWords(claim, context.sentenceText);
  const ofEvent = namedDealFacts(claim, [...factsAbout(kb, entity, metric), ...customerShareFacts(kb, claim, metric, context)], kb, context.sentenceText).filter(
    (f) => numeric(f) && productFits(claim, f) && perFits(claim, f) && !opposite(f, kb),
  );
  // The sum of the sentence's parts ("so €490 million between June and December") is no one round's (sumOfParts.ts).
  const ofMetric = totalsForSum(claim, oneOff, context.sentenceText, context.sentenceQuantities, ofEvent);
  // "…of $4 billion took the contract to $15.9 billion": the tranche's fact is not the total's (runningTotal.ts).
  const comparable = withoutCarriedTranche(claim, context.sentenceText, context.sentenceQuantities, ofMetric.filter((f) => unitFits(q.kind, q.currency, f, q.kind === 'number' ? q.unit : undefined)));
  const asOfDocument = claim.period?.how === 'document';
  const period = asOfDocument ? undefined : claim.period?.value;

  // Without a stated period, the facts known by the document's date stand in for "now".
  const ofPeriod = period ? comparable.filter((f) => relation(period, f) === 'same') : [];
  let samePeriod = period
    ? revisionsKnownBy(ofPeriod, documentDate)
    : runningTotals(claim, context.sentenceText, comparable.filter((f) => !documentDate || (periodKind === 'instant' ? levelKnownBy : knownBy)(f, documentDate)));
  // A claim dated to the day ("1月24日") is about the fact of that day, not one three days later that
  // the 15-day slack would also call the same period...
  let displaced: Fact[] = [];
  // ...unless the sentence compares two moments ("from 1 million on 24 January to 2.6 million by the
  // 27th"): then the day may be the other figure's.
  const compares = context.sentenceText !== undefined && COMPARISON_CUES.test(context.sentenceText);
  if (period && period.start === period.end && !compares) {
    const exact = samePeriod.filter((f) => f.period.start === period.start && f.period.end === period.end);
    if (exact.length > 0) {
      displaced = samePeriod.filter((f) => !exact.includes(f));
      samePeriod = exact;
    }
  }
  // A season or a rough part of a year ("this summer", 年初) holds a fact that overlaps it as one of its own.
  const approximate = claim.period?.approximate === true;
  // An event that happens once (a round, a deal) filed under the rough window it was reported in
  // ("mid-2025", May to July) happened on one day of that window: lying inside the claim's period, it is
  // one of that period's events, whatever its confidence, never another period's figure.
  const eventWithin = (f: Fact) => oneOff && within(f.period, period!);
  const contained = period ? comparable.filter((f) => relation(period, f) === 'contains' || (relation(period, f) === 'overlap' && (approximate || eventWithin(f)))) : [];
  const laterRevisions = ofPeriod.filter((f) => !samePeriod.includes(f) && !displaced.includes(f));
  const otherPeriod = comparable.filter((f) => !samePeriod.includes(f) && !contained.includes(f) && !laterRevisions.includes(f));
  return { claim, q, entity, metric, periodKind, oneOff, currentForDays, relation, ofMetric, comparable, asOfDocument, period, samePeriod, displaced, contained, otherPeriod, laterRevisions, compares };
}

/**
 * factPeriodRelation, remembered for the judgement of one claim: the steps ask about the same facts
 * again and again (wrong-metric weighs every fact of the entity, twice). The answer depends only on the
 * two periods and the metric's kind. Kept with the scope, not the periods, so that nothing outlives the
 * judgement (a long report's claims stay in memory).
 */
function memoisedRelation(periodKind: 'duration' | 'instant'): JudgeScope['relation'] {
  const byPeriod = new Map<Period, Map<Fact, PeriodRelation>>();
  return (p, f) => {
    let known = byPeriod.get(p);
    if (!known) byPeriod.set(p, (known = new Map()));
    let r = known.get(f);
    if (r === undefined) known.set(f, (r = factPeriodRelation(p, f, periodKind)));
    return r;
  };
}
