/**
 * Every check Tally can report, with its default severity. One id per kind of problem; the id is the
 * diagnostic code, the key of the `tally.severity` setting, and the name of its page in data/checks/.
 *
 * Defaults are the ceiling a check may reach: a check lowers its own severity when the evidence is weaker
 * (checking-model §5: error only when entity, metric and period bind unambiguously and the deciding fact
 * is of high or medium confidence).
 */
import type { Severity } from '../model';

export interface CheckInfo {
  id: string;
  defaultSeverity: Severity;
  /** One line, used in SARIF rules, the manifest and the docs. */
  summary: string;
}

export const CHECKS: readonly CheckInfo[] = [
  { id: 'fact.value-mismatch', defaultSeverity: 'error', summary: 'A figure contradicts every sourced fact for the same entity, metric and period.' },
  { id: 'fact.wrong-period', defaultSeverity: 'warning', summary: 'A figure is right for another period (quarter vs year, month vs quarter).' },
  { id: 'fact.wrong-currency', defaultSeverity: 'warning', summary: 'A figure matches the fact in another currency (元 read as 美元).' },
  { id: 'fact.wrong-scale', defaultSeverity: 'warning', summary: 'A figure is off by a power of ten (亿 for 万, M for B).' },
  { id: 'fact.wrong-metric', defaultSeverity: 'warning', summary: 'A figure belongs to another metric (revenue as profit, points as percent).' },
  { id: 'fact.misattributed', defaultSeverity: 'warning', summary: 'A figure exists, but not from the publisher the draft names.' },
  { id: 'fact.stale', defaultSeverity: 'warning', summary: 'A newer figure was published before the draft’s date.' },
  { id: 'fact.conflicting', defaultSeverity: 'information', summary: 'Sources disagree on this figure; the draft should say which it follows.' },
  { id: 'fact.unverified', defaultSeverity: 'hint', summary: 'No fact in the fact base decides this figure (reported only when tally.reportUnverified is on).' },
  { id: 'arith.annualized', defaultSeverity: 'error', summary: 'An annualized or run-rate figure does not match the monthly or quarterly amount it is derived from.' },
  { id: 'arith.percent-of', defaultSeverity: 'error', summary: 'A stated share of a base does not match the percentage applied to that base.' },
  { id: 'arith.sum', defaultSeverity: 'error', summary: 'A stated total does not equal the sum of its parts.' },
  { id: 'arith.growth', defaultSeverity: 'error', summary: 'A stated growth rate or difference does not match the two values it compares.' },
  { id: 'arith.ambiguous-growth', defaultSeverity: 'information', summary: '“增长了两倍” can mean ×2 or ×3; the draft should say which.' },
  { id: 'arith.ratio', defaultSeverity: 'error', summary: 'A stated ratio or multiple does not match the two amounts it relates.' },
  { id: 'arith.unit-price', defaultSeverity: 'warning', summary: 'An amount divided by a count gives a unit price outside the sourced range.' },
  { id: 'arith.token-price', defaultSeverity: 'error', summary: 'A price per words/tokens does not convert to the price it restates.' },
  { id: 'arith.currency', defaultSeverity: 'error', summary: 'A currency conversion does not match the dated exchange rate.' },
  { id: 'arith.product', defaultSeverity: 'error', summary: 'A stated amount does not equal the product it states: price × count, total ÷ count, amount × multiple.' },
  { id: 'arith.equation', defaultSeverity: 'error', summary: 'An explicit equation in the text does not hold.' },
  { id: 'suppression.unknown-check', defaultSeverity: 'warning', summary: 'A tally-disable comment names a check that does not exist.' },
  { id: 'document.too-large', defaultSeverity: 'information', summary: 'The document is larger than tally.maxDocumentSize; only the first part was checked.' },
];

export const CHECK_IDS: ReadonlySet<string> = new Set(CHECKS.map((c) => c.id));

export function checkInfo(id: string): CheckInfo | undefined {
  return CHECKS.find((c) => c.id === id);
}

const ORDER: Severity[] = ['hint', 'information', 'warning', 'error'];

/** The lower of two severities. */
export function capSeverity(severity: Severity, ceiling: Severity): Severity {
  return ORDER.indexOf(severity) <= ORDER.indexOf(ceiling) ? severity : ceiling;
}

export function severityRank(s: Severity): number {
  return ORDER.indexOf(s);
}
