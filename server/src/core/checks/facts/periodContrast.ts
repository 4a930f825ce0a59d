/**
 * The two periods a wrong-period message sets against each other ("for {otherPeriod}, not {period}"),
 * made to say what differs when their labels read the same: "for 2025 (guided Oct 2025), not 2025" is
 * nonsense to a reader. Labels read the same when they agree once their bracketed glosses are set aside.
 * Then the message names what does differ: the dates of the two spans, or, for one span, when each
 * guidance was given. Part of the findings (findings.ts): it knows nothing of the judge.
 */
import type { Fact, Period } from '../../model';
import { t, type Locale } from '../../i18n/messages';

function readsAs(label: string): string {
  return label.replace(/\s*[(（][^()（）]*[)）]/g, '').trim().toLowerCase();
}

/**
 * Two periods of one label over different spans ("Q1 FY2024" as Jul-Sep 2023 and as Jan-Mar 2024): the
 * same name counted in two calendars. The writer wrote that name, so a figure of it is not another
 * period's: the difference is the binding's reckoning (verdicts/wrongPeriod.ts).
 */
export function sameLabelOtherSpan(claimed: Period, other: Period): boolean {
  return readsAs(claimed.label) === readsAs(other.label) && (claimed.start !== other.start || claimed.end !== other.end);
}

export function contrastedPeriods(period: Period | undefined, other: Fact | undefined, locale: Locale): { period: string; otherPeriod: string } {
  const claimLabel = period?.label ?? '';
  const otherLabel = other?.period.label ?? '';
  if (!period || !other || readsAs(claimLabel) !== readsAs(otherLabel)) return { period: claimLabel, otherPeriod: otherLabel };
  if (period.start !== other.period.start || period.end !== other.period.end) {
    const span = (label: string, p: Period) => t(locale, 'period.span', { label, start: p.start, end: p.end });
    return { period: span(claimLabel, period), otherPeriod: span(otherLabel, other.period) };
  }
  // One span: what differs is when the guidance was given.
  return {
    period: t(locale, 'period.knownAtDraft', { label: claimLabel }),
    otherPeriod: other.issued ? t(locale, 'period.guidedIn', { label: claimLabel, issued: other.issued }) : otherLabel,
  };
}
