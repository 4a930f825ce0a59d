/**
 * Guidance revised over time. Each revision is its own fact with the guided period and the month it was
 * given (`issued`): a draft knows only the revisions given by its date, and the latest of them is the
 * guidance as it stands. Part of the judge (judge.ts): it knows nothing of findings or messages.
 */
import type { Fact, Period, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import type { Judgement } from './judgement';
import { DAY_MS } from '../../bind/calendar';

/** The last day an issue date covers: "2025-07" → "2025-07-31"; a day is itself. */
function issuedUntil(issued: string): string {
  if (issued.length > 7) return issued;
  const [y, m] = issued.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${issued}-${String(last).padStart(2, '0')}`;
}

/** Was the revision given by `date`? One dated only to a month counts once that month is over. */
export function issuedBy(f: Fact, date: string): boolean {
  return f.issued !== undefined && issuedUntil(f.issued) <= date;
}

/** The first day an issue date covers: "2025-07" → "2025-07-01". */
function issuedFrom(issued: string): string {
  return issued.length > 7 ? issued : `${issued}-01`;
}

/**
 * Drops revisions given after the document's date: a draft cannot be out of step with them. One given
 * in the document's own month may already be known, and stays.
 */
export function revisionsKnownBy(facts: Fact[], date: string | undefined): Fact[] {
  return date === undefined ? facts : facts.filter((f) => f.issued === undefined || issuedFrom(f.issued) <= date);
}

/** At most a quarter long: a period that can say when a guidance was given ("in January"), not a guided year. */
const ISSUE_PERIOD_DAYS = 92;

/** The sentence names when the revision was given ("more than $3.5 billion in January"). */
function datesRevision(p: Period, f: Fact): boolean {
  if (!f.issued) return false;
  const days = (Date.parse(p.end) - Date.parse(p.start)) / DAY_MS;
  return days <= ISSUE_PERIOD_DAYS && p.start <= issuedUntil(f.issued) && issuedFrom(f.issued) <= p.end;
}

/** How close a written range's ends must be to a revision's to be that revision (relative to the value). */
const SAME_ENDS = 0.02;

/**
 * A range that repeats a revision's ends ("300亿至370亿美元" for the $30–37B revision) is that revision,
 * not a later one it merely overlaps ($35–40B).
 */
function repeatedRevisions(q: Quantity, supporting: Fact[]): Fact[] {
  // "more than $4 billion" for the revision "over $4B" is that revision, not a later "over $4.5B" it
  // does not contradict (an open bound meets every higher floor).
  if (q.bound === 'over' || q.bound === 'atLeast') return repeated(supporting, (f) => repeatsFloor(q, f));
  if (q.bound !== 'range' || q.low === null || q.high === null) return supporting;
  const near = (a: number, b: number) => Math.abs(a - b) <= SAME_ENDS * Math.abs(q.value);
  return repeated(supporting, (f) => f.low !== undefined && f.high !== undefined && near(f.low, q.low!) && near(f.high, q.high!));
}

/** A floor written as the fact's own floor ("more than $4 billion" for "over $4B"): that figure, not any higher one. */
export function repeatsFloor(q: Quantity, f: Fact): boolean {
  return (q.bound === 'over' || q.bound === 'atLeast') && f.value !== undefined && f.high === undefined && f.low === f.value && Math.abs(f.value - q.value) <= SAME_ENDS * Math.abs(q.value);
}

function repeated(supporting: Fact[], repeats: (f: Fact) => boolean): Fact[] {
  const same = supporting.filter(repeats);
  return same.length > 0 ? same : supporting;
}

/**
 * Two figures that may replace each other as guidance: any two but revisions (facts with an `issued`
 * month) for different guided periods. Guidance for 2025 does not make the last guidance for 2024 out of
 * date: each guided period has its own series of revisions.
 */
export function sameGuidedPeriod(a: Fact, b: Fact): boolean {
  if (a.issued === undefined || b.issued === undefined) return true;
  return a.period.start === b.period.start && a.period.end === b.period.end;
}

/**
 * The claim matches a revision that a later one, given by the document's date, replaced ("2025 capex
 * guidance of $60–65 billion" in August 2025, after July's raise to $66–72B): stale. Not when the
 * sentence says when the matching revision was given, or compares figures on purpose; a revision that
 * may postdate the draft (given in the draft's own month) does not count, an earlier one still does.
 */
export function supersededRevision(q: Quantity, matching: Fact[], samePeriod: Fact[], context: { documentDate?: string; sentencePeriods?: readonly Period[] }, compares: boolean): Judgement | undefined {
  const date = context.documentDate;
  const supporting = repeatedRevisions(q, matching);
  if (compares || !date || supporting.length === 0 || !supporting.every((f) => f.issued)) return undefined;
  let latest: Fact | undefined;
  // Only a revision for the same guided period replaces it (an undated claim's samePeriod holds every year's).
  const revisions = samePeriod.filter((f) => supporting.some((s) => sameGuidedPeriod(s, f)));
  // The latest revision given by the draft's date: one given in its own month may come after it, but
  // does not hide an earlier revision that replaced the claim's ("over $4B" in April, "over $4.5B" in July).
  for (const f of revisions) if (f.issued && issuedBy(f, date) && (!latest || issuedUntil(f.issued) > issuedUntil(latest.issued!))) latest = f;
  if (!latest || supporting.includes(latest) || !supporting.every((f) => issuedUntil(f.issued!) < issuedUntil(latest!.issued!))) return undefined;
  if ((context.sentencePeriods ?? []).some((p) => supporting.some((f) => datesRevision(p, f)))) return undefined;
  return { verdict: 'stale', deciding: [latest], related: supporting };
}

/** Another revision of the guidance the claim matches: a revision replaces it, it does not disagree with it. */
export function laterOrEarlierRevision(f: Fact, supporting: readonly Fact[]): boolean {
  return f.issued !== undefined && supporting.length > 0 && supporting.every((s) => s.issued !== undefined && s.issued !== f.issued);
}

/**
 * "Alphabet plans about $75 billion of capex this year": spending for a period not yet over at the
 * document's date can only be a plan, so it is judged as the metric's guidance when the base has one.
 */
export function plannedMetric(kb: FactBase, metric: string, period: Period | undefined, documentDate: string | undefined): string {
  const guidance = `${metric}.guidance`;
  if (!period || !documentDate || period.end <= documentDate || !kb.metrics.has(guidance)) return metric;
  return guidance;
}
