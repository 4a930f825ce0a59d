/**
 * English period expressions: dates, months, quarters, halves, fiscal years, year ends, relative
 * expressions ("last quarter", "a year ago") and present markers ("now").
 *
 * Month names must be capitalised ("May" the month, not "may" the verb) and a lone month needs its
 * full name; everything else is case-insensitive. Each pattern returns a PeriodSpec; resolution to
 * dates happens in periodSpec.ts.
 */
import type { PeriodSpec } from './periodSpec';
import { measuredAt } from '../recognize/units';
import { MONTH_FULL_NAME_EN, MONTH_NAME_EN } from '../text/monthNames';
import { SEASON_WHICH, UNIT_MONTHS, abs, count, h, half, month, offsetCount, ordinal, partOf, q, quarterBefore, quarters, range, rel, season, span, wholeYears, yearBefore } from './periodWordsEn';

export interface PeriodPattern {
  re: RegExp;
  build(m: RegExpExecArray, text: string): PeriodSpec | undefined;
}

const B0 = '(?<![A-Za-z0-9])';
const B1 = '(?![A-Za-z0-9])';
/** A four-digit year 1970-2099. */
const Y = '((?:19[7-9]|20\\d)\\d)';
/** What follows a Chinese count or amount, never a year: a magnitude (万, 亿), a currency, a measure word. */
const ZH_COUNT_AFTER = '(?:万|亿|千|百|美元|元|欧元|英镑|日元|港元|个|名|条|家|台|块|颗|张|枚|次|人|倍|％|户|份|篇|项)';
/** A four-digit or apostrophe/two-digit year after FY ("FY24", "FY '24"). */
const FYY = "'?((?:19[7-9]|20\\d)\\d|\\d{2})";
const MON = `(${MONTH_NAME_EN})(?![A-Za-z])\\.?`;
const FULL_MON = `(${MONTH_FULL_NAME_EN})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th)';
// "fiscal-2024 revenue": the hyphenated compound modifier names the same fiscal year.
const FISCAL = "(?:FY|fiscal(?:-|\\s+(?:year\\s+)?))\\s*";

function p(source: string, flags: string, build: PeriodPattern['build']): PeriodPattern {
  return { re: new RegExp(source, 'g' + flags), build };
}

/**
 * Words before a lone "May" that make it the month. An article or possessive determiner ("the May
 * expansion", "its May filing") does too, and so does a possessive noun ("the startup's May round"): a
 * modal verb never follows one.
 */
const MAY_CONTEXT = /(?:\b(?:in|during|since|by|until|through|early|late|mid|from|of|last|this|next|the|its|their|our|his|her)[\s-]+|[A-Za-z0-9]['’]s\s+)$/i;

/** "the June quarter" is a quarter, not the end of June. */
const NOT_QUARTER = '(?![\\s-]+quarter)';

const SEASON = '(spring|summer|autumn|fall|winter)';
/** After a season's word: not "the fall in/of prices" (a year after "fall of" is the season's), not the Spring Festival. */
const SEASON_END = `${B1}(?!(?<=[Ff][Aa][Ll][Ll])\\s+(?:in|of)\\s+(?!(?:19|20)\\d\\d))(?!\\s+[Ff]estival)`;

export const EN_PATTERNS: PeriodPattern[] = [
  // Days
  p(`${B0}${MON}\\s+${DAY},?\\s+${Y}${B1}`, '', (m) => ({ t: 'day', year: abs(m[3]), m: month(m[1]), d: +m[2] })),
  p(`${B0}${DAY}\\s+(?:of\\s+)?${MON},?\\s+${Y}${B1}`, '', (m) => ({ t: 'day', year: abs(m[3]), m: month(m[2]), d: +m[1] })),
  p(`${B0}${Y}-(\\d{2})-(\\d{2})${B1}`, '', (m) => ({ t: 'day', year: abs(m[1]), m: +m[2], d: +m[3] })),
  p(`${B0}${Y}/(\\d{1,2})/(\\d{1,2})${B1}`, '', (m) => ({ t: 'day', year: abs(m[1]), m: +m[2], d: +m[3] })),
  // "May 30 last year", "March 4 of this year": the relative year after a day is that day's year.
  p(`${B0}${MON}\\s+${DAY},?\\s+(?:of\\s+)?([Ll]ast|[Tt]his|[Nn]ext)\\s+year${B1}`, '', (m) => ({ t: 'day', year: rel(m[3]), m: month(m[1]), d: +m[2] })),
  p(`${B0}${DAY}\\s+(?:of\\s+)?${MON},?\\s+(?:of\\s+)?([Ll]ast|[Tt]his|[Nn]ext)\\s+year${B1}`, '', (m) => ({ t: 'day', year: rel(m[3]), m: month(m[2]), d: +m[1] })),
  // Not the number of an SEC form: "its February 10-Q", "the March 8-K" (a month, then the filing).
  p(`${B0}${MON}\\s+${DAY}${B1}(?!-[KQF](?![A-Za-z]))`, '', (m) => ({ t: 'day', year: undefined, m: month(m[1]), d: +m[2] })),
  p(`${B0}${DAY}\\s+(?:of\\s+)?${MON}`, '', (m) => ({ t: 'day', year: undefined, m: month(m[2]), d: +m[1] })),
  // Months
  p(`${B0}${MON},?\\s+(?:of\\s+)?${Y}${B1}`, '', (m) => ({ t: 'month', year: abs(m[2]), m: month(m[1]) })),
  p(`${B0}${Y}-(0[1-9]|1[0-2])(?![\\d-])`, '', (m) => ({ t: 'month', year: abs(m[1]), m: +m[2] })),
  // "in May last year", "March of next year": the month of the relative year.
  p(`${B0}${FULL_MON},?\\s+(?:of\\s+)?([Ll]ast|[Tt]his|[Nn]ext)\\s+year${B1}`, '', (m) => ({ t: 'month', year: rel(m[2]), m: month(m[1]) })),
  p(`${B0}([Ll]ast|[Tt]his|[Nn]ext)\\s+${FULL_MON}${B1}`, '', (m) =>
    m[1].toLowerCase() === 'last' ? { t: 'lastMonthName', m: month(m[2]) } : { t: 'month', year: rel(m[1]), m: month(m[2]) },
  ),
  p(`${B0}${FULL_MON}${B1}`, '', (m, text) => {
    if (m[1] === 'May' && !MAY_CONTEXT.test(text.slice(0, m.index))) return undefined;
    return { t: 'month', year: undefined, m: month(m[1]) };
  }),
  p(`${B0}(?:the\\s+)?(?:last|final)\\s+month\\s+of\\s+${Y}${B1}`, 'i', (m) => ({ t: 'month', year: abs(m[1]), m: 12 })),
  // Month ranges: "April–June 2024", "Apr-Jun 2024", "from April to June 2024", "between April and June
  // 2024": the year after the range is the year of both ends.
  p(`${B0}(?:from\\s+)?${MON}\\s*(?:[–—-]|\\s(?:to|through|until)\\s)\\s*${MON},?\\s+(?:of\\s+)?${Y}${B1}`, '', (m) => range(abs(m[3]), m[1], m[2])),
  p(`${B0}between\\s+${MON}\\s+and\\s+${MON},?\\s+(?:of\\s+)?${Y}${B1}`, '', (m) => range(abs(m[3]), m[1], m[2])),
  // "Aug 2024–Oct 2024", "from November 2023 to January 2024": a year on each end, the whole span.
  p(`${B0}(?:from\\s+)?${MON},?\\s+${Y}\\s*(?:[–—-]|\\s(?:to|through|until)\\s)\\s*${MON},?\\s+${Y}${B1}`, '', (m) => span(+m[2], m[1], +m[4], m[3])),
  p(`${B0}between\\s+${MON},?\\s+${Y}\\s+and\\s+${MON},?\\s+${Y}${B1}`, '', (m) => span(+m[2], m[1], +m[4], m[3])),
  // "2025–2027", "from 2025 through 2027", "between 2025 and 2027": a run of whole years, the whole span
  // (a figure over it is the span's, never its last year's). Not a fiscal pair ("2024-25") nor a date.
  p(`${B0}(?:from\\s+|between\\s+)?${Y}\\s*(?:[–—-]|\\s(?:to|through|until|and)\\s)\\s*${Y}${B1}(?![-–/.]\\d|\\s*[年月财])`, 'i', (m) =>
    /^between/i.test(m[0]) !== /\sand\s/i.test(m[0]) ? undefined : wholeYears(+m[1], +m[2]),
  ),
  // "the three years to 2027", "the two years through 2026": the years ending with the named one.
  p(`${B0}(?:the\\s+)?(two|three|four|five|[2-5])\\s+years\\s+(?:to|through|ending(?:\\s+in)?)\\s+${Y}${B1}`, 'i', (m) =>
    wholeYears(+m[2] - count(m[1]) + 1, +m[2]),
  ),
  p(`${B0}${MON}\\s*[–—-]\\s*${MON}(?![A-Za-z0-9])`, '', (m) => range(undefined, m[1], m[2])),
  p(`${B0}(?:from\\s+|between\\s+)?${FULL_MON}\\s+(?:to|through|until)\\s+${FULL_MON}${B1}`, '', (m) => range(undefined, m[1], m[2])),
  // "raised $3.2 billion between June and November": the span, as with a year after it (not June alone).
  p(`${B0}between\\s+${FULL_MON}\\s+and\\s+${FULL_MON}${B1}(?!,?\\s+(?:of\\s+)?(?:19|20)\\d\\d)`, '', (m) => range(undefined, m[1], m[2])),
  // Parts of a year to a month: "the first nine months of 2025", "the nine months ended September 30,
  // 2025", "year to date through September".
  p(`${B0}(?:the\\s+)?first\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\\s+months(?:\\s+of\\s+(?:(?:the\\s+)?(?:calendar\\s+)?(?:year\\s+)?${Y}|(this|last)\\s+year))?${B1}`, 'i', (m) =>
    ({ t: 'monthRange', year: m[2] ? abs(m[2]) : m[3] ? rel(m[3]) : undefined, from: 1, to: count(m[1]) }),
  ),
  p(`${B0}(?:the\\s+)?(three|six|nine|[369])[\\s-]+months\\s+(?:ended|ending|to|through)\\s+(?:the\\s+end\\s+of\\s+)?${MON}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+${Y}${B1}`, 'i', (m) =>
    ({ t: 'monthRange', year: abs(m[3]), from: ((month(m[2]) - count(m[1]) + 12) % 12) + 1, to: month(m[2]) }),
  ),
  p(`${B0}(?:year[-\\s]to[-\\s]date|YTD)\\s+(?:through|to|until)\\s+(?:the\\s+end\\s+of\\s+)?${MON}(?:,?\\s+${Y})?${B1}`, 'i', (m) =>
    ({ t: 'monthRange', year: abs(m[2]), from: 1, to: month(m[1]) }),
  ),
  p(`${B0}(?:(?:the\\s+)?year[-\\s]to[-\\s]date|YTD|so\\s+far\\s+this\\s+year|this\\s+year\\s+(?:so\\s+far|to\\s+date))${B1}`, 'i', () => ({ t: 'yearToDate' })),
  // A third of a month: "at the end of February", "early March 2025", "mid-May", "end-June".
  p(`${B0}(?:the\\s+)?(end|close|beginning|start|middle)\\s+of\\s+${MON}(?:,?\\s+${Y})?${NOT_QUARTER}${B1}`, '', (m) =>
    ({ t: 'monthPart', year: abs(m[3]), m: month(m[2]), part: partOf(m[1]) }),
  ),
  p(`${B0}([Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)[\\s-]+${MON}(?:,?\\s+${Y})?${NOT_QUARTER}${B1}`, '', (m) =>
    ({ t: 'monthPart', year: abs(m[3]), m: month(m[2]), part: partOf(m[1]) }),
  ),
  // Quarters named by their last month ("the July quarter", "the December quarter of 2023", "the
  // December 2024 quarter": the quarter, not the month; "April–June 2024 quarter" is the range's)
  // "June quarter 2024", "the September quarter, 2023": the year after it too (one space, not a table's next cell).
  // "the July-2023 quarter": the month and year hyphenated as one modifier name the same quarter.
  // "the December quarter of fiscal 2025": that fiscal year's quarter the month falls in, not the year.
  p(`${B0}(?:the\\s+)?${FULL_MON}[\\s-]+quarter\\s+of\\s+${FISCAL}${FYY}${B1}`, '', (m) => ({ t: 'monthQuarter', year: abs(m[2]), m: month(m[1]), fiscal: true })),
  p(`${B0}(?<!(?:[–—-]|\\bto|\\bthrough)\\s*)(?:the\\s+)?${FULL_MON}(?:(?:\\s+|-)${Y})?[\\s-]+quarter(?:(?:\\s+of\\s+|,?[ \\t])${Y})?${B1}`, '', (m) => ({ t: 'monthQuarter', year: abs(m[2] ?? m[3]), m: month(m[1]) })),
  // "the quarter ended June 30, 2025", "the three months ended Jan. 26", "the quarter ending in April",
  // "the three months to late April 2024" (the end of a fiscal quarter falls late in its month): the
  // quarter ending that month, not its last day.
  p(`${B0}(?:[Tt]he\\s+)?(?:(?:[Ff]iscal\\s+)?[Qq]uarter|(?:[Tt]hree|3)[\\s-]+months)\\s+(?:(?:that|which)\\s+ended|ended|ending|to|through)\\s+(?:in\\s+|the\\s+end\\s+of\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?${MON}(?:\\s+${DAY})?(?:,?\\s+${Y})?${B1}`, '', (m) =>
    ({ t: 'monthQuarter', year: abs(m[3]), m: month(m[1]), ...(m[2] ? { d: +m[2] } : {}) }),
  ),
  // ...and day first, as British writers date it: "the three months to 30 June 2024", "the quarter ended 31 December".
  p(`${B0}(?:[Tt]he\\s+)?(?:(?:[Ff]iscal\\s+)?[Qq]uarter|(?:[Tt]hree|3)[\\s-]+months)\\s+(?:(?:that|which)\\s+ended|ended|ending|to|through)\\s+(?:on\\s+)?${DAY}\\s+(?:of\\s+)?${MON}(?:,?\\s+${Y})?${B1}`, '', (m) =>
    ({ t: 'monthQuarter', year: abs(m[3]), m: month(m[2]), d: +m[1] }),
  ),
  // "the first three quarters of fiscal 2025", "the first six months of FY2025": the fiscal year's own
  // quarters (a calendar year's first months and quarters are read above).
  p(`${B0}(?:the\\s+)?first\\s+(?:(?:nine|9)\\s+months|(?:three|3)\\s+quarters)\\s+of\\s+${FISCAL}${FYY}${B1}`, 'i', (m) => q(abs(m[1]), 1, true, 3)),
  p(`${B0}(?:the\\s+)?first\\s+(?:six|6)\\s+months\\s+of\\s+${FISCAL}${FYY}${B1}`, 'i', (m) => h(abs(m[1]), 1, true)),
  // Calendar quarters
  p(`${B0}Q([1-4])\\s*(?:of\\s+)?(?:CY\\s*)?${Y}${B1}`, 'i', (m) => q(abs(m[2]), +m[1], false)),
  p(`${B0}Q([1-4])\\s*'(\\d{2})${B1}`, 'i', (m) => q(abs(m[2]), +m[1], false)),
  p(`${B0}([1-4])Q\\s*'?((?:19[7-9]|20\\d)\\d|\\d{2})${B1}`, 'i', (m) => q(abs(m[2]), +m[1], false)),
  p(`${B0}${Y}\\s*Q([1-4])${B1}`, 'i', (m) => q(abs(m[1]), +m[2], false)),
  // "the third quarter of (calendar) 2023", "the third calendar quarter of 2023".
  p(`${B0}(?:the\\s+)?${ORD}[\\s-]+(?:calendar\\s+)?quarter\\s+(?:of\\s+)?(?:calendar\\s+(?:year\\s+)?)?${Y}${B1}`, 'i', (m) => q(abs(m[2]), ordinal(m[1]), false)),
  p(`${B0}(?:the\\s+)?(?:last|final)\\s+quarter\\s+of\\s+${Y}${B1}`, 'i', (m) => q(abs(m[1]), 4, false)),
  // "the final quarter of last year": the year's fourth quarter, not the relative year itself.
  p(`${B0}(?:the\\s+)?(?:last|final)\\s+quarter\\s+of\\s+(this|last|next)\\s+year${B1}`, 'i', (m) => q(rel(m[1]), 4, false)),
  // Runs of quarters: "Q1–Q3 2025", "the first three quarters of 2025" (never the whole year).
  p(`${B0}Q([1-4])\\s*[–—-]\\s*Q([1-4])(?:\\s*(?:of\\s+)?${Y})?${B1}`, 'i', (m) => quarters(abs(m[3]), +m[1], +m[2])),
  p(`${B0}(?:the\\s+)?first\\s+(two|three|[23])\\s+quarters(?:\\s+of\\s+(?:(?:the\\s+)?(?:calendar\\s+)?(?:year\\s+)?${Y}|(this|last)\\s+year))?${B1}`, 'i', (m) =>
    quarters(m[2] ? abs(m[2]) : m[3] ? rel(m[3]) : undefined, 1, count(m[1])),
  ),
  p(`${B0}Q([1-4])${B1}`, 'i', (m) => q(undefined, +m[1], false)),
  // Analysts' shorthand "1Q", "3Q" with no year: the same bare quarter as "Q1" (its year from the heading or the text).
  p(`${B0}([1-4])Q${B1}`, 'i', (m) => q(undefined, +m[1], false)),
  p(`${B0}(?:the\\s+)?${ORD}[\\s-]+quarter${B1}`, 'i', (m) => q(undefined, ordinal(m[1]), false)),
  // An ordinal whose "quarter" is elided in a coordinated pair: "$26 billion in the second quarter and
  // $22 billion in the first" is the first quarter. Only a bare "the first" closing its phrase (a comma,
  // the sentence's end, a conjunction), with "<ordinal> quarter" and a conjunction before it in the sentence
  // (a decimal point is no sentence end).
  p(
    `${B0}the\\s+${ORD}(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|but|meaning|when|while|which|as|with)${B1})(?<=${B0}${ORD}[\\s-]+quarter${B1}(?:[^.;!?]|\\.\\d){0,80}?\\s(?:and|or|versus|vs\\.?|than|while|but)\\s(?:[^.;!?]|\\.\\d){0,60}?the\\s+${ORD})`,
    'i',
    (m) => q(undefined, ordinal(m[1]), false),
  ),
  // Fiscal quarters
  p(`${B0}Q([1-4])(?:\\s+of\\s+|[ \\t]?)${FISCAL}${FYY}${B1}`, 'i', (m) => q(abs(m[2]), +m[1], true)),
  p(`${B0}([1-4])Q\\s*FY\\s*${FYY}${B1}`, 'i', (m) => q(abs(m[2]), +m[1], true)),
  // "Q4 FY25", "FY25 Q4", "FY2025/Q4": one label, so at most a space each side of the mark ("| Q4 FY25 |
  // Q4 FY24 |" masks to "Q4 FY25   Q4 FY24", whose "FY25   Q4" spans two table cells).
  p(`${B0}${FISCAL}${FYY}[ \\t]?[-/]?[ \\t]?Q([1-4])${B1}`, 'i', (m) => q(abs(m[1]), +m[2], true)),
  p(`${B0}(?:the\\s+)?(?:fiscal\\s+)?${ORD}[\\s-]+(?:fiscal\\s+)?quarter\\s+(?:of\\s+)?${FISCAL}${FYY}${B1}`, 'i', (m) =>
    q(abs(m[2]), ordinal(m[1]), true),
  ),
  // "the last quarter of FY2025", "the final quarter of fiscal 2024": the fiscal year's fourth quarter.
  p(`${B0}(?:the\\s+)?(?:last|final)\\s+(?:fiscal\\s+)?quarter\\s+of\\s+${FISCAL}${FYY}${B1}`, 'i', (m) => q(abs(m[1]), 4, true)),
  p(`${B0}(?:the\\s+)?fiscal\\s+${ORD}[\\s-]+quarter(?:\\s+(?:of\\s+)?${Y})?${B1}`, 'i', (m) => q(abs(m[2]), ordinal(m[1]), true)),
  p(`${B0}(?:the\\s+)?${ORD}\\s+fiscal\\s+quarter(?:\\s+(?:of\\s+)?${Y})?${B1}`, 'i', (m) => q(abs(m[2]), ordinal(m[1]), true)),
  p(`${B0}fiscal\\s+Q([1-4])(?:\\s+${Y})?${B1}`, 'i', (m) => q(abs(m[2]), +m[1], true)),
  // Halves
  p(`${B0}H([12])\\s*(?:of\\s+)?${Y}${B1}`, 'i', (m) => h(abs(m[2]), +m[1], false)),
  p(`${B0}H([12])\\s*'(\\d{2})${B1}`, 'i', (m) => h(abs(m[2]), +m[1], false)),
  p(`${B0}([12])H\\s*'?((?:19[7-9]|20\\d)\\d|\\d{2})${B1}`, 'i', (m) => h(abs(m[2]), +m[1], false)),
  p(`${B0}${Y}\\s*H([12])${B1}`, 'i', (m) => h(abs(m[1]), +m[2], false)),
  p(`${B0}(?:the\\s+)?(first|second)[\\s-]+half\\s+(?:of\\s+)?${Y}${B1}`, 'i', (m) => h(abs(m[2]), half(m[1]), false)),
  p(`${B0}(?:the\\s+)?(first|second)[\\s-]+half\\s+of\\s+(this|last|next)\\s+year${B1}`, 'i', (m) => h(rel(m[2]), half(m[1]), false)),
  p(`${B0}H([12])\\s*(?:of\\s+)?${FISCAL}${FYY}${B1}`, 'i', (m) => h(abs(m[2]), +m[1], true)),
  p(`${B0}(?:the\\s+)?(first|second)[\\s-]+half\\s+of\\s+${FISCAL}${FYY}${B1}`, 'i', (m) => h(abs(m[2]), half(m[1]), true)),
  // "the first half of that year": the year just named, as for a bare half.
  p(`${B0}(?:the\\s+)?(first|second)[\\s-]+half(?:\\s+of\\s+(?:that|the\\s+same)\\s+year)?(?!\\s+of)${B1}`, 'i', (m) => h(undefined, half(m[1]), false)),
  p(`${B0}H([12])${B1}`, 'i', (m) => h(undefined, +m[1], false)),
  p(`${B0}([12])H${B1}`, 'i', (m) => h(undefined, +m[1], false)),
  // Fiscal years
  // "the fiscal year to January 2024", "the 12 months ended Jan. 31, 2024", "the four quarters to September
  // 2025", "TTM to September 2025", "LTM ended June 2025" (trailing/last twelve months), "the year to January": named by the month it ends (year-less: the latest such month begun), or
  // by the day, when one is written ("the year to November 3, 2024" ends on the 3rd).
  p(`${B0}(?:(?:[Tt]he\\s+)?(?:[Ff]iscal|[Ff]inancial)\\s+year|[Tt]he\\s+year|(?:[Tt]he\\s+)?(?:(?:[Tt]welve|12)[\\s-]+months|(?:[Ff]our|4)\\s+quarters)|TTM|LTM)\\s+(?:(?:that|which)\\s+ended|to|ended|ending|through)\\s+(?:in\\s+|the\\s+end\\s+of\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+)?${MON}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?(?:,?\\s+${Y})?${B1}`, '', (m) =>
    ({ t: 'monthYear', year: abs(m[3]), m: month(m[1]), ...(m[2] ? { d: +m[2] } : {}) }),
  ),
  p(`${B0}(?:FY|F\\.Y\\.)\\s*${FYY}${B1}`, 'i', (m) => ({ t: 'year', year: abs(m[1]), fiscal: true })),
  p(`${B0}fiscal(?:-|\\s+(?:year\\s+)?)(?:${Y}|'(\\d{2}))${B1}`, 'i', (m) => ({ t: 'year', year: abs(m[1] ?? m[2]), fiscal: true })),
  p(`${B0}(?:the\\s+)?${Y}\\s+fiscal\\s+year${B1}`, 'i', (m) => ({ t: 'year', year: abs(m[1]), fiscal: true })),
  // "the current fiscal-year plan": "current" is "this", and the compound modifier names the same year.
  p(`${B0}(this|last|next|current)\\s+fiscal[\\s-]+year${B1}`, 'i', (m) => ({ t: 'year', year: rel(m[1]), fiscal: true })),
  // "the prior fiscal year" after a named fiscal year counts from it (quarterBefore.ts).
  p(`${B0}the\\s+(?:previous|prior|preceding)\\s+fiscal\\s+year${B1}`, 'i', () => ({ t: 'year', year: { rel: -1 }, fiscal: true, fromNamed: true })),
  // A period named by its neighbour: "fiscal 2024's predecessor", "the year before fiscal 2025" (fiscal
  // 2023, 2024), "the quarter before Q1 2025" (Q4 2024). Longer than the named period, so it wins the overlap.
  p(`${B0}(FY\\s*|fiscal\\s+(?:year\\s+)?)${FYY}['’]s\\s+predecessor${B1}`, 'i', (m) => yearBefore(m[2], true)),
  p(`${B0}the\\s+(?:fiscal\\s+)?year\\s+(?:before|preceding|prior\\s+to)\\s+(FY\\s*|fiscal\\s+(?:year\\s+)?)?(?:${FYY})${B1}`, 'i', (m) =>
    m[1] || m[2].length === 4 ? yearBefore(m[2], m[1] !== undefined) : undefined,
  ),
  p(`${B0}the\\s+quarter\\s+(?:before|preceding|prior\\s+to)\\s+Q([1-4])(?:\\s+of)?[ \\t]?(FY\\s*|fiscal\\s+(?:year\\s+)?)?${FYY}${B1}`, 'i', (m) =>
    quarterBefore(m[3], +m[1], m[2] !== undefined),
  ),
  // "$3.9 billion in the quarter and $12.6 billion for the year", "for the full year": the whole year of
  // the period named before it (a quarter's year, fiscal or calendar), not the period itself.
  p(`(?<=\\b(?:for|over|in)\\s+)the\\s+(?:(?:full|whole|entire)[\\s-]+)?year${B1}(?![\\s-]+(?:ago|earlier|before|ended|ending|to|through|that|which|of|in|19\\d\\d|20\\d\\d)\\b)(?!-)`, 'i', () => ({ t: 'namedYear' })),
  // Year ends
  p(`${B0}(?:by\\s+|at\\s+)?(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:calendar\\s+)?(?:year\\s+)?${Y}${B1}`, 'i', (m) => ({
    t: 'yearEnd', year: abs(m[1]), fiscal: false,
  })),
  // "the end of the year", "the end of that year": the year just named, else the document's (yearPartYear.ts).
  p(`${B0}(?:by\\s+|at\\s+)?(?:the\\s+)?end\\s+of\\s+(this|next|last|the|that|the\\s+same)\\s+year${B1}`, 'i', (m) => ({
    t: 'yearEnd', year: /^(?:this|next|last)$/i.test(m[1]) ? rel(m[1]) : undefined, fiscal: false,
  })),
  p(`${B0}(?:by\\s+|at\\s+)?(?:the\\s+)?end\\s+of\\s+${FISCAL}${FYY}${B1}`, 'i', (m) => ({ t: 'yearEnd', year: abs(m[1]), fiscal: true })),
  p(`${B0}(?:year[-\\s]end|YE)\\s*${Y}${B1}`, 'i', (m) => ({ t: 'yearEnd', year: abs(m[1]), fiscal: false })),
  // "would have … by year-end": a target for the end of the year of the span (a year named before it, a
  // speaker's), else the document's. Only after words of what is to come: "had … by year-end" in a later
  // draft may be last year's. The look-behind follows the fixed "by" it ends with, so that it is tried
  // only where "by" stands (at the start of the pattern it ran back up to 80 characters at every position).
  p(`\\bby(?<=\\b(?:will|would|plans?|planned|expects?|expected|aims?|aimed|targets?|targeted|hopes?|hoped|intends?|intended|goals?)\\b(?:[^.;:!?]|\\.(?=\\d)){0,80}\\bby)\\s+(?:the\\s+)?year[-\\s]end(?![-\\s]*(?:19|20)\\d\\d)${B1}`, 'i', () => ({ t: 'yearEnd', year: undefined, fiscal: false })),
  p(`${B0}${Y}\\s+year[-\\s]end${B1}`, 'i', (m) => ({ t: 'yearEnd', year: abs(m[1]), fiscal: false })),
  // Rough parts of a year whose year is the one just named, else the document's (yearParts.ts, yearPartYear.ts):
  // "early in the year", "late that year", "by mid-year", "the middle of the year", "the start of the year".
  p(`${B0}(early|late)\\s+(?:in\\s+)?(?:the|that|the\\s+same)\\s+year${B1}(?!\\s+(?:19|20)\\d\\d)`, 'i', (m) => ({ t: 'yearPart', year: undefined, part: m[1].toLowerCase() === 'early' ? 'early' : 'late' })),
  p(`(?<=\\b(?:by|at|in|around|until|till|through|since|from|before|after)\\s+)(?:the\\s+)?mid-?year${B1}(?![-\\s]+(?:19|20)\\d\\d)`, 'i', () => ({ t: 'yearPart', year: undefined, part: 'mid' })),
  // "late 2023", "mid-2024", "early 2025": a rough part of a written year.
  p(`${B0}(early|mid|late)[\\s-]+${Y}${B1}`, 'i', (m) => ({ t: 'yearPart', year: abs(m[2]), part: m[1].toLowerCase() as 'early' | 'mid' | 'late' })),
  // "Perplexity started the year raising $74 million": the verb puts what follows at the year's start.
  p(`(?<=\\b(?:started|starts|began|begins|opened|opens)\\s+)the\\s+year${B1}(?!\\s+(?:19|20)\\d\\d)`, 'i', () => ({ t: 'yearPart', year: undefined, part: 'early' })),
  p(`${B0}(?:the\\s+)?(middle|start|beginning)\\s+of\\s+(?:the|that|the\\s+same)\\s+year${B1}`, 'i', (m) => ({ t: 'yearPart', year: undefined, part: m[1].toLowerCase() === 'middle' ? 'mid' : 'early' })),
  // Seasons (yearParts.ts): "this summer", "last spring", "this past winter", "summer 2024", "the fall of 2023",
  // "over the winter", "in early spring". "Fall" the noun ("the fall in prices") and the Spring Festival are none.
  p(`${B0}(this\\s+past|this|last|next|that|the\\s+same)\\s+${SEASON}${SEASON_END}`, 'i', (m) => season(m[2], undefined, SEASON_WHICH[m[1].toLowerCase().replace(/\s+/g, ' ')])),
  p(`${B0}(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?${SEASON}(?:\\s+of)?,?\\s+${Y}${B1}`, 'i', (m) => season(m[1], abs(m[2]))),
  p(`(?<=\\b(?:in|during|over|through|throughout|by|until|till|since|from|before|after|across)\\s+)(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?${SEASON}${SEASON_END}`, 'i', (m) => season(m[1], undefined)),
  // Calendar years. Not a four-digit number a Chinese magnitude, currency or measure word follows
  // ("用户达到2000万", "2024亿美元", "2000台"): that is a count, and reading it as a year would give its
  // paragraph a second date. Nor "1979 TFLOPS", "1979 and 989 TFLOPS": digits measured in a unit are a
  // value (recognize/units.ts).
  p(`(?<![A-Za-z0-9$€£¥#.,])(?:(?:calendar\\s+(?:year\\s+)?|CY\\s*))?${Y}(?![A-Za-z0-9%]|[.,]\\d|\\s*${ZH_COUNT_AFTER})`, 'i', (m, text) =>
    measuredAt(text, m.index, m.index + m[0].length) ? undefined : { t: 'year', year: abs(m[1]), fiscal: false },
  ),
  // Relative to the document's date
  p(`${B0}(this|last|next)\\s+year${B1}`, 'i', (m, text) =>
    /\b(?:the|over|past|in the)\s+$/i.test(text.slice(0, m.index)) ? undefined : { t: 'year', year: rel(m[1]), fiscal: false },
  ),
  // "the same period last year", "a year earlier": the span of the period written before it, a year back.
  // "the same quarter", "the same quarter a year earlier", "the year-ago quarter": the quarter named
  // before it, or that quarter a year back (a day named in between is no quarter to count from).
  p(`${B0}(?:(?:(?:a|one)\\s+year\\s+(?:ago|earlier|before)|last\\s+year),?\\s+)?(?:the\\s+same\\s+(?:fiscal\\s+)?quarter(?:\\s+(?:(?:a|one)\\s+year\\s+(?:earlier|before|ago)|(?:of\\s+|in\\s+)?(?:last|the\\s+(?:previous|prior|preceding))\\s+year))?|the\\s+year[\\s-]+(?:ago|earlier)\\s+quarter)${B1}(?!,?\\s+(?:of|in)\\s+(?:\\d|fiscal|FY|calendar|that|the))`, 'i', (m) => ({
    t: 'sameQuarter', yearsBack: /year/i.test(m[0]) ? 1 : 0,
  })),
  // "up 78% on the year-ago $22.1 billion", "the year-earlier figure": the same adjective before a figure or
  // its noun dates that figure a year before the period written before it.
  p(`${B0}(?:the\\s+)?same\\s+(?:period|half|months?)\\s+(?:of\\s+|in\\s+)?(?:last|the\\s+(?:previous|prior|preceding))\\s+year${B1}|${B0}(?:a|one)\\s+year\\s+(?:earlier|before)${B1}|${B0}the\\s+year[\\s-]+(?:ago|earlier)(?=\\s+(?:[$€£¥]|\\d|(?:about|around|roughly|some)\\s|figure|level|number|total|result|revenue|sales))`, 'i', () => ({ t: 'sameSpanYearBefore' })),
  // "a month later", "two years afterwards", "the following year", "later that year": the date just named,
  // moved on; "months later", "shortly after", "two months after its founding" are not computed.
  p(`${B0}(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\\d{1,2}|half\\s+a)\\s+(month|quarter|year)s?\\s+(?:later|afterwards?)${B1}`, 'i', (m) =>
    ({ t: 'after', offset: { months: offsetCount(m[1]) * UNIT_MONTHS[m[2].toLowerCase()] } }),
  ),
  p(`${B0}the\\s+(?:following|next)\\s+month${B1}(?=\\s*,|\\s+(?:it|the|they|he|she|[A-Z]))`, '', () => ({ t: 'after', offset: { months: 1 } })),
  // "the next year" too ("$6.8bn in 2023, guided $30 billion for the next year"), unless a stretch from
  // today ("over the next year", "within the next year").
  p(`${B0}(?:the\\s+following\\s+year|a\\s+year\\s+on|(?<!\\b(?:over|within|across|throughout|during|in)\\s+)the\\s+next\\s+year)${B1}`, 'i', () => ({ t: 'after', offset: { calendar: 'next-year' } })),
  p(`${B0}(?:later\\s+(?:that|the\\s+same|in\\s+the\\s+same)|that\\s+same)\\s+(year|month)${B1}`, 'i', (m) =>
    ({ t: 'after', offset: { calendar: m[1].toLowerCase() === 'year' ? 'same-year' : 'same-month' } }),
  ),
  // "the then-prevailing rate", "the same day's H.10 rate": a rate taken at the date just named, itself.
  p(`${B0}(?:then[-\\s]prevailing|(?:the\\s+)?same\\s+day['’]s)(?=(?:\\s+[\\w.]+){0,3}?\\s+rates?${B1})`, 'i', () => ({ t: 'after', offset: { calendar: 'same-period' } })),
  p(`${B0}(?:(?:(?:a\\s+few|several|some|many|few|a\\s+couple\\s+of)\\s+)?(?:days|weeks|months|years)|(?:a|an|one|two|three|four|five|six|\\d{1,2})\\s+(?:days?|weeks?))\\s+(?:later|afterwards?)${B1}`, 'i', () => ({ t: 'after', offset: {} })),
  p(`${B0}(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\\d{1,2}|half\\s+a|a\\s+few|several)\\s+(?:days?|weeks?|months?|quarters?|years?)\\s+after|(?:shortly|soon)\\s+(?:after(?:wards?)?|thereafter))${B1}`, 'i', () => ({ t: 'after', offset: {} })),
  p(`${B0}(?:a|one|1)\\s+year\\s+ago${B1}`, 'i', () => ({ t: 'yearsAgo', n: 1 })),
  p(`${B0}(two|2|three|3)\\s+years\\s+ago${B1}`, 'i', (m) => ({ t: 'yearsAgo', n: /^(?:two|2)$/i.test(m[1]) ? 2 : 3 })),
  p(`${B0}(?:six|6)\\s+months\\s+ago${B1}|${B0}half\\s+a\\s+year\\s+ago${B1}`, 'i', () => ({ t: 'yearsAgo', n: 0.5 })),
  // "the next (following, previous, prior, preceding) quarter" points back to a quarter named before it
  // (namedAnchor.ts); "next quarter", "last quarter", "the past quarter" count from the document's date.
  p(`${B0}(?:(the)\\s+)?(this|last|next|following|previous|prior|preceding|past)\\s+quarter${B1}`, 'i', (m) => {
    const w = m[2].toLowerCase();
    if (!m[1] && ['following', 'previous', 'prior', 'preceding', 'past'].includes(w)) return undefined;
    const offset = w === 'this' ? 0 : w === 'next' || w === 'following' ? 1 : -1;
    return { t: 'relQuarter', offset, ...(m[1] && w !== 'past' && w !== 'this' && w !== 'last' ? { anaphoric: true } : {}) };
  }),
  p(`${B0}(this|last|next)\\s+month${B1}`, 'i', (m) => {
    const w = m[1].toLowerCase();
    return { t: 'relMonth', offset: w === 'this' ? 0 : w === 'next' ? 1 : -1 };
  }),
  p(`${B0}(?:now|currently|today|at present|as of now|as of today|to date|so far)${B1}`, 'i', () => ({ t: 'present' })),
  // "the latest quarter": whichever quarter was last reported by the document's date (see periodPatternsZh).
  p(`${B0}(?:the|its|their)\\s+(?:latest|most\\s+recent)(?:\\s+reported)?(?:\\s+fiscal)?\\s+quarter${B1}(?!\\s*\\()`, 'i', () => ({ t: 'present' })),
  p(`${B0}the\\s+latest\\s+(?:figure|number|count|data)s?${B1}`, 'i', () => ({ t: 'present' })),
];

/** "since Dec 2023": the expression starts a range that runs to the document's date. */
export const EN_SINCE_BEFORE = /\bsince\s+$/i;

/**
 * "committed since the first $1 billion cheque in 2019": "since" opens a noun phrase naming an event, and
 * the date closing that phrase dates the event, so the range runs from it to the document's date as
 * "since 2019" would. Only "since" inside a clause, after a word (a "since" opening a sentence or a
 * clause after a comma is as often causal: "Since revenue in 2024 was…"), and a short phrase with no
 * clause break.
 */
export const EN_SINCE_EVENT_BEFORE = /(?<=[A-Za-z]\s+)since\s+(?:the|its|their|his|her|our|a|an)\s+[^,.;:!?()]{1,60}?\s(?:in|of)\s+$/i;
