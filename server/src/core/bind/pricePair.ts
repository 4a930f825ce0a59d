/**
 * A model's price pair written in the price sheet's shorthand: "$3 in and $15 out", "$1.10 in, $4.40
 * out", "o3 at $2 / $8". An API price is quoted as input then output per million tokens, so the two
 * figures of such a pair are the input and the output price even where the words "input" and "output"
 * are not written.
 *
 * Two readings, by how sure the words are:
 * - "in" and "out" right after each figure name the sides as plainly as "input" and "output": explicit;
 * - a bare slash between two prices says only "the usual pair", so it is read as the sentence's
 *   (never sure enough for a contradiction on its own), and only for a sentence that names a model,
 *   with both figures written without a scale word, in one currency, and not followed by a unit of time
 *   or a seat ("$20 / $200 a month" is two subscriptions).
 * Runs only when no trigger word names the figures' measure (index.ts), or when the only side word is
 * one outside the pair, which cannot name both its figures ("$0.075 / $0.30 for prompts up to 128K":
 * "prompts" would make both input prices): then the pair's order decides (pairOverSideWord).
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { EntityMention } from './mentions';

const INPUT = 'api-price.input';
const OUTPUT = 'api-price.output';

/**
 * Between the input figure and the output figure: "in and", "in,", "in /", "in, and", and with a short
 * bracketed qualifier of the input side after "in": "in (cache miss) and", "in (under 200K tokens),".
 */
const IN_THEN = /^\s+in\s*(?:\([^()\d$€£¥]{1,30}\)\s*)?(?:,\s*|\/\s*|;\s*|\s+)(?:and\s+)?$/i;
/** Right after the output figure. */
const OUT_AFTER = /^\s+out(?![A-Za-z])/i;
/**
 * Only a slash between the two prices, or a short bracketed qualifier of the first price before it:
 * "$0.14 (cache miss) / $0.28", "$1.25 (up to 200K) / $10".
 */
const SLASH = /^\s*(?:\([^()\d$€£¥]{1,30}\)\s*)?\/\s*$/;
/** A side word in a bracket right after the pair's first price ("(cache miss)"): that price's qualifier. */
const FIRST_QUALIFIER_BEFORE = /\([^()]*$/;
const FIRST_QUALIFIER_AFTER = /^[^()]*\)\s*\/\s*$/;
/** A third price chained by a slash: not a pair. */
const SLASH_BEFORE = /\/\s*$/;
const SLASH_AFTER = /^\s*\//;
/** A unit of time or a seat after the pair: subscriptions or rentals, not token prices. */
const NOT_TOKENS_AFTER = /^\s*(?:\/|per|a|an|each)\s*(?:month|mo|year|yr|annum|seat|user|hour|hr|GPU|share)\b/i;

export function pricePairMetric(
  text: string,
  q: Quantity,
  sentence: Span,
  quantities: readonly Quantity[],
  mentions: readonly EntityMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  if (!isPrice(q)) return undefined;
  const prices = quantities.filter((o) => o.start >= sentence.start && o.end <= sentence.end && isPrice(o) && o.currency === q.currency);
  const i = prices.findIndex((o) => o.start === q.start && o.end === q.end);
  if (i < 0) return undefined;
  const [before, after] = [prices[i - 1], prices[i + 1]];
  const between = (a: Quantity, b: Quantity) => text.slice(a.end, b.start);
  const tail = (o: Quantity) => text.slice(o.end, Math.min(sentence.end, o.end + 16));
  // "$3 in and $15 out": the words name both sides.
  if (after && IN_THEN.test(between(q, after)) && OUT_AFTER.test(tail(after))) return known(INPUT, 'explicit', kb, q, after);
  if (before && IN_THEN.test(between(before, q)) && OUT_AFTER.test(tail(q))) return known(OUTPUT, 'explicit', kb, before, q);
  // "$2 / $8" for a model: the convention names them.
  const pair = (a: Quantity, b: Quantity) =>
    SLASH.test(between(a, b)) &&
    !SLASH_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 3), a.start)) &&
    !SLASH_AFTER.test(tail(b)) &&
    !NOT_TOKENS_AFTER.test(tail(b)) &&
    namesModel(mentions, sentence, kb);
  if (after && pair(q, after)) return known(INPUT, 'sentence', kb, q, after);
  if (before && pair(before, q)) return known(OUTPUT, 'sentence', kb, before, q);
  return ownSide(text, q, sentence, mentions, kb);
}

/**
 * "$0.07 per million input tokens on a cache miss and $1.10 out": a price sheet's side word right after one
 * price names that price's side, as "input" before it would; an input word earlier in the clause qualified
 * the price it stood by. "out" and "in" count only at the end of their phrase ("$5 in revenue" is no side),
 * and only in a sentence that names a model. (Chinese "1.10美元输出" already binds by the nearer trigger.)
 */
const OWN_SIDE_EN = /^\s*(?:(out)|(in))(?=\s*(?:[,.;:)]|$|and\b|or\b|with\b|\/))/i;

function ownSide(text: string, q: Quantity, sentence: Span, mentions: readonly EntityMention[], kb: BindingKnowledge): Binding<string> | undefined {
  const tail = text.slice(q.end, Math.min(sentence.end, q.end + 12));
  const m = OWN_SIDE_EN.exec(tail);
  if (!m || !namesModel(mentions, sentence, kb)) return undefined;
  const word = { start: q.end + m.index + m[0].length - (m[1] ?? m[2]).length, end: q.end + m.index + m[0].length };
  return known(m[1] ? OUTPUT : INPUT, 'explicit', kb, q, word);
}

/** A price as a price sheet writes it: money with no scale word ("$2", "$0.97", not "$2 billion"). */
function isPrice(q: Quantity): boolean {
  return q.kind === 'money' && q.style.scale === 1;
}

function namesModel(mentions: readonly EntityMention[], sentence: Span, kb: BindingKnowledge): boolean {
  return mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end && kb.entities.get(m.entity)?.kind === 'model');
}

function known(metric: string, how: 'explicit' | 'sentence', kb: BindingKnowledge, first: Span, second: Span): Binding<string> | undefined {
  return kb.metrics.has(metric) ? { value: metric, how, span: { start: first.start, end: second.end } } : undefined;
}

/**
 * The metric a side word gave (input or output price), unless the figure is one of a slash pair and the
 * word stands outside the pair: one word cannot name both sides, and the pair's order does; or unless
 * "in" and "out" right after the figures name the sides (the nearest words, whatever stands between).
 */
export function pairOverSideWord(bound: Binding<string> | undefined, pair: () => Binding<string> | undefined, text: string, q: Span): Binding<string> | undefined {
  if (bound && bound.value !== INPUT && bound.value !== OUTPUT) return bound;
  const read = pair();
  if (!bound) return read;
  if (!read || read.value === bound.value || !read.span || !bound.span) return bound;
  // "$0.55 in (cache miss) and $2.19 out": "in" and "out" right after each figure name its side; a side
  // word in between ("cache miss", an input word) qualifies the first figure only.
  if (read.how === 'explicit') return read;
  const inside = bound.span.start >= read.span.start && bound.span.end <= read.span.end;
  // "$0.27 (cache miss) / $1.10": a side word bracketed after the first price qualifies that price, so
  // the second keeps the pair's order.
  if (inside && bound.span.end <= q.start && qualifiesFirst(text, bound.span, q)) return read;
  return inside ? bound : read;
}

/** The side word stands in a bracket that closes right before the slash leading to q. */
function qualifiesFirst(text: string, word: Span, q: Span): boolean {
  const before = text.slice(Math.max(0, word.start - 30), word.start);
  return FIRST_QUALIFIER_BEFORE.test(before) && FIRST_QUALIFIER_AFTER.test(text.slice(word.end, q.start));
}
