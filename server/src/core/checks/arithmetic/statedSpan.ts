/**
 * How long a change took, as its sentence says: "in seven months", "over two years", "in under two years",
 * "两个月", "八个月增加了", "半年", "三个季度". A change read from bindings (paragraphChange.ts) must compare two
 * figures that far apart: the words pick the pair when the paragraph holds more than one.
 */
import type { Period } from '../../model';
import { daysBetween } from '../facts/periodMatch';
import { LEXICON } from '../../recognize/lexicon';

export interface StatedSpan {
  days: number;
  /** "in under two years", "不到两年": at most that long. */
  atMost: boolean;
}

const UNIT_DAYS: Record<string, number> = { month: 30.44, quarter: 91.31, year: 365.25, 个月: 30.44, 个季度: 91.31, 年: 365.25 };
/** The recogniser's number words (lexicon.json), and the few a span of time adds: "a year", 十一个月, 半年. */
const WORD_NUMBERS: Record<string, number> = { ...LEXICON.enNumberWords.cardinals, a: 1, an: 1, ...LEXICON.zhDigits, 十: 10, 十一: 11, 十二: 12, 半: 0.5 };

const SPAN_EN = /\b(?:in|over|within)\s+(?:(under|less than|just under)\s+|(?:about|roughly|around|nearly|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+(month|quarter|year)s?\b/i;
/** "两个月", "三个季度", "两年里", "半年": never a date ("2025年", "8月", "第三季度"). */
const SPAN_ZH = /(?<![\d第])(不到|不足)?(十一|十二|[一两二三四五六七八九十半]|\d{1,2})(个月|个季度|年)(?:里|内|间|中|来|时间)?(?=[^，,。；;]{0,12}(?:增长|增加|上涨|涨|翻|提高|提升|上升|下降|下跌|减少|倍))/;

export function spanOfWords(text: string): StatedSpan | undefined {
  const en = SPAN_EN.exec(text);
  if (en) {
    const n = WORD_NUMBERS[en[2].toLowerCase()] ?? Number(en[2]);
    return Number.isFinite(n) ? { days: n * UNIT_DAYS[en[3].toLowerCase()], atMost: !!en[1] } : undefined;
  }
  const zh = SPAN_ZH.exec(text);
  if (zh) {
    const n = WORD_NUMBERS[zh[2]] ?? Number(zh[2]);
    return Number.isFinite(n) ? { days: n * UNIT_DAYS[zh[3]], atMost: !!zh[1] } : undefined;
  }
  return undefined;
}

/** Periods a month wide are read to the month: allow a month either way, or a sixth of a long span. */
export function withinSpan(span: StatedSpan, older: Period, newer: Period): boolean {
  const apart = daysBetween(older.start, newer.start);
  if (!Number.isFinite(apart)) return false;
  const slack = Math.max(31, span.days / 6);
  return span.atMost ? apart <= span.days + slack : Math.abs(apart - span.days) <= slack;
}
