/**
 * "Acme went from $2 billion to about $5 billion in May on a $400 million round": what a company went
 * from and to, when the sentence tells the round's money as a figure of its own ("on a $400 million
 * round", "raising $300 million", "after a $400 million Series C"), is the company's worth at the two
 * moments, its valuation. The raise is the other figure; the round word is that figure's head noun, not a
 * measure of the pair, and reading the pair as money raised compares a valuation with the round's
 * amount (a false contradiction) or with an earlier round's.
 *
 * Only a company's own change: nothing between the clause's start and "from" names a measure ("Acme's
 * revenue went from…" is revenue), nor anything between the two figures outside a bracketed aside. The
 * verb is one of change ("went", "jumped", "climbed", "rose", "grew"…). Without a round figure of its own
 * in the sentence the pair is left to the usual readers: "went from $2 billion to $5 billion of revenue".
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';

const HEDGE = String.raw`(?:about|around|roughly|nearly|approximately|almost|some|over|more\s+than|just\s+(?:over|under))`;
/** The verb of change and "from" right before the start figure: "went from", "has jumped from about". */
const FROM_BEFORE = new RegExp(String.raw`(?<![A-Za-z])(?:went|gone|goes|go|jumped|jumps|climbed|climbs|rose|risen|rises|grew|grown|grows|soared|soars|leapt|leaped|surged|surges|vaulted|shot\s+up)\s+from\s+(?:${HEDGE}\s+)?$`, 'i');
/** Between the two figures: perhaps a bracketed aside, then "to" and a hedge. */
const TO_BETWEEN = new RegExp(String.raw`^(?:\s*\([^()]*\))?\s+to\s+(?:${HEDGE}\s+)?$`, 'i');
/**
 * The round's money told as its own figure: "a $570 million round", "an $80 million Series B", "raising
 * $640 million", "raised $1 billion".
 */
const ROUND_FIGURE = new RegExp(
  String.raw`(?<![A-Za-z])(?:(?:an?|the|its)\s+(?:${HEDGE}\s+)?[$€£¥]\s?\d[\d.,]*\s*(?:billion|million|bn|mn|[BM])?\s+(?:[A-Za-z-]+\s+){0,2}?(?:round|raise|series\s+[a-l]\d?|funding|financing)(?![A-Za-z])|(?:raising|raised|raises)\s+(?:${HEDGE}\s+)?[$€£¥]\s?\d)`,
  'i',
);
const CLAUSE_PUNCTUATION = /[,;:—–]/g;
const VALUATION = 'valuation';

export function fromToWorth(text: string, q: Quantity, sentence: Span, quantities: readonly Quantity[], triggers: readonly Span[], kb: BindingKnowledge): Binding<string> | undefined {
  if (q.kind !== 'money' || !kb.metrics.has(VALUATION)) return undefined;
  const pair = moneyPair(text, q, sentence, quantities);
  if (!pair) return undefined;
  const [start, end] = pair;
  // The subject's words: from the clause's start to the figure; none of them names a measure.
  const before = text.slice(sentence.start, start.start);
  let clauseStart = sentence.start;
  for (const m of before.matchAll(CLAUSE_PUNCTUATION)) clauseStart = sentence.start + (m.index ?? 0) + 1;
  const aside = asideBetween(text, start, end);
  const measured = triggers.some((t) => (t.start >= clauseStart && t.end <= start.start) || (t.start >= start.end && t.end <= end.start && !(aside && t.start >= aside.start && t.end <= aside.end)));
  if (measured) return undefined;
  // The round's own money, told apart from the pair: in the aside or elsewhere in the sentence.
  const rest = text.slice(sentence.start, start.start) + ' '.repeat(end.end - start.start) + text.slice(end.end, sentence.end);
  const outsidePair = aside ? `${rest} ${text.slice(aside.start, aside.end)}` : rest;
  if (!ROUND_FIGURE.test(outsidePair)) return undefined;
  return { value: VALUATION, how: 'sentence', span: { start: start.start, end: end.end } };
}

/** The start and end figures of "from $A (aside) to $C", q being either, both money. */
function moneyPair(text: string, q: Quantity, sentence: Span, quantities: readonly Quantity[]): [Quantity, Quantity] | undefined {
  const money = quantities.filter((o) => o.kind === 'money' && o.start >= sentence.start && o.end <= sentence.end);
  const i = money.findIndex((o) => o.start === q.start && o.end === q.end);
  if (i < 0) return undefined;
  const isStart = (o: Quantity) => FROM_BEFORE.test(text.slice(Math.max(sentence.start, o.start - 40), o.start));
  const joined = (a: Quantity, b: Quantity) => TO_BETWEEN.test(text.slice(a.end, b.start)) && !quantities.some((o) => o.start >= a.end && o.end <= b.start && !insideAside(text, a, o));
  if (isStart(q)) {
    const next = money.slice(i + 1).find((o) => TO_BETWEEN.test(text.slice(q.end, o.start)));
    return next && joined(q, next) ? [q, next] : undefined;
  }
  const prev = money.slice(0, i).reverse().find((o) => isStart(o));
  return prev && joined(prev, q) ? [prev, q] : undefined;
}

/** The bracketed aside right after the start figure, if any. */
function asideBetween(text: string, start: Span, end: Span): Span | undefined {
  const open = text.indexOf('(', start.end);
  if (open < 0 || open > end.start || text.slice(start.end, open).trim() !== '') return undefined;
  const close = text.indexOf(')', open);
  return close > open && close < end.start ? { start: open, end: close + 1 } : undefined;
}

/** Figure o lies in the bracketed aside right after figure a. */
function insideAside(text: string, a: Span, o: Span): boolean {
  const aside = asideBetween(text, a, { start: text.length, end: text.length });
  return aside !== undefined && o.start > aside.start && o.end < aside.end;
}
