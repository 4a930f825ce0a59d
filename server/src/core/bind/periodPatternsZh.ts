/**
 * Chinese period expressions: 2023年12月, 2023年最后一个月, 2023年第三季度, 2023年三季度, 上半年,
 * 2024财年第四财季, 2024年年底, 今年/去年/明年, 去年12月, 3月18日, 一年前, 上季度, and present markers
 * (目前, 如今). Digits are normalised to ASCII before matching (full-width ２０２３ reads as 2023).
 */
import type { PeriodPattern } from './periodPatternsEn';
import { wholeYears } from './periodWordsEn';
import type { MonthPart, PeriodSpec, YearRef } from './periodSpec';
import type { Season } from './yearParts';

const Y = '(?<![\\d.])((?:19[7-9]|20\\d)\\d)';
/** A month's number, in digits or characters ("12", "09", "十二", "九"), as a pattern with no group: shared with other readers of a written month. */
export const MONTH_NUMBER_ZH = '1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]';
const MZ = `(${MONTH_NUMBER_ZH})`;
const DZ = '(3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const QZ = '([一二三四1-4])';
const REL_YEAR = '(今年|去年|明年|前年)';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads 1-31 written in Arabic digits or Chinese numerals (十二, 二十三, 三十一). */
export function smallNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const ten = s.indexOf('十');
  if (ten < 0) return DIGITS[s] ?? NaN;
  const tens = ten === 0 ? 1 : DIGITS[s.slice(0, ten)];
  const units = ten === s.length - 1 ? 0 : DIGITS[s.slice(ten + 1)];
  return tens * 10 + units;
}

function abs(y: string): YearRef {
  return { abs: Number(y) };
}

function relYear(word: string): YearRef {
  return { rel: word === '去年' ? -1 : word === '明年' ? 1 : word === '前年' ? -2 : 0 };
}

function p(source: string, build: PeriodPattern['build']): PeriodPattern {
  return { re: new RegExp(source, 'g'), build };
}

function q(year: YearRef, quarter: number, fiscal: boolean, to = quarter): PeriodSpec {
  return { t: 'quarter', year, from: quarter, to, fiscal };
}

/** Three consecutive quarters, first three quarters: a count of quarters, not a quarter. */
const NOT_A_QUARTER = '(?<![\\d年前后近去续个几两这上下本同])';

/**
 * "2023年7-9月", "2023年10至12月": a month range that is a calendar quarter reads as that quarter; any
 * other three months ("2024年5-7月", a fiscal quarter) as the three months ending with the last one.
 */
function monthRange(year: YearRef, from: number, to: number): PeriodSpec | undefined {
  if (from === to) return undefined;
  // "2024年11月至1月": the year is written before the start, so the range ends in the next year.
  if (from > to) return { t: 'monthRange', year: nextYear(year), from, to };
  if (to !== from + 2) return { t: 'monthRange', year, from, to };
  return (from - 1) % 3 === 0 ? { t: 'quarter', year, from: (from + 2) / 3, to: (from + 2) / 3, fiscal: false, months: true } : { t: 'monthQuarter', year, m: to };
}

function nextYear(year: YearRef): YearRef {
  if (year === undefined) return undefined;
  return 'abs' in year ? { abs: year.abs + 1 } : { rel: year.rel + 1 };
}

/** Months from one written year to another, end included; a start after its end is no range. */
function yearSpan(fromYear: number, from: number, toYear: number, to: number): PeriodSpec | undefined {
  if (fromYear > toYear || (fromYear === toYear && from >= to)) return undefined;
  return { t: 'monthRange', year: abs(String(toYear)), from, to, fromYear };
}

/** Verbs of an event an offset may count from ("成立两个月后"): then not from the date written before. */
const EVENT_VERB = '(?:成立|创立|创办|上线|发布|推出|上市|问世|开业|投产|宣布|融资|交付|发售)';
/** How many months, quarters or years on: 一 to 十二, 两, 半. */
const OFFSET_COUNT = '(?:十一|十二|十|[一二两三四五六七八九半]|1[0-2]|[1-9])';

/** "2024年", "今年" or nothing before a month expression: its year as written. */
const YEAR_OPT = `(?:(?:${Y}|${REL_YEAR})\\s*年?\\s*)?`;
/** "滚动四季度", "四季度滚动", "近四个季度", "过去12个月": a trailing span counted back from a month, not Q4. */
const TRAILING_FOUR_QUARTERS_ZH = '(?:(?:过去|最近|近|滚动)\\s*(?:四|4)\\s*个?\\s*季度|(?:四|4)\\s*个?\\s*季度\\s*滚动|(?:过去|最近|近|滚动)\\s*(?:12|十二)\\s*个\\s*月|(?:12|十二)\\s*个\\s*月\\s*滚动)';

function yearOpt(abs4: string | undefined, relWord: string | undefined): YearRef {
  return abs4 ? abs(abs4) : relWord ? relYear(relWord) : undefined;
}

const MONTH_PARTS: Record<string, MonthPart> = { 初: 'early', 上旬: 'early', 中旬: 'mid', 下旬: 'late', 底: 'late', 末: 'late' };

const COUNT_ZH: Record<string, number> = { 两: 2, 十: 10, 十一: 11 };

/** A count of months or quarters: 两 and 十一 as well as the small numerals smallNumber reads. */
function countZh(word: string): number {
  return COUNT_ZH[word] ?? smallNumber(word);
}

const SEASONS_ZH: Record<string, Season> = { 春: 'spring', 夏: 'summer', 秋: 'autumn', 冬: 'winter' };
const SEASON_ZH = '([春夏秋冬])\\s*(?:天|季(?!度))(?!节)';
/** Before a bare 年初/年中: no year, relative year, count of years or 同年 of its own. */
const BARE_YEAR = '(?<![\\d年今去明前后同每全半近往当上下本该这那其一二三四五六七八九十两几多数])';

/** 今年夏天 is this summer (a winter 今年 in January is the one running); 去年, 明年 name the season's year. */
function seasonZh(word: string, year: YearRef, thisYear = false): PeriodSpec {
  return thisYear ? { t: 'season', year: undefined, season: SEASONS_ZH[word], which: 'this' } : { t: 'season', year, season: SEASONS_ZH[word] };
}

export const ZH_PATTERNS: PeriodPattern[] = [
  // Quarters named by their last month: "2024年9月季度", "今年6月季度", "6月季度", "截至6月的季度"
  p(`${YEAR_OPT}${MZ}\\s*月(?:份)?(?:季度|当季|那个季度|这个季度)`, (m) => ({ t: 'monthQuarter', year: yearOpt(m[1], m[2]), m: smallNumber(m[3]) })),
  // ...and "截至2025年6月30日(止)的季度", "截至6月30日的三个月", "截至2024年4月28日的第一财季",
  // "截至7月30日的二季度" (第 is often dropped, but "四个季度" counts quarters): that quarter, not its
  // last day.
  p(`(?:截至|截止到?)${YEAR_OPT}${MZ}\\s*月(?:底|末|\\s*${DZ}\\s*[日号])?(?:止|为止)?的(?:那个|这个)?(?:第\\s*${QZ}\\s*(?:个)?\\s*|[一二三四1-4](?!\\s*个)\\s*)?(?:财季|季度|三个月|3个月)`, (m) => ({ t: 'monthQuarter', year: yearOpt(m[1], m[2]), m: smallNumber(m[3]), ...(m[4] ? { d: smallNumber(m[4]) } : {}) })),
  // "2025至2027年", "2025年到2027年", "2025-2027年", "2025至2027三年": a run of whole years, the whole span
  // (a figure over it is the span's, never its last year's). Not when the end year opens a month, a
  // quarter, a half or a year's end ("2025至2027年3月" is read by its own patterns).
  p(`${Y}\\s*年?\\s*(?:-|–|—|~|～|至|到)\\s*${Y}(?:\\s*年(?!\\s*(?:\\d|[一二三四五六七八九十]+\\s*月|第|[上下]半|[底末初中]|[Qq]|财))|(?![\\d年月财.\\-/]))`, (m) =>
    wholeYears(+m[1], +m[2]),
  ),
  // Month ranges before single months, so "7-9月" is not read as September.
  // "2023年11月至2024年1月", "2024年8月–2024年10月": a year on each end, the whole span.
  p(`${Y}\\s*年\\s*${MZ}\\s*月(?:份)?\\s*(?:-|–|—|~|～|至|到)\\s*${Y}\\s*年\\s*${MZ}\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])`, (m) =>
    yearSpan(+m[1], smallNumber(m[2]), +m[3], smallNumber(m[4])),
  ),
  // "2023年11月至次年1月": the end in the year after the start's.
  p(`${Y}\\s*年\\s*${MZ}\\s*月(?:份)?\\s*(?:-|–|—|~|～|至|到)\\s*(?:次年|翌年|第二年)\\s*${MZ}\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])`, (m) =>
    yearSpan(+m[1], smallNumber(m[2]), +m[1] + 1, smallNumber(m[3])),
  ),
  // "2024年4月至6月", "今年1-9月", "4–6月": the year before the range is the year of both ends.
  p(`(?<![\\d年月])${YEAR_OPT}${MZ}\\s*月?\\s*(?:-|–|—|~|～|至|到)\\s*${MZ}\\s*月(?:份)?(?!\\s*\\d{1,2}\\s*[日号])`, (m) => monthRange(yearOpt(m[1], m[2]), smallNumber(m[3]), smallNumber(m[4]))),
  // "2025年前九个月", "前两个月": the first months of a year.
  p(`(?<![\\d年])${YEAR_OPT}前\\s*(两|十一|十|[二三四五六七八九]|1[01]|[2-9])\\s*个\\s*月`, (m) =>
    ({ t: 'monthRange', year: yearOpt(m[1], m[2]), from: 1, to: countZh(m[3]) }),
  ),
  // "2月底", "2025年3月上旬", "月初": a third of a month.
  p(`(?<![\\d年个每上下本这当])${YEAR_OPT}${MZ}\\s*月\\s*(初|上旬|中旬|下旬|底|末)`, (m) =>
    ({ t: 'monthPart', year: yearOpt(m[1], m[2]), m: smallNumber(m[3]), part: MONTH_PARTS[m[4]] }),
  ),
  p(`年初至今|今年迄今|年内迄今`, () => ({ t: 'yearToDate' })),
  // Days and months
  p(`${Y}\\s*年\\s*${MZ}\\s*月\\s*${DZ}\\s*[日号]`, (m) => ({ t: 'day', year: abs(m[1]), m: smallNumber(m[2]), d: smallNumber(m[3]) })),
  p(`${Y}\\s*年\\s*${MZ}\\s*月(?:份)?`, (m) => ({ t: 'month', year: abs(m[1]), m: smallNumber(m[2]) })),
  p(`${REL_YEAR}\\s*${MZ}\\s*月\\s*${DZ}\\s*[日号]`, (m) => ({ t: 'day', year: relYear(m[1]), m: smallNumber(m[2]), d: smallNumber(m[3]) })),
  p(`${REL_YEAR}\\s*${MZ}\\s*月(?:份)?`, (m) => ({ t: 'month', year: relYear(m[1]), m: smallNumber(m[2]) })),
  p(`(?<![\\d年])${MZ}\\s*月\\s*${DZ}\\s*[日号]`, (m) => ({ t: 'day', year: undefined, m: smallNumber(m[1]), d: smallNumber(m[2]) })),
  p(`(?<![\\d年个每上下本这当])${MZ}\\s*月(?:份)?(?![活薪息])`, (m) => ({ t: 'month', year: undefined, m: smallNumber(m[1]) })),
  p(`${Y}\\s*年\\s*(?:的)?\\s*最后一(?:个)?月`, (m) => ({ t: 'month', year: abs(m[1]), m: 12 })),
  p(`${REL_YEAR}\\s*(?:的)?\\s*最后一(?:个)?月`, (m) => ({ t: 'month', year: relYear(m[1]), m: 12 })),
  // Calendar quarters
  p(`${Y}\\s*年?\\s*(?:第\\s*${QZ}\\s*(?:个)?\\s*(?:季度|季)|${QZ}\\s*季度|[Qq]([1-4]))`, (m) =>
    q(abs(m[1]), smallNumber(m[2] ?? m[3] ?? m[4]), false),
  ),
  p(`${Y}\\s*年\\s*(?:的)?\\s*最后一(?:个)?(?:季度|季)`, (m) => q(abs(m[1]), 4, false)),
  p(`${REL_YEAR}\\s*(?:的)?\\s*最后一(?:个)?(?:季度|季)`, (m) => q(relYear(m[1]), 4, false)),
  p(`${REL_YEAR}\\s*(?:第\\s*${QZ}\\s*(?:个)?\\s*(?:季度|季)|${QZ}\\s*季度|[Qq]([1-4]))`, (m) =>
    q(relYear(m[1]), smallNumber(m[2] ?? m[3] ?? m[4]), false),
  ),
  p(`${Y}\\s*年\\s*前\\s*([二三两])\\s*(?:个)?\\s*季度`, (m) => q(abs(m[1]), 1, false, smallNumber(m[2]))),
  // "2025年一至三季度", "第一至第三季度": a run of quarters, not the year or its last quarter.
  p(`(?<![\\d年])${YEAR_OPT}第?\\s*([一二三四1-4])\\s*(?:季度)?\\s*(?:至|到|-|–|—|~|～)\\s*第?\\s*([一二三四1-4])\\s*(?:个)?\\s*季度`, (m) => {
    const [from, to] = [smallNumber(m[3]), smallNumber(m[4])];
    return from < to ? q(yearOpt(m[1], m[2]), from, false, to) : undefined;
  }),
  // "今年前三季度", "前三季度" (without 个: "前两个季度" may be the two quarters before).
  p(`${REL_YEAR}\\s*前\\s*([二三两])\\s*(?:个)?\\s*季度`, (m) => q(relYear(m[1]), 1, false, countZh(m[2]))),
  p(`(?<![\\d年])前\\s*([二三两])\\s*季度`, (m) => q(undefined, 1, false, countZh(m[1]))),
  p(`${NOT_A_QUARTER}(?:第\\s*${QZ}\\s*(?:个)?\\s*(?:季度|季)|([一二三四])\\s*季度)`, (m) => q(undefined, smallNumber(m[1] ?? m[2]), false)),
  // "去年同期", "上年同期": the same span as the period written before it, a year earlier.
  p(`(?:去年|上年|上一年)同期`, () => ({ t: 'sameSpanYearBefore' })),
  // "同一季度", "同季": the quarter named before it; "一年前同一季度", "上年同季度", "去年同一季度": that
  // quarter a year back in its own calendar (a bare 同期 stays the span just named, above).
  p(`(一年前|上一?年|去年)?\\s*(?:的)?\\s*同(?:一个?)?\\s*(?:财季|季度|季(?![节度]))`, (m, text) =>
    m[1] === undefined && /[\d年]\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index)) ? undefined : { t: 'sameQuarter', yearsBack: m[1] === undefined ? 0 : 1 },
  ),
  // "前年同期": the same span in the year before last (after 去年上半年: the first half of that year).
  p(`前年同期`, () => ({ t: 'sameSpanYearBefore', inYear: -2 })),
  // Fiscal years and quarters
  // "截至2024年1月的财年", "截至今年1月的12个月", "2024年1月底结束的财年", "截至2025年9月的四个季度": the
  // twelve months ending with the named month. Also without 的 when a word of rolling or of the latest
  // span marks the count of four quarters or twelve months as a trailing span, not the fourth quarter
  // (session 31, h-fa31d): "截至2025年6月滚动四季度", "截至6月近四个季度", "截至2025年6月四季度滚动".
  p(`(?:截至|截止到?)${YEAR_OPT}${MZ}\\s*月(?:底|末|\\s*${DZ}\\s*[日号])?(?:(?:的|止的|为止的)\\s*(?:过去|最近|近|滚动)?\\s*(?:财年|财政年度|会计年度|12个月|十二个月|四个季度)|(?:的|止的|为止的)?\\s*${TRAILING_FOUR_QUARTERS_ZH})`, (m) => ({ t: 'monthYear', year: yearOpt(m[1], m[2]), m: smallNumber(m[3]), ...(m[4] ? { d: smallNumber(m[4]) } : {}) })),
  p(`${Y}\\s*年\\s*${MZ}\\s*月(?:底|末)?(?:结束|止)的\\s*(?:财年|财政年度|会计年度|12个月|十二个月)`, (m) => ({ t: 'monthYear', year: abs(m[1]), m: smallNumber(m[2]) })),
  p(`${Y}\\s*财年\\s*(?:第\\s*)?${QZ}\\s*(?:财季|季度|季)`, (m) => q(abs(m[1]), smallNumber(m[2]), true)),
  p(`${Y}\\s*财年\\s*[Qq]([1-4])`, (m) => q(abs(m[1]), +m[2], true)),
  p(`${Y}\\s*年?\\s*第\\s*${QZ}\\s*财季`, (m) => q(abs(m[1]), smallNumber(m[2]), true)),
  p(`(?<![A-Za-z])[Ff][Yy]\\s*${Y}\\s*(?:年)?\\s*(?:第\\s*)?${QZ}\\s*(?:财季|季度|季(?![节度]))`, (m) => q(abs(m[1]), smallNumber(m[2]), true)),
  // "本财年前三季", "2025财年前两个季度": the first quarters of that fiscal year, not the whole year.
  p(`(本|上一?个?|下一?个?)财年\\s*的?\\s*前\\s*([二三两])\\s*(?:个)?\\s*(?:财季|季度|季(?![节]))`, (m) => q(fiscalRel(m[1]), 1, true, countZh(m[2]))),
  p(`${Y}\\s*财年\\s*的?\\s*前\\s*([二三两])\\s*(?:个)?\\s*(?:财季|季度|季(?![节]))`, (m) => q(abs(m[1]), 1, true, countZh(m[2]))),
  p(`(本|上一?个?|下一?个?)财年\\s*(?:第\\s*)?${QZ}\\s*(?:财季|季度|季(?![节度]))`, (m) => q(fiscalRel(m[1]), smallNumber(m[2]), true)),
  p(`(?<![\\d年])(?:财年\\s*)?第\\s*${QZ}\\s*财季`, (m) => q(undefined, smallNumber(m[1]), true)),
  p(`(?<![\\d年本上下一个])财年\\s*第\\s*${QZ}\\s*季度`, (m) => q(undefined, smallNumber(m[1]), true)),
  p(`${Y}\\s*财年\\s*(上|下)\\s*半(?:年|财年)?`, (m) => ({ t: 'half', year: abs(m[1]), h: m[2] === '上' ? 1 : 2, fiscal: true })),
  p(`${Y}\\s*财年(?:度)?`, (m) => ({ t: 'year', year: abs(m[1]), fiscal: true })),
  // "上一财年", "前一财年" (not the bare 上财年, "last fiscal year") after a named fiscal year count from it.
  p(`(本|上一?个?|下一?个?|前一)财年`, (m) => ({ t: 'year', year: fiscalRel(m[1]), fiscal: true, fromNamed: m[1].length > 1 })),
  // Halves
  p(`${Y}\\s*年\\s*(上|下)\\s*半年`, (m) => ({ t: 'half', year: abs(m[1]), h: m[2] === '上' ? 1 : 2, fiscal: false })),
  p(`${REL_YEAR}\\s*(上|下)\\s*半年`, (m) => ({ t: 'half', year: relYear(m[1]), h: m[2] === '上' ? 1 : 2, fiscal: false })),
  p(`(?<![\\d年])(上|下)\\s*半年`, (m) => ({ t: 'half', year: undefined, h: m[1] === '上' ? 1 : 2, fiscal: false })),
  // Year ends
  p(`${Y}\\s*年\\s*(?:年\\s*)?(?:底|末)`, (m) => ({ t: 'yearEnd', year: abs(m[1]), fiscal: false })),
  p(`${REL_YEAR}\\s*(?:年\\s*)?(?:底|末)`, (m) => ({ t: 'yearEnd', year: relYear(m[1]), fiscal: false })),
  p(`(?<![\\d年今去明前])年\\s*(?:底|末)(?!尾)`, () => ({ t: 'yearEnd', year: undefined, fiscal: false })),
  // "2024年1月给出的目标是：到当年年底…", 同年年底: the end of the year just named, like a bare 年底.
  p(`(?:当|同)年\\s*(?:年\\s*)?(?:底|末)(?!尾)`, () => ({ t: 'yearEnd', year: undefined, fiscal: false })),
  // 年初, 年中 with no year of their own: the year just named, else the document's (yearParts.ts, yearPartYear.ts).
  // Not a count of years ("三年中", "每年中") nor a year before another word ("这一年中国").
  p(`${BARE_YEAR}年\\s*初(?![期至])`, () => ({ t: 'yearPart', year: undefined, part: 'early' })),
  p(`${BARE_YEAR}年\\s*中(?![国心期报华央东西南北美日韩欧英德法印旬])`, () => ({ t: 'yearPart', year: undefined, part: 'mid' })),
  // Seasons (yearParts.ts): "2024年夏季", "今年夏天", "去年秋天", "今夏", "明春", a bare "夏天"; not 春节, not 季度.
  p(`${Y}\\s*年\\s*(?:的)?\\s*${SEASON_ZH}`, (m) => seasonZh(m[2], abs(m[1]))),
  p(`${REL_YEAR}\\s*(?:的)?\\s*${SEASON_ZH}`, (m) => seasonZh(m[2], relYear(m[1]), m[1] === '今年')),
  p(`(?<![至如迄])(今|去|明)([春夏秋冬])(?![天季节])`, (m) => seasonZh(m[2], relYear(m[1] + '年'), m[1] === '今')),
  p(`(?<![\\d年今去明前])${SEASON_ZH}`, (m) => seasonZh(m[1], undefined)),
  // "年内将拥有…", "计划年内…": a target within the year of the span (a year named before it, a speaker's),
  // else the document's. Only beside words of what is to come; "一年内", "两年内" count a span, not a year.
  p(`(?:(?<=(?:将|计划|预计|争取|力争|有望|目标是)\\s*)年内|(?<![\\d一二两三四五六七八九十几数多半近同当每])年内(?=\\s*(?:将|会|要|可|能|有望|计划|预计|就将)))(?!迄今)`, () => ({ t: 'year', year: undefined, fiscal: false })),
  // Years
  p(`${Y}\\s*年(?:度)?(?!代)`, (m) => ({ t: 'year', year: abs(m[1]), fiscal: false })),
  p(REL_YEAR, (m) => ({ t: 'year', year: relYear(m[1]), fiscal: false })),
  // "两个月后", "一年后", "半年后", 次年, 同年: the date just named, moved on (offsetPeriod.ts); after an event
  // verb ("成立两个月后") the offset counts from the event, which may be another date: not computed, nor
  // are 几个月后, 不久后.
  p(`(?<![\\d年月])(?<!${EVENT_VERB})(${OFFSET_COUNT})\\s*个?\\s*(月|季度|年)\\s*(?:后|之后|以后)`, (m) => {
    const n = m[1] === '半' ? 0.5 : countZh(m[1]);
    const months = n * (m[2] === '月' ? 1 : m[2] === '季度' ? 3 : 12);
    return Number.isInteger(months) ? { t: 'after', offset: { months } } : undefined;
  }),
  p(`(?<=${EVENT_VERB})${OFFSET_COUNT}\\s*个?\\s*(?:月|季度|年|周|星期|天)\\s*(?:后|之后|以后)`, () => ({ t: 'after', offset: {} })),
  p(`(?:几|数|${OFFSET_COUNT})\\s*(?:个?\\s*(?:周|星期|天)|个\\s*多\\s*月|年\\s*多|多\\s*年)\\s*(?:后|之后|以后)|(?:几|数)\\s*个?\\s*(?:月|年)\\s*(?:后|之后|以后)|不久(?:后|之后|以后)|此后不久|随后不久|没过多久`, () => ({ t: 'after', offset: {} })),
  p(`次年|翌年`, () => ({ t: 'after', offset: { calendar: 'next-year' } })),
  p(`同年(?![龄级代])`, () => ({ t: 'after', offset: { calendar: 'same-year' } })),
  p(`同月`, () => ({ t: 'after', offset: { calendar: 'same-month' } })),
  // "按同期汇率", "同期美联储H.10汇率为…", "当时的中间价": a rate taken at the date just named, itself
  // (offsetPeriod.ts). Only before a rate's name: a bare 同期 is often a comparison's base (同期增长,
  // 同期收入增加 after two years), and 去年同期 / 一年前同期 are a year back.
  p(`(?<![年前较比与和跟于])(?:同期|当时)(?=\\s*(?:的)?\\s*[^，,。；;：:！？!?]{0,10}?(?:汇率|中间价|汇价|牌价))`, () => ({ t: 'after', offset: { calendar: 'same-period' } })),
  // Relative to the document's date
  p(`(?<![\\d])(一|1|两|2|三|3)\\s*年(?:以)?前`, (m) => ({ t: 'yearsAgo', n: countZh(m[1]) })),
  // "半年前": six months back from the document's date, or from a month or day written before it in the span
  // (a rough distance, roughYearBack.ts).
  p(`(?<![\\d一二两三四五六七八九十多])半年(?:以)?前`, () => ({ t: 'yearsAgo', n: 0.5, fromAnchor: true })),
  // 上一季度, 下一个季度 (with 一 or 个) may point back to a quarter named before them (namedAnchor.ts); 上季度 does not.
  // 上财季, 本财季, 下一财季: the same steps through the company's fiscal quarters (財季 is the quarter of its fiscal year).
  p(`上\\s*(一|个|一\\s*个)?\\s*(?:财季|季度)`, (m) => ({ t: 'relQuarter', offset: -1, ...(m[1] ? { anaphoric: true } : {}) })),
  p(`(?:本|这个|这一)\\s*(?:财季|季度)`, () => ({ t: 'relQuarter', offset: 0 })),
  p(`下\\s*(一|个|一\\s*个)?\\s*(?:财季|季度)`, (m) => ({ t: 'relQuarter', offset: 1, ...(m[1] ? { anaphoric: true } : {}) })),
  p(`上\\s*(?:个)?\\s*月(?!份?\\s*\\d)`, () => ({ t: 'relMonth', offset: -1 })),
  p(`(?:本|这个)\\s*月`, () => ({ t: 'relMonth', offset: 0 })),
  p(`下\\s*个\\s*月`, () => ({ t: 'relMonth', offset: 1 })),
  p(`截至目前|截至今日|目前|如今|当前|现在|眼下|迄今|至今|当下`, () => ({ t: 'present' })),
  // "最新一个季度": the latest quarter reported by the document's date, whichever that is; a figure of an
  // older quarter is out of date, not another period's. One named in brackets after it is that quarter.
  p(`(?:最新(?:的)?(?:一个)?(?:财季|季度)|最近(?:的)?一个(?:财季|季度))(?!\\s*[（(])`, () => ({ t: 'present' })),
  // "最新数字", "最新数据": a figure called the latest is claimed to hold on the document's date.
  p(`最新(?:的)?(?:数字|数据)`, () => ({ t: 'present' })),
  // "最新估值", "最新一轮估值": a valuation called the latest is claimed to hold on the document's date, as
  // "last valued at" is (presentLevel.ts). Only the word 最新 (and 一轮) is the mention: 估值 stays the measure's.
  // Not "最新一轮的估值是…的27倍": a round set up as the subject of a comparison is the event, not a level now.
  p(`最新(?:一轮)?(?=(?:投后|投前)?估值)`, () => ({ t: 'present' })),
];

function fiscalRel(word: string): YearRef {
  return { rel: /^[上前]/.test(word) ? -1 : word.startsWith('下') ? 1 : 0 };
}

/** 自/自从 before an expression, 以来/起 after it: a range from the expression to the document's date. */
export const ZH_SINCE_BEFORE = /(?:自从|自)\s*$/;
export const ZH_FROM_BEFORE = /从\s*$/;
export const ZH_SINCE_AFTER = /^\s*(?:以来|起|开始|至今)/;
/**
 * 自微软2019年首笔投资以来: 自…以来 frames an event, and the date inside the frame dates it, so the range
 * runs from that date to the document's date as 自2019年以来 would. Both ends are needed (自 alone is in
 * too many words), with no clause break between.
 */
export const ZH_SINCE_EVENT_BEFORE = /(?:自从|自)[^，。；：！？,.;:!?()（）]{1,20}$/;
export const ZH_SINCE_EVENT_AFTER = /^[^，。；：！？,.;:!?()（）]{1,20}?以来/;
/** A 从/自 that opens a closed range (从2023年到2024年) is not "since". */
export const ZH_RANGE_AFTER = /^\s*(?:到|至(?!今)|—|-|~|～)/;
