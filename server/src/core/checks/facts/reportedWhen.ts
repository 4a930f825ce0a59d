/**
 * "the 13 points, stated in January 2025", "revenue of $18.1 billion, reported in November", "11月20日公布的…",
 * "In January 2025 the CFO said revenue had passed $13 billion": a date a verb of reporting introduces, or
 * one that dates a speaker's words, says when the figure was made public, not what span it is of.
 * A figure of a period that had closed by then, published then, is what was stated: not another
 * period's (verdicts/wrongPeriod.ts). The binder keeps such a date as the figure's period only when
 * nothing better is written; the judge reads it here as the publication date it is.
 *
 * A level (an instant measure: a run-rate, a user count) needs no reporting verb: "the unit passed a $9
 * billion run-rate in March 2025", when that level, as of a quarter closed in December, was made public
 * in March, is the level as it was known that month. Only for a month or a day: a longer span holds later
 * levels too; and only when no other figure of the measure is on record for that month or after the
 * level's own period up to it (a newer level replaced it).
 */
import type { Fact, Period, Span } from '../../model';
import { datesCallStatement } from '../../bind/callMonth';
import { datesSpeech } from '../../bind/speechDate';

/** A reporting verb, then "in"/"on", right before the date. */
const EN_REPORTED_BEFORE = /(?<![A-Za-z])(?:stated|reported|announced|disclosed|published|released|given|cited|quoted)\s+(?:in|on)\s+$/i;
/** 于…公布/披露/发布, or the date followed by its verb: "2025年1月公布的", "公布于2025年1月". */
const ZH_REPORTED_BEFORE = /(?:公布|发布|披露|宣布|给出)(?:于|在)\s*$/;
const ZH_REPORTED_AFTER = /^\s*(?:公布|发布|披露|宣布|给出)/;

/** Whether the words around the claim's own date (offsets within `sentence`) make it a publication date. */
export function dateOfReporting(sentence: string, date: Span): boolean {
  const before = sentence.slice(Math.max(0, date.start - 20), date.start);
  // "said on its July call", "7月的财报电话会上": the call is when the figure was stated (bind/callMonth.ts).
  // "In January 2025 the CFO said …", "…, when Microsoft said …", "2025年1月，微软表示…": a date that says
  // when words were said (bind/speechDate.ts, which period resolution reads too) is when the figure in them was stated.
  return (
    EN_REPORTED_BEFORE.test(before) ||
    ZH_REPORTED_BEFORE.test(before) ||
    ZH_REPORTED_AFTER.test(sentence.slice(date.end, date.end + 6)) ||
    datesCallStatement(sentence, date) ||
    datesSpeech(sentence, date)
  );
}

/** The fact's period closed before the publication date, and a source of it is dated within it. */
export function reportedWithin(reported: Period, f: Fact): boolean {
  if (!f.period.end || f.period.end >= reported.start) return false;
  return f.sources.some((s) => s.date !== undefined && s.date.length >= 7 && s.date >= reported.start.slice(0, s.date.length) && s.date <= reported.end.slice(0, s.date.length));
}

/** The longest span a level's stated date may cover and still be the month it was made public in. */
const MONTH_DAYS = 31;

/** How long after its period closes a level is still news: a quarter's results come out within weeks. */
const REPORT_LAG_DAYS = 62;

/**
 * A level's fact, of a period closed before the claim's month or day, was first published within it,
 * soon after its period closed. The first source's date counts, and only when it is soon after: a later
 * article recalling an older level makes it no news then.
 */
export function levelFirstReportedWithin(periodKind: 'duration' | 'instant', reported: Period, f: Fact): boolean {
  if (periodKind !== 'instant' || !f.period.end || f.period.end >= reported.start) return false;
  const days = (Date.parse(reported.end) - Date.parse(reported.start)) / 86_400_000 + 1;
  const dates = f.sources.map((x) => x.date).filter((d): d is string => d !== undefined && d.length >= 7);
  if (days > MONTH_DAYS || dates.length === 0) return false;
  const first = dates.reduce((a, b) => (a < b ? a : b));
  if ((Date.parse(first) - Date.parse(f.period.end)) / 86_400_000 > REPORT_LAG_DAYS) return false;
  return first >= reported.start.slice(0, first.length) && first <= reported.end.slice(0, first.length);
}
