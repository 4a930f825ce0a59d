/**
 * Words that place a sentence's figures at a past moment of their own: a named round ("its Series B",
 * A轮, 种子轮), "at the time" (当时, 彼时), a round or deal pointed back at ("that round", "the deal",
 * 那一轮, 该轮, 上一轮), or the time of a filing or launch ("around the SEC filing", 文件前后). Such a figure is history, not a statement of the present: a newer figure of
 * its series does not make it out of date (stale).
 *
 * An undated level that matches nothing on record (undated.ts) is read as of the document's date unless
 * a named round or "at the time" places it: a round only pointed back at may be the newest one, whose
 * figure the level then misses, so there it does not count.
 */
import type { Claim, Span } from '../../model';
import { documentTables, type TableCell } from '../../bind/tables';
import { datesItsRow, namesUpcoming } from '../../bind/timeColumn';
import { scanPeriods } from '../../bind/periods';
import { MONTH_FULL_NAME_EN, MONTH_STEM_EN } from '../../text/monthNames';

/** A round named, a first or founding moment, "at the time". */
const NAMED_OR_FIRST = /\b(?:series\s+[a-h]|seed|at\s+the\s+time|back\s+then|initially|originally|once|founding|founded|first\s+round|original|initial|IPO|listing)\b|[A-H]\+?轮|天使轮|种子轮|当时|彼时|最初|起初|首轮|成立之初|上市时/i;

/**
 * A round, raise or deal the writer points back at: "that round", "the deal", "its previous round",
 * "the February round", "the 2024 raise", 那一轮, 该轮, 上一轮, 那笔交易.
 */
const POINTED_BACK = new RegExp(
  String.raw`\b(?:that|the|its\s+(?:previous|prior|last|earlier))\s+(?:(?:${MONTH_FULL_NAME_EN}|(?:19|20)\d\d)\s+)?(?:funding\s+)?(?:round|raise|deal|financing)\b|(?:那一?|该|上一?|前一|当)轮|(?:那|该)(?:次|笔)(?:融资|交易|投资)`,
  'i',
);

/**
 * A named event that valued the company: "the employee tender valued the company at", "a share sale
 * valued it at", "the deal valued Inflection at", "员工要约收购对公司的估值约为", "那次老股转让给公司的估值".
 * The valuation is the event's figure, told as history (English: the past "valued"; Chinese: the event
 * as the one that sets the 估值), so a newer valuation does not make it out of date.
 */
const EVENT_VALUED =
  /\b(?:tender(?:\s+offer)?|round|raise|deal|offering|financing|(?:share|stock|secondary)\s+sale|sale|buyback|acquisition|transaction)s?\s+(?:that\s+|which\s+)?valued\b|(?:要约收购|老股转让|股权出售|股份出售|融资|交易|回购|收购)(?:中|时)?(?:对|给|将|把)[^，。；,;！？]{0,12}估(?:值|价)/i;

/**
 * A price or figure dated to a product's launch: "at launch", "when GPT-4o launched", "launched at $5",
 * "its launch price", 上线时, 发布时, 推出时, 首发价. The figure is the launch's, history like a named round:
 * a later price cut does not make it out of date (it is still checked against the launch's own figure).
 * "launched at" counts only before an amount ("launched at Computex" names a place, not a price).
 */
const AT_LAUNCH =
  /\b(?:at\s+(?:its\s+|their\s+)?(?:launch|debut|release)|when\s+(?:[\w.-]+\s+){1,3}?(?:launched|debuted|was\s+(?:launched|released))|(?:launched|debuted)\s+at\s+(?:a\s+price\s+of\s+)?[$€£¥\d]|launch\s+pric(?:e|es|ing))\b|(?:上线|发布|推出|首发|面世|问世|开放)(?:之?时|当时|之初)|首发价|发布价/i;

/**
 * The time of a filing or a launch the sentence names: "around the SEC filing", "at the time of the
 * filing", "SEC 文件前后", "申报前后", "发布前后". The sentence's figures are that moment's, history like a
 * named round. Only placesPastMoment reads it: a filing pointed at may be the latest one.
 */
const EVENT_TIME =
  /\b(?:around|at\s+the\s+time\s+of)\s+(?:the|its|their)\s+(?:(?:SEC|S-1|Form\s+D|regulatory|IPO)\s+)?filing\b|(?:文件|申报|备案|招股书|上线|发布|推出|面世)(?:前后|之际)/i;

export function namesPastMoment(sentence: string): boolean {
  return NAMED_OR_FIRST.test(sentence) || AT_LAUNCH.test(sentence);
}

export function placesPastMoment(sentence: string): boolean {
  return namesPastMoment(sentence) || POINTED_BACK.test(sentence) || EVENT_VALUED.test(sentence) || EVENT_TIME.test(sentence);
}

/**
 * A table row tells of a past round as a sentence does: "| Harvey | Series D (Feb) | $300 million | $3
 * billion |" gives that round's raise and valuation. So does a row that dates itself: a date in the
 * row's time or round column ("| xAI | December 2024 filing | $6B | ~$50B |" under "Round (date)",
 * "| Harvey | Feb 2025 |" under "Date"), or a date in any cell that names a dated event ("tender (Sep)",
 * "Series B (May 2024)", "2024年12月融资") or stands in brackets ("(Feb)"). The row's figures are that
 * moment's. A date under a column of what comes next ("Next round", 预计) is not the row's. A figure under a
 * column headed as the earlier mark ("Earlier mark", 此前估值) is history by its header.
 * The row's other cells are read (the prose pipeline hands binding one cell at a time, so the figure's
 * "sentence" is its cell alone). `contextText` is the text the claim's offsets index (its block with the
 * headings above).
 */
export function rowPlacesPastMoment(claim: Claim, contextText: string | undefined): boolean {
  if (contextText === undefined || !contextText.includes('|')) return false;
  const cell = documentTables(contextText).cellAt(claim.quantity.start);
  if (!cell) return false;
  if (cell.header && EARLIER_COLUMN.test(contextText.slice(cell.header.start, cell.header.end))) return true;
  return cell.cells.some((c) => c.start !== cell.cell.start && (placesPastMoment(contextText.slice(c.start, c.end)) || datesRow(contextText, cell, c)));
}

/**
 * A column headed as the earlier of two marks: "Earlier mark", "Previous round", "Prior valuation",
 * "Before", "Previous", "Prior", 此前估值, 上一轮, 前次融资, 前值 (a data table's "previous value"), 上期, 原值. Its figures are by the header's own word an earlier moment's, set
 * beside a later column; a newer figure of their series is the table's point, not a sign they are out of date.
 */
const EARLIER_COLUMN = /^\s*(?:(?:earlier|previous|prior|former|old|before)\b|[(（]?(?:此前|之前|先前|早前|原先|上一?轮|前一?轮|前次|上次|上期|前值|原值|旧值))/i;

/** Words naming an event that sets a row's figures: a round, a filing, a tender, a deal. */
const DATED_EVENT =
  /\b(?:round|series|seed|filing|filed|tender|raise|raised|funding|financing|deal|closed|closing|IPO|listing|offering|secondary|sale|investment|priced)\b|融资|轮|要约|交易|上市|发行|投资|收购/i;
/** "(Feb)", "(Sep 2024)", "(Sept.)", "（2月）": a month in brackets dates the cell it stands in. */
const BRACKETED_MONTH = new RegExp(String.raw`[(（]\s*(?:(?:${MONTH_STEM_EN})[a-z]*\.?(?:\s+(?:19|20)\d\d)?|\d{1,2}\s*月份?)\s*[)）]`, 'i');

/** Cell c of the row writes the row's own date (see rowPlacesPastMoment). */
function datesRow(text: string, cell: TableCell, c: Span): boolean {
  const words = text.slice(c.start, c.end);
  const header = cell.headers?.[cell.cells.indexOf(c)];
  if (namesUpcoming(words) || (header && namesUpcoming(text.slice(header.start, header.end)))) return false;
  if (BRACKETED_MONTH.test(words)) return true;
  const dates = scanPeriods(words, { start: 0, end: words.length }, {}).filter((m) => m.kind !== 'present' && !m.since);
  if (dates.length === 0) return false;
  if (DATED_EVENT.test(words)) return true;
  // A date under the row's time or round column; with no header, only a cell that is nothing but the date.
  const headerNamesPeriod = (h: Span) => scanPeriods(text.slice(h.start, h.end), { start: 0, end: h.end - h.start }, {}).length > 0;
  const dateOnly = dates.length === 1 && words.slice(0, dates[0].start).trim() === '' && words.slice(dates[0].end).trim() === '';
  // A header naming the round ("最近一轮", "Latest round") is the row's round column, though the binder's
  // time-column words do not list it: its date places the row's figures, without dating them.
  return header ? datesItsRow(text, cell, c, headerNamesPeriod) || DATED_EVENT.test(text.slice(header.start, header.end)) : dateOnly;
}
