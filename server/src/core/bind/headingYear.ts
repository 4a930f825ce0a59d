/**
 * A year-less month under a heading that names one calendar year takes that year. Timelines and
 * chronologies are written this way ("## 2024年" then "- **9月**：…", "## 2024" then "- September: …"):
 * the heading is the year the writer gave every month below it, and the document's date (which would
 * place "9月" in the last September before it) is only a reader's guess.
 *
 * Only the nearest heading that names a period counts, and only when all it names is one calendar year,
 * or one dated part of a calendar year (a month, a quarter, months: "## 去年12月季度", "## 2024年第四季度")
 * that the month below lies within in that year: under "去年12月季度" a row's "10-12月" restates the
 * heading's quarter. A heading with a fiscal year or two periods, or a part of a year the month does not
 * fall in, says something else. A year written earlier in the figure's own paragraph is nearer and wins
 * (periodBinding.ts asks this only when the paragraph names none).
 *
 * A year-less quarter (第一季度, "the first quarter") under a heading whose only period is one fiscal
 * year ("## 2024财年…", "## Fiscal 2024") is that fiscal year's quarter: the heading names the very year
 * its quarters are counted in, as a fiscal year named earlier in the paragraph does (fiscalSequence.ts).
 * A calendar-year heading still dates no quarter, which may be fiscal.
 *
 * A year-less month a state or run starts from ("## 2023年" then "- **9月起**：…", "since September") takes
 * the heading's year the same way: the range runs from that month of the heading's year to the document's
 * date (headingYearSince), not from the last such month before the document.
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { explicitYear, resolveSpec, sincePeriod, type PeriodSpec } from './periodSpec';

const MONTH_LEVEL = new Set<PeriodSpec['t']>(['day', 'month', 'monthRange', 'monthPart']);
/** Dated parts of a calendar year a heading may name. */
const YEAR_PART = new Set<PeriodSpec['t']>(['month', 'monthRange', 'monthQuarter', 'monthPart', 'day', 'quarter']);

/** Calendar months as written ("10-12月"), read as a calendar quarter. */
function monthsWritten(spec: PeriodSpec): boolean {
  return MONTH_LEVEL.has(spec.t) || (spec.t === 'quarter' && spec.months === true);
}

/** The calendar year of a heading's one dated part of a year (not a fiscal one), or undefined. */
function partOfYear(m: PeriodMention): number | undefined {
  if (!YEAR_PART.has(m.spec.t) || (m.spec.t === 'quarter' && m.spec.fiscal) || !m.period) return undefined;
  const [start, end] = [m.period.start.slice(0, 4), m.period.end.slice(0, 4)];
  return start === end ? Number(start) : undefined;
}

export function headingYearReading(
  m: PeriodMention,
  headings: readonly Span[],
  find: (span: Span) => PeriodMention[],
  env: { documentDate?: string; fiscalYearEnd?: string },
): Period | undefined {
  if (yearlessQuarter(m.spec)) return fiscalHeadingQuarter(m.spec, headings, find, env);
  // Months only: a year-less quarter is often a fiscal one, which a calendar-year heading does not date.
  if (!monthsWritten(m.spec)) return undefined;
  for (const heading of headings) {
    const named = find(heading);
    if (named.length === 0) continue;
    if (named.length !== 1 || named[0].since) return undefined;
    const part = partOfYear(named[0]);
    if (part !== undefined) {
      const within = resolveSpec(m.spec, { ...env, anchorYear: part });
      const outer = named[0].period!;
      return within && within.start >= outer.start && within.end <= outer.end ? within : undefined;
    }
    if (named[0].spec.t !== 'year' || named[0].spec.fiscal) return undefined;
    const year = explicitYear(named[0].spec);
    return year === undefined ? undefined : resolveSpec(m.spec, { ...env, anchorYear: year });
  }
  return undefined;
}

/** The since range of a year-less month (m.since) from the month in the heading's year, or undefined. */
export function headingYearSince(
  m: PeriodMention,
  headings: readonly Span[],
  find: (span: Span) => PeriodMention[],
  env: { documentDate?: string; fiscalYearEnd?: string },
): Period | undefined {
  if (!m.since || !MONTH_LEVEL.has(m.spec.t) || !('year' in m.spec) || m.spec.year !== undefined) return undefined;
  const month = headingYearReading({ ...m, since: false }, headings, find, env);
  return month ? sincePeriod(month, env.documentDate) : undefined;
}

/** A quarter with no year of its own, not written as calendar months ("10-12月"). */
function yearlessQuarter(spec: PeriodSpec): spec is Extract<PeriodSpec, { t: 'quarter' }> {
  return spec.t === 'quarter' && spec.year === undefined && !spec.months;
}

/** The quarter of the one fiscal year the nearest heading naming a period names, or undefined. */
function fiscalHeadingQuarter(
  spec: Extract<PeriodSpec, { t: 'quarter' }>,
  headings: readonly Span[],
  find: (span: Span) => PeriodMention[],
  env: { documentDate?: string; fiscalYearEnd?: string },
): Period | undefined {
  for (const heading of headings) {
    const named = find(heading);
    if (named.length === 0) continue;
    if (named.length !== 1 || named[0].since || named[0].spec.t !== 'year' || !named[0].spec.fiscal) return undefined;
    const year = explicitYear(named[0].spec);
    return year === undefined ? undefined : resolveSpec({ ...spec, fiscal: true, year: { abs: year } }, env);
  }
  return undefined;
}
