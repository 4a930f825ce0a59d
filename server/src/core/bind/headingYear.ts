/**
 * A year-less month under a heading that names one calendar year takes that year. Timelines and
 * chronologies are written this way ("## 2024年" then "- **9月**：…", "## 2024" then "- September: …"):
 * the heading is the year the writer gave every month below it, and the document's date (which would
 * place "9月" in the last September before it) is only a reader's guess.
 *
 * Only the nearest heading that names a period counts, and only when all it names is one calendar year:
 * a heading with a fiscal year, a month or two years says something else. A year written earlier in the
 * figure's own paragraph is nearer and wins (periodBinding.ts asks this only when the paragraph names none).
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { explicitYear, resolveSpec, type PeriodSpec } from './periodSpec';

const MONTH_LEVEL = new Set<PeriodSpec['t']>(['day', 'month', 'monthRange', 'monthPart']);

export function headingYearReading(
  m: PeriodMention,
  headings: readonly Span[],
  find: (span: Span) => PeriodMention[],
  env: { documentDate?: string; fiscalYearEnd?: string },
): Period | undefined {
  // Months only: a year-less quarter is often a fiscal one, which a calendar-year heading does not date.
  if (!MONTH_LEVEL.has(m.spec.t)) return undefined;
  for (const heading of headings) {
    const named = find(heading);
    if (named.length === 0) continue;
    if (named.length !== 1 || named[0].spec.t !== 'year' || named[0].spec.fiscal || named[0].since) return undefined;
    const year = explicitYear(named[0].spec);
    return year === undefined ? undefined : resolveSpec(m.spec, { ...env, anchorYear: year });
  }
  return undefined;
}
