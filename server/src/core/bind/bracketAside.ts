/**
 * "营业利润61亿美元（2023年为17亿美元）", "operating income was $6.1 billion (2023: $1.7 billion)",
 * "3.12亿元（净亏损29.58亿元）": a period or a metric word inside brackets that hold a figure of their
 * own is that figure's. The aside quotes another figure beside the first; the figure outside the
 * brackets keeps its own period and measure.
 */
import type { Quantity, Span } from '../model';
import { lastAtOrBefore, partitionPoint } from '../sortedSearch';

/**
 * Where a text's brackets are and how deep each stands, read once per text: binding asks for the
 * brackets around every trigger and period of a sentence for every figure in it, and walking the
 * sentence character by character for each question made that quadratic in the sentence.
 * `level` is the count of opening minus closing brackets before each bracket; opens and closes are
 * grouped by that level, in text order.
 */
interface BracketIndex {
  positions: number[];
  /** Opening minus closing brackets up to and including each position's bracket. */
  after: number[];
  /** Opening brackets by the level before them, in text order; closing ones likewise. */
  opens: Map<number, number[]>;
  closes: Map<number, number[]>;
}

let indexedText: string | undefined;
let indexed: BracketIndex | undefined;

function bracketIndex(text: string): BracketIndex {
  if (indexed && text === indexedText) return indexed;
  const index: BracketIndex = { positions: [], after: [], opens: new Map(), closes: new Map() };
  let level = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ( and （ open, ) and ） close.
    if (c !== 0x28 && c !== 0x29 && c !== 0xff08 && c !== 0xff09) continue;
    const open = c === 0x28 || c === 0xff08;
    const group = open ? index.opens : index.closes;
    let at = group.get(level);
    if (!at) group.set(level, (at = []));
    at.push(i);
    level += open ? 1 : -1;
    index.positions.push(i);
    index.after.push(level);
  }
  indexedText = text;
  indexed = index;
  return index;
}

/** Opening minus closing brackets in text[0, pos). */
function levelAt(index: BracketIndex, pos: number): number {
  const k = partitionPoint(index.positions, (p) => p < pos) - 1;
  return k < 0 ? 0 : index.after[k];
}

/** Some bracket opens inside `span`. */
function opensWithin(text: string, span: Span): boolean {
  const index = bracketIndex(text);
  const k = partitionPoint(index.positions, (p) => p < span.start);
  for (let i = k; i < index.positions.length && index.positions[i] < span.end; i++) if (index.after[i] > (i > 0 ? index.after[i - 1] : 0)) return true;
  return false;
}

/**
 * The bracket pair enclosing `at` within `within`, inner bounds; undefined when `at` is in none. As a
 * walk outwards from `at` counting brackets inside `within` finds it: the nearest opening bracket before
 * `at` that the text between them leaves open (one level below the level at `at`), and the first closing
 * bracket after `at` that closes the level `at` ends at.
 */
function enclosingBrackets(text: string, at: Span, within: Span): Span | undefined {
  const index = bracketIndex(text);
  if (index.positions.length === 0) return undefined;
  const opens = index.opens.get(levelAt(index, at.start) - 1);
  if (!opens) return undefined;
  const o = partitionPoint(opens, (p) => p < at.start) - 1;
  if (o < 0 || opens[o] < within.start) return undefined;
  const closes = index.closes.get(levelAt(index, at.end));
  if (!closes) return undefined;
  const c = partitionPoint(closes, (p) => p < at.end);
  if (c >= closes.length || closes[c] >= within.end) return undefined;
  return { start: opens[o] + 1, end: closes[c] };
}

/** The brackets around `at` that leave out the figure q, when there are such brackets. */
export function asideWithout(text: string, at: Span, q: Span, within: Span): Span | undefined {
  const brackets = enclosingBrackets(text, at, within);
  return brackets && !(q.start >= brackets.start && q.end <= brackets.end) ? brackets : undefined;
}

/** The period at m sits in brackets that leave out the figure q and hold another figure after m. */
export function datesBracketedFigure(text: string, m: Span, q: Span, quantities: readonly Quantity[], sentence: Span): boolean {
  const aside = asideWithout(text, m, q, sentence);
  return !!aside && quantities.some((o) => o.start >= m.end && o.end <= aside.end && !(o.start === q.start && o.end === q.end));
}

/** An aside holding nothing but its date (and a hedge): "（2023年6月）", "(about June 2023)". */
const DATE_ONLY_AROUND = /^\s*(?:约|大约|about|around|c\.)?\s*$/i;
/** The closing bracket right after the date. */
const CLOSES_AFTER_DATE = /^\s*[)）]/;
/** Between a figure and the bracket that follows it: at most its noun ("seed round", 的种子轮), no other figure nor clause break. */
const RIGHT_AFTER_FIGURE = /^[^\d,，;；。、:：()（）]{0,24}$/;

/**
 * "种子轮1.05亿欧元（2023年6月），A轮3.85亿欧元…", "a $105 million seed round (June 2023), then $385 million
 * in the A round": brackets holding only a date right after another figure (or its noun) footnote that
 * figure; the next items of the list are not dated by them.
 */
export function footnotesOtherFigure(text: string, m: Span, q: Span, quantities: readonly Quantity[]): boolean {
  // Read in a few characters around the date, and the quantities by binary search: this runs for every
  // date of a sentence for every figure in it (a paragraph of 50,000 figures must stay linear).
  if (!CLOSES_AFTER_DATE.test(text.slice(m.end, m.end + 4))) return false;
  const lead = text.slice(Math.max(0, m.start - 8), m.start);
  const openAt = Math.max(lead.lastIndexOf('('), lead.lastIndexOf('（'));
  if (openAt < 0) return false;
  const open = m.start - lead.length + openAt;
  if (!DATE_ONLY_AROUND.test(text.slice(open + 1, m.start))) return false;
  const at = lastAtOrBefore(quantities, open - 1, (o) => o.start);
  const figure = at >= 0 ? quantities[at] : undefined;
  if (!figure || figure.end > open || open - figure.end > 24 || !RIGHT_AFTER_FIGURE.test(text.slice(figure.end, open))) return false;
  return !(figure.start === q.start && figure.end === q.end);
}

/**
 * "2024年资本开支（含融资租赁本金支付）为392.3亿美元": brackets without the figure qualify the words
 * before them. They may narrow the measure named outside them ("输入（缓存命中）", cached input), not
 * change it: a metric word inside them of another family than every one outside (融资 beside 资本开支)
 * does not name the figure's measure. Returns the triggers to weigh.
 */
export function outsideAsides<T extends Span & { metric: string }>(text: string, triggers: readonly T[], q: Span, clause: Span): T[] {
  // No bracket opens inside the clause: nothing in it is an aside (most clauses).
  if (!opensWithin(text, clause)) return [...triggers];
  const family = (t: T) => t.metric.split('.')[0];
  const inClause = (t: T) => t.start >= clause.start && t.end <= clause.end;
  const inAside = (t: T) => asideWithout(text, t, q, clause) !== undefined;
  const outside = new Set(triggers.filter((t) => inClause(t) && !inAside(t)).map(family));
  if (outside.size === 0) return [...triggers];
  return triggers.filter((t) => !(inClause(t) && inAside(t)) || outside.has(family(t)));
}

/**
 * "| 2024年11月（12月交割） | 5亿美元 |", "announced in November 2024 (closed in December)": brackets right
 * after a date that say what else happened later (the closing, the delivery, the money arriving) give
 * that event's date, not the figure's: the date outside the brackets stays the figure's.
 */
const LATER_EVENT = /交割|到账|到位|完成|落地|交付|生效|clos(?:e|ed|es|ing)|complet(?:e|ed|es|ion)|deliver(?:y|ed|ies)|settle(?:d|ment)|funded|effective/i;
/** Between the date before and the opening bracket: nothing but spaces or emphasis. */
const RIGHT_AFTER = /^[\s*_]*$/;

/** The period at m sits in brackets leaving out q that follow another date and name a later event. */
export function datesBracketedEvent(text: string, m: Span, q: Span, sentence: Span, mentions: readonly Span[]): boolean {
  const aside = asideWithout(text, m, q, sentence);
  if (!aside || !LATER_EVENT.test(text.slice(aside.start, aside.end))) return false;
  const open = aside.start - 1;
  return mentions.some((o) => o.end <= open && RIGHT_AFTER.test(text.slice(o.end, open)));
}

/** An em dash, or an en dash or double hyphen standing between spaces: a parenthetical dash. */
const DASH = /—|\s(?:–|--)\s/g;

/**
 * "The segment did $3.86 billion of the Q4 total — about half of group sales — and $12.6 billion for
 * the year": a word between a pair of parenthetical dashes of the sentence, the figure outside them, is
 * the aside's, as a word in brackets is; the series the figure continues is named outside it.
 */
export function inDashAside(text: string, at: Span, q: Span, within: Span): boolean {
  const dashes = [...text.slice(within.start, within.end).matchAll(DASH)].map((m) => within.start + m.index);
  const open = dashes.filter((d) => d < at.start).at(-1);
  const close = dashes.find((d) => d >= at.end);
  if (open === undefined || close === undefined || dashes.indexOf(close) - dashes.indexOf(open) !== 1 || dashes.indexOf(open) % 2 !== 0) return false;
  return q.end <= open || q.start > close;
}
