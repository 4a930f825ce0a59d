/**
 * "The July earnings release put full-year revenue at $245.1B", "2月发布的财报显示全年营收为609亿美元",
 * "Microsoft's fiscal year ends in June", "该公司财年截至1月底": a month that dates a publication (a
 * release, report, filing, call, letter; 发布的财报, 公布的年报) says when the numbers came out, and a month
 * that says when a fiscal year ends describes the calendar. Neither is the period of a figure.
 *
 * A full-year figure in a publication dated within four months after a fiscal year's end is that
 * fiscal year's (results come out weeks after the year closes; the year is inferred, so a warning at
 * most). Any other figure takes the sentence's other periods, or none: a release month is never a guess
 * at its period.
 */
import type { Period, Span } from '../model';
import { calendarYearPeriod, fiscalQuarterOf, fiscalYearEndDate, fiscalYearPeriod, isNonCalendarFiscal, parseIso, DAY_MS } from './calendar';
import { figureWords, type AnnouncedInput } from './announcedMonth';
import type { PeriodMention } from './periods';
import { datesCallStatement } from './callMonth';
import { coversQuarter, quarterBeforePublication } from './coveredQuarter';

/**
 * The figure's words; whether its metric is a flow ('duration') or a level; and whether its sentence
 * names a span (a quarter, half, year or run of months) it may be for besides dates.
 */
export interface FigureInput extends AnnouncedInput {
  periodKind?: 'duration' | 'instant';
  namesSpan?: boolean;
  /** The figure's metric records an event that happens once (a round, a deal): dated when it happens. */
  oneOff?: boolean;
}

/** A flow whose sentence names the span it is for: a publishing verb's date then dates only the publication. */
function flowWithSpan(input: FigureInput): boolean {
  return input.periodKind === 'duration' && input.namesSpan === true;
}

const DATE_LEVEL = new Set<PeriodMention['spec']['t']>(['month', 'day', 'monthPart']);

/**
 * Documents that publish figures, and the words that may stand between a month and them. A bare
 * "report", "print" or "update" (and 的报告, 的数据, 的业绩) may be the month's own figures ("the March report" of
 * monthly sales), so it dates a publication only for a whole-year figure or one its words say covers a
 * quarter (coveredQuarter.ts).
 */
const EN_DOCUMENT_SURE = '(?:release|filing|call|letter|10-K|10-Q|8-K|prospectus)s?';
const EN_DOCUMENT_BARE = '(?:report|print|statement|presentation|announcement|update)s?';
const EN_MODIFIER = "(?:earnings|results|quarterly|annual|financial|press|shareholder|shareholders[’']?|investor|regulatory|SEC|conference|fiscal|year-end|full-year)";
/** "the July earnings release", "its February 2024 10-K filing", "the February call", "the July earnings report". */
const EN_AFTER = new RegExp(`^\\s+(?:(?:${EN_MODIFIER}\\s+){1,2}(?:${EN_DOCUMENT_SURE}|${EN_DOCUMENT_BARE})|${EN_DOCUMENT_SURE})(?![A-Za-z])`, 'i');
const EN_AFTER_BARE = new RegExp(`^\\s+${EN_DOCUMENT_BARE}(?![A-Za-z])`, 'i');
/** "its annual report, published in February,": the document, then the month it came out. */
const EN_BEFORE = new RegExp(`(?:${EN_DOCUMENT_SURE}|${EN_DOCUMENT_BARE}|results|earnings),?\\s+(?:released|published|filed|issued|posted|dated)\\s+(?:in|on)\\s+$`, 'i');
/** What a Chinese publication is: 财报, 年报, 公告, 电话会, 股东信; published (发布的) 业绩, 数据, 报告. */
const ZH_DOCUMENT_SURE = '(?:财报|年报|季报|半年报|公告|财务报表|招股书|股东信|电话会)';
const ZH_DOCUMENT_BARE = '(?:报告|业绩|数据|文件)';
/** "2月发布的财报", "2月底公布的年报", "2月份披露的业绩", "2月的财报电话会". */
const ZH_AFTER = new RegExp(`^(?:份)?\\s*(?:(?:发布|公布|披露|发表|提交|递交)(?:的|了)?[^\\d，,。；;]{0,6}?(?:${ZH_DOCUMENT_SURE}|${ZH_DOCUMENT_BARE})|的\\s*${ZH_DOCUMENT_SURE})`);
const ZH_AFTER_BARE = new RegExp(`^(?:份)?\\s*的\\s*${ZH_DOCUMENT_BARE}`);

/**
 * "fiscal year ends in June", "its financial year runs to March", "closed its fiscal year at the end of
 * January", "fiscal 2024, which ended in late January": the calendar, not a period.
 */
const EN_FISCAL_END_BEFORE =
  /(?:(?:fiscal|financial)\s+year(?:[-\s]end)?\s+(?:ends|closes|is|runs\s+(?:to|through|until))|(?:closes|closed|ends|ended|wraps\s+up|wrapped\s+up|finished)\s+(?:its|their|the)\s+(?:fiscal|financial)\s+year|(?:(?:fiscal|financial)\s+(?:year\s+)?(?:(?:19|20)\d\d|FY\s?['’]?\d{2,4})?|FY\s?['’]?\d{2,4})\s*(?:,|\()\s*(?:which|that)\s+(?:ended|ends|closed|closes))\s+(?:in|on|at(?:\s+the\s+end\s+of)?)?\s*$/i;
/**
 * "财年截至1月底", "财年于6月30日结束", "会计年度截止到3月"; and a bracketed gloss of a fiscal period's last
 * day, "2025财年（截至2025年1月26日）", "第三财季（截至2024年10月27日）": when the period ends, not a date.
 */
const ZH_FISCAL_END_BEFORE = /(?:财年|财政年度|会计年度)\s*(?:均|都|通常|一般)?\s*(?:截至|截止(?:于|到)?|结束于|止于|于|在)\s*$|(?:财年|财政年度|会计年度|财季|季度|[Ff][Yy]\s*\d{4})\s*[（(]\s*(?:截至|截止(?:于|到)?)\s*$/;
/** "**Third quarter** (to late October", "fiscal 2024 (ended January 28": a bracketed gloss of a period's last day. */
const EN_PERIOD_END_GLOSS = /(?:quarter|half|year|(?:19|20)\d\d|FY\s?['’]?\d{2,4}|Q[1-4])[*_]{0,2}\s*[(（]\s*(?:to|through|thru|until|ended|ending|ends)\s+(?:on\s+)?$/i;
const ZH_FISCAL_END_AFTER = /^\s*(?:结束|截止|止|为止|，|,|。|；|;|[）)]|$)/;

/**
 * "(to late October, reported November 20)", "revenue …, announced on May 22", "11月20日公布", "公布于11月20日":
 * a date right after (or, in Chinese, right before) a verb of publishing says when the figures came out.
 * Without "on"/"in" the date must end its phrase: in "reported March revenue" the month is the revenue's.
 */
const EN_VERB_BEFORE = /(?<![A-Za-z])(?:reported|published|released|announced|disclosed|filed)\s+(?:(on|in)\s+)?$/i;
const EN_VERB_DATE_ENDS = /^\s*(?:[,;:)\].]|$|(?:and|with|that|when|after|before)(?![A-Za-z]))/i;
const ZH_VERB_BEFORE = /(?:公布|发布|披露)(?:于|在)\s*$/;
const ZH_VERB_AFTER = /^\s*(?:公布|发布|披露)(?:了)?(?:财报|业绩|结果)?\s*(?:[，,。；;）)]|$)/;

/**
 * "今年3月DeepSeek公布了一天的推理账", "3月，该公司披露", "In March, DeepSeek published a day's accounts",
 * "In March the lab put out": a month that opens a clause whose verb is one of publishing, its subject
 * between, dates the disclosure ("2月22日财报发布后": what followed the release is that day's). A flow it discloses keeps its own period ("一天的", "a day's": which day is
 * not said) or none; the month is never the span the flow was earned over.
 */
const ZH_PUBLISHER_VERB_AFTER = /^(?:份)?\s*[，,]?\s*[^，,。；;：:\d]{1,16}?(?:公布|发布|披露|公开|晒出)(?:了|出)?(?!\s*(?:后|之后|以后|前|之前|时|当天|当日|次日))/;
const EN_MONTH_OPENS_CLAUSE = /(?:^|[.;:!?]\s*|\n\s*)(?:in|during|back\s+in|earlier\s+in|this|last)\s+$/i;
const EN_PUBLISHER_VERB_AFTER =
  /^(?:\s+(?:19|20)\d\d)?\s*,?\s+(?:[A-Z][\w.&'’-]*|the|its|their)(?:\s+[\w.&'’-]+){0,3}?\s+(?:published|released|disclosed|put\s+out|made\s+public|revealed)(?![A-Za-z])/;

/** The month at m opens a clause of publishing (ZH_PUBLISHER_VERB_AFTER, EN_PUBLISHER_VERB_AFTER). */
function opensPublishingClause(text: string, m: Span): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (ZH_PUBLISHER_VERB_AFTER.test(after)) return true;
  return EN_MONTH_OPENS_CLAUSE.test(text.slice(Math.max(0, m.start - 20), m.start)) && EN_PUBLISHER_VERB_AFTER.test(after);
}

/** A date of a publishing verb (EN_VERB_BEFORE, ZH_VERB_AFTER): a flow's figures came out then. */
function datesReportVerb(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 20), m.start);
  const after = text.slice(m.end, m.end + 20);
  const en = EN_VERB_BEFORE.exec(before);
  if (en && (en[1] || EN_VERB_DATE_ENDS.test(after))) return true;
  return ZH_VERB_BEFORE.test(before) || ZH_VERB_AFTER.test(after);
}

/**
 * The month at m dates a publication rather than a figure; a bare "report" only for a whole-year figure.
 * `flow`: the figure is a flow (revenue, income) and its sentence names the span it is for ("Third
 * quarter (…, reported November 20)"), so a date of a publishing verb alone is enough. An event's (a
 * deal "announced on 18 November") or a level's date may be its announcement's, and a flow whose sentence
 * names no span keeps the date as before.
 */
export function datesPublication(text: string, m: Span, wholeYear = false, flow = false): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 40);
  if (EN_AFTER.test(after) || EN_BEFORE.test(before) || ZH_AFTER.test(after)) return true;
  if (flow && datesReportVerb(text, m)) return true;
  return wholeYear && (EN_AFTER_BARE.test(after) || ZH_AFTER_BARE.test(after));
}

/** The month at m says when a fiscal year ends ("fiscal year ends in June"). */
function statesFiscalYearEnd(text: string, m: PeriodMention): boolean {
  const before = text.slice(Math.max(0, m.start - 45), m.start);
  return EN_FISCAL_END_BEFORE.test(before) || EN_PERIOD_END_GLOSS.test(before) || (ZH_FISCAL_END_BEFORE.test(before) && ZH_FISCAL_END_AFTER.test(text.slice(m.end, m.end + 4)));
}

/** Words that make a figure a whole (fiscal) year's. */
const WHOLE_YEAR =
  /全年|财年|年度|年报|(?<![A-Za-z])(?:full[-\s]year|for\s+the\s+(?:full\s+|whole\s+)?year|fiscal[-\s]year|annual(?![-\s](?:run|recurring)))(?![A-Za-z])/i;

/**
 * The mention as a candidate period for the figure: itself, or nothing when it dates a publication or
 * states when a fiscal year ends; a publication month stays only for a whole-year figure, which
 * `reportedFiscalYear` then turns into the year reported.
 */
export function asFigurePeriod(input: FigureInput, m: PeriodMention): PeriodMention[] {
  if (!DATE_LEVEL.has(m.spec.t) || m.since) return [m];
  if (statesFiscalYearEnd(input.text, m)) return [];
  const wholeYear = wholeYearFigure(input, m);
  // A publication that covers a quarter ("the January print covered a quarter"): kept, read as the quarter reported below.
  const quarter = !wholeYear && !input.namesSpan && quarterFigure(input, m);
  // A flow disclosed in a month is not that month's (a whole year's keeps it, read as the year reported below).
  if (input.periodKind === 'duration' && !wholeYear && opensPublishingClause(input.text, m)) return [];
  // A level stated on a call is the level as of the call (callMonth.ts).
  if (input.periodKind === 'instant' && !input.oneOff && datesCallStatement(input.text, m)) return [m];
  if (!datesPublication(input.text, m, wholeYear || quarter, flowWithSpan(input))) return [m];
  return wholeYear || quarter ? [m] : [];
}

/** A mention of an earlier sentence that can date no figure (a publication or a fiscal-year end). */
export function datesNoFigure(text: string, m: PeriodMention): boolean {
  return DATE_LEVEL.has(m.spec.t) && !m.since && (statesFiscalYearEnd(text, m) || datesPublication(text, m));
}

function wholeYearFigure(input: AnnouncedInput, m: PeriodMention): boolean {
  const words = figureWords(input, m);
  return words !== undefined && WHOLE_YEAR.test(words);
}

/** A flow whose words say its publication covers a quarter (coveredQuarter.ts). */
function quarterFigure(input: FigureInput, m: PeriodMention): boolean {
  return input.periodKind === 'duration' && coversQuarter(input, m);
}

/** Results come out within four months of the year's close (annual reports by law, most within two). */
const RESULTS_LAG_DAYS = 123;

/**
 * The period a figure in a publication dated `period` reports. A whole-year figure: the last fiscal year
 * that ended before it, when it ended at most four months earlier, 'none' otherwise (a mid-year
 * release's full-year figure is an outlook). A quarter's (coveredQuarter.ts): the quarter that closed
 * last before it, `unsure`: which quarter a print covers is the reader's inference, never sure enough to
 * call the figure another period's. Undefined when m is no publication month kept for such a figure.
 */
export function reportedPeriod(input: FigureInput, m: PeriodMention, period: Period): { value: Period; unsure?: boolean } | 'none' | undefined {
  if (!DATE_LEVEL.has(m.spec.t) || m.since) return undefined;
  const wholeYear = wholeYearFigure(input, m);
  const quarter = !wholeYear && quarterFigure(input, m);
  if (!(wholeYear || quarter) || !datesPublication(input.text, m, true, flowWithSpan(input))) return undefined;
  const published = parseIso(period.start);
  if (!published) return 'none';
  const fye = input.fiscalYearEnd;
  if (quarter) return { value: quarterBeforePublication(published, fye), unsure: true };
  const fy = fiscalQuarterOf(published, fye).fy - 1;
  const closed = fiscalYearEndDate(fy, fye);
  const lag = (Date.UTC(published.y, published.m - 1, published.d) - Date.UTC(closed.y, closed.m - 1, closed.d)) / DAY_MS;
  if (lag <= 0 || lag > RESULTS_LAG_DAYS) return 'none';
  return { value: isNonCalendarFiscal(fye) ? fiscalYearPeriod(fy, fye) : calendarYearPeriod(fy) };
}
