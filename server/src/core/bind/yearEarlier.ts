/**
 * A figure said to be a year back: "compares with $7.2 billion a year earlier", "against $7.2 billion a
 * year ago", "$7.2 billion in the year-earlier quarter", "去年同期为72亿美元", "上年同期的72亿美元", "一年前为72亿美元".
 * It is the figure of the span one year before the sentence's own period, whatever that period is: the
 * same quarter of the previous year, never the day a year before the document's date. Period binding
 * reads the English words as a comparison's baseline (changeBase.ts isBaseline); the fact check reads
 * them when it dates an undated figure by the record its sentence retells (judge.ts, statedRecord.ts).
 */
import type { Period } from '../model';
import { addMonths, iso, parseIso } from './calendar';

/** After the figure: "a year earlier", "one year ago", "in the year-earlier quarter", "the prior-year period". */
export const YEAR_EARLIER_AFTER = /^\s*(?:(?:a|one)\s+year\s+(?:earlier|before|ago)|(?:in\s+)?the\s+(?:year-?earlier|year-?ago|prior-?year)\s+(?:quarter|period))\b/i;
/** Before the figure, in its clause: 去年同期为, 上年同期的, 一年前是 (a hedge may stand between). */
const YEAR_EARLIER_BEFORE_ZH = /(?:去年同期|上年同期|上一年同期|一年前(?:同期)?)(?:为|是|的|则为|仅为|只有)?\s*(?:约|大约|近|将近|接近|超过|逾)?\s*$/;

/** How far around the figure the words are looked for (a bounded window, never the whole text before it). */
const WINDOW = 24;

/** Whether the figure at [start, end) of `text` is said to be a year back. */
export function saidAYearEarlier(text: string, start: number, end: number): boolean {
  return YEAR_EARLIER_AFTER.test(text.slice(end, end + WINDOW + 16)) || YEAR_EARLIER_BEFORE_ZH.test(text.slice(Math.max(0, start - WINDOW), start));
}

/** The same span one year back: Q4 2024 → Q4 2023. */
export function aYearBack(p: Period): Period | undefined {
  const start = parseIso(p.start);
  const end = parseIso(p.end);
  if (!start || !end) return undefined;
  return { start: iso(addMonths(start, -12)), end: iso(addMonths(end, -12)), label: `${p.label}, a year earlier` };
}
