/**
 * "营业利润61亿美元（2023年为17亿美元）", "operating income was $6.1 billion (2023: $1.7 billion)",
 * "3.12亿元（净亏损29.58亿元）": a period or a metric word inside brackets that hold a figure of their
 * own is that figure's. The aside quotes another figure beside the first; the figure outside the
 * brackets keeps its own period and measure.
 */
import type { Quantity, Span } from '../model';
import { lastAtOrBefore } from '../sortedSearch';

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/** The bracket pair enclosing `at` within `within`, inner bounds; undefined when `at` is in none. */
function enclosingBrackets(text: string, at: Span, within: Span): Span | undefined {
  let depth = 0;
  let open = -1;
  for (let i = at.start - 1; i >= within.start; i--) {
    if (CLOSE.has(text[i])) depth++;
    else if (OPEN.has(text[i])) {
      if (depth === 0) {
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let i = at.end; i < within.end; i++) {
    if (OPEN.has(text[i])) depth++;
    else if (CLOSE.has(text[i])) {
      if (depth === 0) return { start: open + 1, end: i };
      depth--;
    }
  }
  return undefined;
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
