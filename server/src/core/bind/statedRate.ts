/**
 * A figure stated per generic quarter or year ("$400 million a quarter", "每年约50亿美元") is a rate, and
 * a rate cannot be the figure of a shorter period named beside it: in "OpenAI's December run-rate of
 * $1.6 billion implies about $400 million a quarter", December is the $1.6 billion's month, not the
 * $400 million's. ("a year later" is no rate.)
 */
import type { Period, Span } from '../model';
import { DAY_MS } from './calendar';

const RATE_AFTER = /^\s*(?:a|per|each|every)\s+(quarter|year)\b(?!\s+(?:later|earlier|ago|before|after|on)\b)/i;
const RATE_BEFORE = /每(季度|季|年)\s*(?:约|大约|将近|近)?\s*$/;
/** RATE_BEFORE's longest reading ("每季度 大约 ") fits in this many characters before the figure. */
const RATE_BEFORE_WINDOW = 16;
const RATE_DAYS: Record<string, number> = { quarter: 90, 季度: 90, 季: 90, year: 365, 年: 365 };

/**
 * "McKinsey calculated in June 2024 that … $4.4 trillion a year", "高盛2024年6月测算…每年": a date an
 * estimating verb governs is when the rate was estimated, and an estimate is dated so.
 */
const ESTIMATED_AT = /(?<![A-Za-z])(?:calculated|estimated|projected|forecast|predicted|reckoned)\s+(?:in|on)\s+$/i;
const ESTIMATED_AFTER_ZH = /^\s*(?:的)?(?:测算|估算|估计|预测)/;

/** True when the figure `q` of `clause` is stated per quarter or per year and `period` is clearly shorter. */
export function shorterThanRate(text: string, q: Span, clause: Span, period: Period, at?: Span): boolean {
  if (at && (ESTIMATED_AT.test(text.slice(Math.max(0, at.start - 20), at.start)) || ESTIMATED_AFTER_ZH.test(text.slice(at.end, at.end + 6)))) return false;
  const unit = RATE_AFTER.exec(text.slice(q.end, clause.end))?.[1] ?? RATE_BEFORE.exec(text.slice(Math.max(clause.start, q.start - RATE_BEFORE_WINDOW), q.start))?.[1];
  if (!unit) return false;
  const days = (Date.parse(period.end) - Date.parse(period.start)) / DAY_MS + 1;
  return days < RATE_DAYS[unit.toLowerCase()] * 0.9;
}
