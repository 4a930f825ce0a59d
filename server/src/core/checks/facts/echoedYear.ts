/**
 * One mistaken year is reported once. In "英伟达在2024年7月市值首次突破4万亿美元，10月29日又成为全球首家
 * 市值达到5万亿美元的公司" the writer put 2024 for 2025 once: 10月29日 writes no year and takes it from
 * that date, so its figure is wrong only through the first mistake. A wrong-period finding whose date
 * writes no year, after a date of its sentence that is itself wrong by the same number of years, is that
 * mistake's echo: it stays visible as information, not as a second warning. A date that writes its own
 * year ("2024年10月29日"), or a shift of another size, is the writer's own and reported as usual. Nor is
 * a date written once and taken by several figures of one measure and party ("committed in October 2024,
 * $500 million up front and $1.5 billion later": the parts of the figure) several mistakes: the first
 * figure flagged with it carries the warning.
 */
import type { Claim, Fact, Finding, Period } from '../../model';
import { capSeverity } from '../registry';
import { MONTH_NAME_EN } from '../../text/monthNames';
import { MONTH_NUMBER_ZH } from '../../bind/periodPatternsZh';
import { DAY_MS } from '../../bind/calendar';

/** A year as written: digits, 年 (2024年, 去年, 今年) or the word "year". */
const WRITTEN_YEAR = /(?:19|20)\d{2}|年|\byears?\b/i;

interface YearSlip {
  claim: Claim;
  shift: number;
}

/** How many years the facts that decided the verdict lie from the claim's period, when they agree on one. */
function yearShift(claim: Claim, deciding: readonly Fact[]): number | undefined {
  const p = claim.period?.value;
  if (!p || deciding.length === 0) return undefined;
  const shifts = new Set(deciding.map((f) => Number(f.period.start.slice(0, 4)) - Number(p.start.slice(0, 4))));
  const [shift] = shifts;
  if (shifts.size !== 1 || shift === 0) return undefined;
  // Only a shift of whole years: each fact, moved back by them, lies over the claim's period. A quarter a
  // year and a quarter off (Q3 FY2023 said of Q4 FY2024's figure) is a mistake of its own.
  return deciding.every((f) => overYearsBack(f.period, p, shift)) ? shift : undefined;
}

const YEAR_MS = 365.25 * DAY_MS;
/** Fiscal quarters end on odd days and a year is not a whole number of days: 15 days of slack, as for "same period". */
const SLACK_MS = 15 * DAY_MS;

/** The middle of one period, moved by `years`, falls inside the other. */
function overYearsBack(fact: Period, claim: Period, years: number): boolean {
  const ms = (iso: string) => Date.parse(iso + 'T00:00:00Z');
  const [fs, fe, cs, ce] = [ms(fact.start) - years * YEAR_MS, ms(fact.end) - years * YEAR_MS, ms(claim.start), ms(claim.end)];
  const inside = (x: number, a: number, b: number) => x >= a - SLACK_MS && x <= b + SLACK_MS;
  return inside((fs + fe) / 2, cs, ce) || inside((cs + ce) / 2, fs, fe);
}

/** Two figures of one measure and party that take their period from the same written date. */
function sharesDate(earlier: Claim, later: Claim): boolean {
  const [a, b] = [earlier.period?.span, later.period?.span];
  return earlier !== later && a !== undefined && b !== undefined && a.start === b.start && a.end === b.end && earlier.metric?.value === later.metric?.value && earlier.entity?.value === later.entity?.value;
}

/** A month named without a year: "June", "by June", "6月" (a year-less date takes its year from the text before). */
const MONTH_ONLY = new RegExp(
  `^(?:(?:by|in|from|until|through|of|early|mid|late|end\\s+of)\\s+)?(?:${MONTH_NAME_EN})\\.?$|^(?:${MONTH_NUMBER_ZH})\\s*月(?:份|初|中|底|末)?$`,
  'i',
);
/** A paragraph break: a year carried over one is another paragraph's. */
const PARAGRAPH_BREAK = /\n\s*\n/;

/** Remembers the block's wrong years in reading order, and tells a later borrowed one for an echo. */
export class EchoedYears {
  private readonly slips: YearSlip[] = [];

  constructor(private readonly text: string) {}

  /**
   * "…in January 2025. By June the company was valued at $3 billion": a month of a later sentence of the
   * same paragraph that writes no year carries the year of the slip before it, so its wrong year is that
   * slip's echo (the same shift is checked by the caller).
   */
  private carriedMonth(earlier: Claim, span: { start: number; end: number }): boolean {
    const from = earlier.period?.span?.end;
    if (from === undefined || earlier.sentence.end > span.start) return false;
    return MONTH_ONLY.test(this.text.slice(span.start, span.end).trim()) && !PARAGRAPH_BREAK.test(this.text.slice(from, span.start));
  }

  /** The finding for a wrong-period claim, capped to information when it echoes an earlier slip. */
  report(claim: Claim, deciding: readonly Fact[], finding: Finding): Finding {
    const span = claim.period?.span;
    const shift = yearShift(claim, deciding);
    if (!span || shift === undefined) return finding;
    // The very date of an earlier figure of the same measure and party, written once and shared by its
    // parts ("committed in October 2024, $500 million up front and $1.5 billion later"): one mistake,
    // already reported on that figure. Figures of other measures under one date (a round's amount and
    // its valuation) are each the writer's statement and are reported as usual.
    if (this.slips.some((s) => s.shift === shift && sharesDate(s.claim, claim))) return { ...finding, severity: capSeverity(finding.severity, 'information') };
    if (WRITTEN_YEAR.test(this.text.slice(span.start, span.end))) {
      if (finding.severity === 'warning' || finding.severity === 'error') this.slips.push({ claim, shift });
      return finding;
    }
    const echoes = this.slips.some(
      (s) =>
        s.shift === shift &&
        (s.claim.period?.span?.end ?? Infinity) <= span.start &&
        (s.claim.sentence.start === claim.sentence.start || this.carriedMonth(s.claim, span)),
    );
    return echoes ? { ...finding, severity: capSeverity(finding.severity, 'information') } : finding;
  }
}
