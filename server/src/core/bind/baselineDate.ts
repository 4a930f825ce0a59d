/**
 * "operating income of $6.1 billion versus $1.7 billion in 2023", "operating profit of 23.47 trillion won
 * after a 7.73 trillion won loss in 2023": a period written right after a comparison's baseline figure
 * dates that baseline, not the figure it is compared with; so does one
 * after a part of a total ("a $13 billion investment that includes $10 billion committed in January
 * 2023"). Reading it as the main figure's period turns a correct "X versus Y in 2023" into a
 * wrong-period alarm on X.
 *
 * The same holds for the start of a change "from X to Y": "from $1.7 billion of operating income in 2023
 * to $6.1 billion", "from 2023's $1.7 billion to…", "从2023年的17亿美元增至61亿美元", "由2023年的17亿美元升至…":
 * the period written with the starting figure (after it, with only its measure between, or before it,
 * right after from/从/由) is the start's; Y is the later value and does not inherit it.
 *
 * "from" may be left out: "Groq: $2.8 billion in August 2024 to $6.9 billion", "估值2024年8月的28亿美元升至
 * 69亿美元" (the 的 marks the dated figure as the start). A date written with the first of two figures of
 * one kind joined by "to" (升至, 增至, 到) dates that first figure only; the second is a later level at a
 * time the text does not give. Not when a verb of change or "by" stands right before the first figure:
 * "rose $4.1 billion in 2025 to $6.9 billion" is the rise over 2025 and the level it reached then.
 */
import type { Quantity, Span } from '../model';

/**
 * The words that make the next figure the one compared with ("versus", "from", "than"...) or a part of
 * the figure before it ("$13B investment includes $10B committed in January 2023"). A multiple names the
 * figure it multiplies ("ran 2.5x its ~$20 billion of 2022", "twice the $9 billion of 2021"): that figure
 * is the baseline, and a period right after it is its own.
 */
const COMPARED_FIGURE_BEFORE =
  /(?:(?<![A-Za-z])(?:from|compared (?:with|to)|versus|vs\.?|than|against|includes|included|including|of which|after|twice)|(?<![\d.])\d+(?:\.\d+)?\s*(?:x|×|times)(?![A-Za-z]))\s+(?:[A-Za-z'’]+\s+){0,3}(?:~\s*)?$/i;
/**
 * Only the period's own preposition, perhaps after a participle ("committed in") or the figure's own
 * noun ("after a 7.73 trillion won loss in 2023": the result a profit came "after" is the year before's
 * baseline), may stand between. The noun may have a modifier of its own ("after a $2 billion net loss in
 * 2022", "versus $1.7 billion operating income in 2023"): two words at most, neither a preposition
 * ("more than $13 billion of revenue in 2024" is a hedged figure and its own measure, not a baseline's noun).
 */
const DIRECTLY_AFTER = /^\s*(?:(?!(?:in|for|during|at|on)\b)[a-z]+\s+|(?!(?:in|for|during|at|on|of)\b)[a-z]+\s+(?!(?:in|for|during|at|on|of)\b)[a-z]+\s+)?(?:[a-z]+ed\s+)?(?:(?:in|for|during|at|as of|on)\s+(?:the\s+)?)?$/i;
/**
 * The start of a change may also carry its measure before its period ("from $1.7 billion of operating
 * income in 2023 to $6.1 billion"), when "from" opens it and "to" follows the period.
 */
const MEASURE_THEN_PERIOD = /^\s*of\s+(?:[A-Za-z-]+\s+){1,3}?(?:in|for|during)\s+(?:the\s+)?$/i;
const FROM_BEFORE = /(?<![A-Za-z])from\s+(?:(?:about|around|roughly|nearly|just|only|some)\s+)?$/i;
const TO_AFTER = /^\s*to\s/i;
/** A change's start written with its period first: "from 2023's $1.7B", "从2023年的17亿美元", "由2023年17亿美元". */
const START_BEFORE_PERIOD = /(?:(?<![A-Za-z])from\s+(?:the\s+)?|[从由]\s*)$/i;
const PERIOD_THEN_START = /^\s*(?:['’]s|的)?\s*(?:(?:about|around|roughly|nearly|just|only|约|近|大约)\s*)?$/i;
/**
 * A comparison's baseline written with its period first, as a possessive: "up $34B on fiscal 2023's $27B",
 * "versus 2023's $1.7B", "against the prior year's $27B", "较2023财年的270亿美元", "比上年的270亿美元": the
 * period is the baseline's, not the change's. The possessive ('s, 的) is required: "up $34B on 2023" is
 * the base of the change itself (changeBase.ts). Not after "than": "more than 2022's $6.0 billion, which
 * had itself been 35% of that year's revenue" goes on about the baseline, whose year its clause keeps.
 */
const BASE_BEFORE_PERIOD = /(?:(?<![A-Za-z])(?:on|over|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the\s+)?|(?:较|比|相比|相较于?)\s*)$/i;
const POSSESSIVE_THEN_BASE = /^\s*(?:['’]s|的)\s*(?:(?:about|around|roughly|nearly|just|only|约|近|大约)\s*)?$/i;

/** After the start's date, the end of a change: "to $6.9 billion", "to about $7B". */
const TO_FIGURE_AFTER = /^\s*to\s+(?:(?:about|around|roughly|nearly|almost|some|over|just)\s+)?[$€£¥]?\d/i;
/** After a Chinese start figure, the change to its end: "升至69亿美元", "增至约69亿", "到69亿". */
const TO_FIGURE_AFTER_ZH = /^\s*(?:增长|增加|上升|提升|攀升|跃升|下降|减少|回落|增|升|涨|降|跌|减|提高)?(?:到|至)\s*(?:约|近|超)?\s*\d/;
/** A verb of change or "by" right before a figure makes it the change's amount, not its start. */
const CHANGE_AMOUNT_BEFORE =
  /(?<![A-Za-z])(?:grew|grows|rose|rises|increased|increases|jumped|climbed|gained|added|adds|fell|falls|dropped|declined|slipped|slid|soared|surged|expanded|shrank|up|down|by|plus|another|a\s+further)\s+(?:(?:about|around|roughly|nearly|almost|some|an?|another|a\s+further)\s+)*$/i;

/**
 * The period at m is written with figure o as the start of a change with no "from" ("$2.8 billion in
 * August 2024 to $6.9 billion", "2024年8月的28亿美元升至69亿美元"): o, m, then "to" and a figure of o's kind.
 */
export function datesBareChangeStart(text: string, sentence: Span, o: Quantity, m: Span, quantities: readonly Quantity[]): boolean {
  const from = Math.max(o.end, m.end);
  const next = quantities.reduce<Quantity | undefined>((best, x) => (x.start >= from && (!best || x.start < best.start) ? x : best), undefined);
  if (!next || next.kind !== o.kind) return false;
  if (o.end <= m.start) {
    if (!DIRECTLY_AFTER.test(text.slice(o.end, m.start)) || !TO_FIGURE_AFTER.test(text.slice(m.end, next.end))) return false;
    return !CHANGE_AMOUNT_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 40), o.start));
  }
  if (m.end > o.start) return false;
  return /^\s*的\s*(?:约|近|大约)?\s*$/.test(text.slice(m.end, o.start)) && TO_FIGURE_AFTER_ZH.test(text.slice(o.end, next.end));
}

/**
 * The period at m is written right after another figure of the sentence that a comparison word
 * introduces (or that starts a change "X in DATE to Y"): it is that baseline's date, so figure q (not
 * that baseline) does not take it.
 */
export function datesOtherBaseline(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], m: Span): boolean {
  return quantities.some((o) => o !== q && (datesBaseline(text, sentence, o, m) || datesBareChangeStart(text, sentence, o, m, quantities) || possessiveOfLaterFigure(text, q, o, m)));
}

/**
 * "the $72 billion of profit is 2.4 times last year's $30 billion", "X beat 2023's $5 billion": a period
 * written as the possessive of the figure right after it ('s, 的) is that figure's own, whatever word comes
 * before it; a figure written before the period, q, does not take it. (A figure after the dated one,
 * "2023's $5 billion grew 20%", is not ruled on here.)
 */
function possessiveOfLaterFigure(text: string, q: Quantity, o: Quantity, m: Span): boolean {
  return q.end <= m.start && possessiveOf(text, o, m);
}

/** The period at m is written as the possessive of figure o, right before it: "FY2024's $29.8 billion", "2023年的17亿美元". */
export function possessiveOf(text: string, o: Span, m: Span): boolean {
  return m.end <= o.start && POSSESSIVE_THEN_BASE.test(text.slice(m.end, o.start));
}

/** The period at m is written with figure o as the start of a change or a comparison's baseline. */
export function datesBaseline(text: string, sentence: Span, o: Span, m: Span): boolean {
  if (o.end <= m.start) {
    const gap = text.slice(o.end, m.start);
    const before = text.slice(Math.max(sentence.start, o.start - 60), o.start);
    if (DIRECTLY_AFTER.test(gap)) return COMPARED_FIGURE_BEFORE.test(before);
    return MEASURE_THEN_PERIOD.test(gap) && FROM_BEFORE.test(before) && TO_AFTER.test(text.slice(m.end, m.end + 4));
  }
  if (m.end > o.start) return false;
  const between = text.slice(m.end, o.start);
  const lead = text.slice(Math.max(sentence.start, m.start - 16), m.start);
  return (PERIOD_THEN_START.test(between) && START_BEFORE_PERIOD.test(lead)) || (POSSESSIVE_THEN_BASE.test(between) && BASE_BEFORE_PERIOD.test(lead));
}

/** Right after a period, the start of a figure: "2023's $1.7B", "2023年的17亿美元", "2023年17亿美元". */
const FIGURE_AFTER_PERIOD = /^\s*(?:['’]s|的)?\s*(?:(?:about|around|roughly|nearly|约|近|大约)\s*)?[$€£¥\d]/i;
/** Before a period: the start of a change and its measure, "from $1.7 billion of operating income in". */
const FROM_FIGURE_BEFORE = /(?<![A-Za-z])from\s+[$€£¥]?\d[^,;.:]*?\s(?:in|for|during)\s+(?:the\s+)?$/i;

/**
 * The period at m dates the start of a change "from X to Y" (from 2023's X, 从2023年的X, from X in 2023
 * to): whatever sentence it is in, it is no period a later sentence carries on with.
 */
export function datesChangeStart(text: string, m: Span): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (START_BEFORE_PERIOD.test(before.slice(-12)) && FIGURE_AFTER_PERIOD.test(text.slice(m.end, m.end + 12))) return true;
  if (FROM_FIGURE_BEFORE.test(before) && TO_AFTER.test(text.slice(m.end, m.end + 4))) return true;
  // Without "from": "$2.8 billion in August 2024 to $6.9 billion" (not a change's amount: "rose $4.1 billion in 2025 to").
  const bare = BARE_START_BEFORE.exec(before);
  return bare !== null && TO_FIGURE_AFTER.test(text.slice(m.end, m.end + 24)) && !CHANGE_AMOUNT_BEFORE.test(before.slice(0, bare.index));
}

/** Before a period: an amount and its preposition, "$2.8 billion in" (the start of a change without "from"). */
const BARE_START_BEFORE = /[$€£¥]\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn|[BMK]))?\s+(?:in|for|during|as\s+of)\s+(?:the\s+)?$/i;
