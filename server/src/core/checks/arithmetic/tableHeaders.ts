/**
 * What a table's header cells and row labels say about the structure of its figures: which column
 * holds a period and which period ("Q3 FY24", "2024年", "2025E"), which is a baseline ("Year earlier",
 * 去年同期) or the current value ("This year", 本季), which holds a change between two of them ("YoY",
 * 环比, "Growth"), which a share of the total ("% of total", 占比), and which row is a total (Total,
 * 合计), a subtotal (小计) or only a part of the row above it ("of which", 其中).
 *
 * Every reading is of the whole label: a header that says more than the word ("Growth vs 2022",
 * "Total AI funding") is not read, because it may name another base.
 */
import type { Period } from '../../model';
import { scanPeriods } from '../../bind/periods';
import type { Certainty } from './outcome';
import { DAY_MS } from '../../bind/calendar';

export type ChangeKind = 'yoy' | 'qoq' | 'any' | 'percentOnly';

/** An optional unit note after a header word: "YoY (%)", "同比（%）", "Growth, %". */
const UNIT_NOTE = String.raw`(?:\s*[,，]?\s*[(（]?\s*%\s*[)）]?)?`;
const YOY = new RegExp(String.raw`^(?:%\s*)?(?:yoy|y\/y|y-o-y|year[- ]over[- ]year|同比)(?:\s*(?:change|growth|chg\.?)|增长|增速|增幅|增长率|变化|变动)?${UNIT_NOTE}$`, 'i');
const QOQ = new RegExp(String.raw`^(?:%\s*)?(?:qoq|q\/q|q-o-q|quarter[- ]over[- ]quarter|sequential|环比)(?:\s*(?:change|growth|chg\.?)|增长|增速|增幅|增长率|变化|变动)?${UNIT_NOTE}$`, 'i');
const ANY_CHANGE = new RegExp(String.raw`^(?:growth|change|chg\.?|% ?change|% ?chg|Δ%?|delta|increase|growth rate|step-up|multiple|增长|增速|增幅|增长率|变化|变动|涨幅|倍数)${UNIT_NOTE}$`, 'i');
/** A bare "%" column is a change only beside a baseline the header names (otherwise it may be a share). */
const BARE_PERCENT = /^[(（]?%[)）]?$/;

/** The kind of change a header names, or undefined. */
export function changeKind(header: string): ChangeKind | undefined {
  if (YOY.test(header)) return 'yoy';
  if (QOQ.test(header)) return 'qoq';
  if (ANY_CHANGE.test(header)) return 'any';
  if (BARE_PERCENT.test(header)) return 'percentOnly';
  return undefined;
}

/**
 * "Year earlier", "Prior year", "去年同期", "上季": the column is the baseline of a comparison. So is the
 * earlier of two rounds or marks ("Earlier round", "Earlier mark", a bare "Earlier", 前值, 起点估值): a step-up column beside
 * it is the later figure over it.
 */
const BASELINE =
  /\b(?:year[- ](?:earlier|ago|before)|prior(?:[- ]year| period| quarter)?|previous(?: year| quarter| period)?|last year|earlier(?= (?:round|mark|valuation|value|figure|price)\b))\b|去年同期|上年同期|上年|去年|上期|上一?季度?|前一年|前一季度?|前值|起点|^\s*earlier\s*$/i;
/** "This year", "本季", "Later round": the column is the current value. */
const CURRENT = /\b(?:current|this year|this quarter|latest|later(?= (?:round|mark|valuation|value|figure|price)\b))\b|本季度?|本期|今年|本年|当期|最新|^\s*later\s*$/i;

export function isBaselineHeader(header: string): boolean {
  return BASELINE.test(header);
}

export function isCurrentHeader(header: string): boolean {
  return CURRENT.test(header) && !BASELINE.test(header);
}

/** A forecast mark after a year or quarter ("2025E", "FY26F", "2025年（预测）"): the period is the year's all the same. */
function withoutForecastMark(header: string): string {
  return header
    .replace(/(\d)(?:\s*年)?\s*[EF]\b/g, '$1')
    .replace(/[(（]\s*(?:est\.?|estimate|forecast|预测|预计|预期|E|F)\s*[)）]/gi, ' ')
    .replace(/(?:预测|预计|预期)\s*$/, '');
}

export interface HeaderPeriod {
  period: Period;
  /** The header's other words ("Revenue" in "Revenue 2024"): two columns compare only when these agree. */
  rest: string;
}

/** The one period a header names with its own year, when it names one. */
export function headerPeriod(header: string, documentDate: string | undefined): HeaderPeriod | undefined {
  const text = withoutForecastMark(header);
  const found = scanPeriods(text, { start: 0, end: text.length }, { documentDate });
  if (found.length !== 1) return undefined;
  const [m] = found;
  if (!m.period || m.kind !== 'explicit' || m.since || m.yearGuessed || m.yearInferred || m.anchor) return undefined;
  const rest = (text.slice(0, m.start) + ' ' + text.slice(m.end)).replace(/[\s,，:：()（）]+/g, ' ').trim().toLowerCase();
  return { period: m.period, rest };
}

function days(iso: string): number {
  return Date.parse(iso + 'T00:00:00Z') / DAY_MS;
}
function length(p: Period): number {
  return days(p.end) - days(p.start);
}

/** Two periods of the same length (a fiscal calendar's few days of slack allowed). */
export function sameLength(a: Period, b: Period): boolean {
  return Math.abs(length(a) - length(b)) <= 15;
}

/** How many days `later` starts after `earlier`. */
export function startsAfter(later: Period, earlier: Period): number {
  return days(later.start) - days(earlier.start);
}

/** `baseline` is the same span a year before `current` (15 days of slack at the start). */
export function yearBefore(current: Period, baseline: Period): boolean {
  return sameLength(current, baseline) && Math.abs(startsAfter(current, baseline) - 365.25) <= 16;
}

/** `baseline` is the period of the same length right before `current` (2023 → 2024, H1 → H2, Q2 → Q3). */
export function periodBefore(current: Period, baseline: Period): boolean {
  return sameLength(current, baseline) && Math.abs(startsAfter(current, baseline) - (length(baseline) + 1)) <= 16;
}

/** `baseline` is the quarter right before the quarter `current`. */
export function quarterBefore(current: Period, baseline: Period): boolean {
  return sameLength(current, baseline) && length(current) < 100 && Math.abs(startsAfter(current, baseline) - 91.3) <= 16;
}

/**
 * `other`: a label with a total word that is not a plain total ("Total AI funding", 全球合计): it may be another
 * base. `section`: a label row with no figure over the rows below it; `group`: a bold row among plain ones,
 * a subtotal or group heading above or below its members (tableTotals.ts).
 */
export type RowRole = 'total' | 'subtotal' | 'part' | 'item' | 'other' | 'section' | 'group';

/**
 * A bracket after the total word may give a unit, a year or a count ("Total ($B)", "合计（亿元）", "Total (4)")
 * or point at the rows ("above", 以上); anything else ("Total (incl. others)", "合计（全市场）") may be a wider base.
 */
const ROWS_NOTE = String.raw`(?:\s*[(（](?:[\d\s$€¥£%,.亿万元美BMKbnm]*|[^)）]*(?:above|listed|these|以上|上述)[^)）]*)[)）])?`;
const TOTAL_EN = new RegExp(String.raw`^(?:grand\s+)?(?:total|sum|combined)${ROWS_NOTE}\s*[:：]?$`, 'i');
const TOTAL_ZH = new RegExp(String.raw`^(?:合计|总计|总和|共计|加总|总共|全部|汇总)${ROWS_NOTE}\s*[:：]?$`);
/** A total whose words point back at the rows listed: "Total of the above", "以上合计", "四家合计". */
const TOTAL_OF_ROWS =
  /^(?:(?:total|sum|combined)\s+(?:of\s+)?(?:the\s+)?(?:above|listed|these)\b.*|(?:the\s+)?(?:above|listed)\s+(?:total|combined)|(?:以上|上述|前述|[二两三四五六七八九十\d]+家|[二两三四五六七八九十\d]+个季度)(?:公司|企业)?(?:合计|总计|合共|加总))$/i;
/** "Subtotal", 小计, and a subtotal named by its group ("North America subtotal", 北美小计). */
const SUBTOTAL = /^(?:sub-?\s?total|小计)|(?:\bsub-?\s?total|小计)\s*[:：]?$/i;
const PART = /^(?:of which|o\/w|including|incl\.|thereof|of that)(?:\s|[:：,]|$)|^(?:其中|含)/i;
const ALL = /^all$/i;
/** Also rows that summarise the rows above without adding them: an average, a median. */
const TOTALISH = /\b(?:total|sum|combined|aggregate|overall|average|avg|mean|median|memo)\b|\ball\b(?!\s+others?\b)|合计|总计|总和|共计|小计|总额|加总|全部|汇总|平均|均值|中位数/i;

/**
 * What a row label makes of its row, and how sure the label is: `explicit` when it is only the total
 * word, `probable` when its words point at the rows ("Total of the above", 四家合计), `weak` for a bare
 * "All" (a survey's overall figure as often as a sum).
 */
export function rowRole(label: string): { role: RowRole; certainty: Certainty } {
  const text = label.replace(/^[-–—·•\s]+/, (m) => (m.trim() ? 'of which ' : ''));
  if (TOTAL_EN.test(text) || TOTAL_ZH.test(text)) return { role: 'total', certainty: 'explicit' };
  if (TOTAL_OF_ROWS.test(text)) return { role: 'total', certainty: 'probable' };
  if (SUBTOTAL.test(text)) return { role: 'subtotal', certainty: 'explicit' };
  if (PART.test(text)) return { role: 'part', certainty: 'explicit' };
  if (ALL.test(text)) return { role: 'total', certainty: 'weak' };
  if (TOTALISH.test(text)) return { role: 'other', certainty: 'weak' };
  return { role: 'item', certainty: 'explicit' };
}

/** A label marking a figure as a forecast or plan: such a row may be left out of a total. */
const FORECAST_LABEL = /\d\s*[EF]\b|\b(?:est\.?|estimate[sd]?|forecast|plan|guidance|outlook|projected)\b|预测|预计|指引|计划|展望/i;

export function isForecastLabel(label: string): boolean {
  return FORECAST_LABEL.test(label);
}

/** A column of prices, averages, rates or multiples: its total row holds an average or a rate, not a sum. */
const NOT_ADDED = /\b(?:price|asp|average|avg|mean|median|per|rate|margin|multiple|ratio|yield|valuation multiple)\b|单价|均价|平均|价格|利润率|毛利率|倍数|比率|率$/i;

export function isAddedUp(header: string): boolean {
  return !NOT_ADDED.test(header);
}

/** A column header that is only a total word: "Total", 合计. */
export function isTotalHeader(header: string): boolean {
  return TOTAL_EN.test(header) || TOTAL_ZH.test(header);
}

/** "% of total", "Share of total", 占比: each row's share of the column's total. */
const SHARE_OF_TOTAL = new RegExp(String.raw`^(?:%\s*of\s*(?:the\s+)?total|share\s+of\s+(?:the\s+)?total|percent\s+of\s+(?:the\s+)?total|占总(?:额|数|量|计|体)?(?:的)?(?:比例|比重|百分比)?|占合计(?:的)?(?:比例|比重)?)${UNIT_NOTE}$`, 'i');
/** "Share", 占比, 份额: a share of something, the total only when the total row says 100%. */
const SHARE = new RegExp(String.raw`^(?:share|mix|%\s*share|weight|占比|份额|比重|权重)${UNIT_NOTE}$`, 'i');

export function shareHeader(header: string): 'ofTotal' | 'share' | undefined {
  if (SHARE_OF_TOTAL.test(header)) return 'ofTotal';
  if (SHARE.test(header)) return 'share';
  return undefined;
}

/** A header's unit note ("($B)", "（亿元）", ", $M"): bare figures in two columns compare only under the same one. */
export function unitNote(header: string): string {
  const m = /[(（]([^)）]*)[)）]\s*$|,\s*([^,]+)$/.exec(header);
  return (m?.[1] ?? m?.[2] ?? '').trim().toLowerCase();
}
