/**
 * A fact dated "as of" a day records when a figure was known, not when it was set: "valued at nearly
 * $1 billion as of May 2024" may describe a round that closed months before. For an event that stands
 * once it happens (`oneOff` in data/metrics.yaml: a round's valuation, a deal, an investment), such a
 * date says nothing of the days before it, so a claim dated earlier is not shown to be another
 * period's figure. Facts dated by the event itself keep their date. Part of step 2 (wrongPeriod.ts).
 */
import type { Fact } from '../../../model';
import type { JudgeScope } from './scope';

/** The fact's date is only when the figure was on record ("as of 2024-05-13 (round closed late 2023)"). */
export function datedOnlyAsKnown(f: Fact): boolean {
  return /^as of\b/i.test(f.period.label ?? '');
}

/** The claim's period ends before an event fact's "as of" date: that fact cannot place the claim elsewhere. */
export function earlierThanKnownBy(s: JudgeScope, f: Fact): boolean {
  return s.oneOff && s.period !== undefined && datedOnlyAsKnown(f) && s.period.end < f.period.start;
}
