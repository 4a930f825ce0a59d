/**
 * "valued xAI at $80 billion and X at $33 billion": in a coordinated list of things each priced "at" a
 * figure, the figure belongs to the name right before its "at". When that name is one the fact base does
 * not know (X, a subsidiary, a rival the base has no entry for), the figure is that unknown thing's, and
 * handing it to the sentence's known subject would judge xAI's valuation by X's price. When the base
 * knows the name, it is the owner, whatever the sentence's subject.
 */
import type { Quantity, Span } from '../model';
import type { EntityMention } from './mentions';
import { MONTH_NAME_EN } from '../text/monthNames';

/** ", X at about", "and Y at": a capitalised name after a coordinator, then "at" and at most a hedge. */
const COORDINATED_NAME_AT =
  /(?:,|\band|\bwhile|\bwith|\bversus|\bvs\.?)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+at\s+(?:(?:about|around|roughly|nearly|some|an?)\s+)*$/;
/** Capitalised words that are not names: months and days, which also stand before "at". */
const NOT_A_NAME = new RegExp(String.raw`^(?:the\s+)?(?:${MONTH_NAME_EN}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|FY\d*)\b`);

/**
 * A later item of a list of owners and their figures, after a figure of its own: "Thrive put in $1.25
 * billion, Microsoft $2 billion and Nvidia $100 million", "Microsoft invested $2 billion and Nvidia
 * invested $100 million". The name after the coordinator, then at most a verb of one or two words and a
 * hedge, owns the figure; the sentence's first name owns only its own. Read in a bounded window.
 */
const COORDINATED_NAME_ITEM =
  /(?:,|\band)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+(?:(?:put|paid|chipped|contributed|invested|committed|gave|spent|added|raised|bought|ordered)\s+(?:in\s+|up\s+)?)?(?:(?:about|around|roughly|nearly|some|an?|just|over|under|almost)\s+)*$/;

/**
 * The owner of a figure priced after a coordinated name: `{ mention }` when the name is an alias the
 * fact base knows, `{}` when it is a name it does not know (the figure has no entity we can judge it
 * by), undefined when the figure does not stand in such a list.
 */
export function coordinatedOwner(text: string, q: Quantity, sentence: Span, mentions: readonly EntityMention[], figures: readonly Quantity[]): { mention?: EntityMention } | undefined {
  const before = text.slice(Math.max(sentence.start, q.start - 80), q.start);
  const at = COORDINATED_NAME_AT.exec(before);
  const item = at ? undefined : COORDINATED_NAME_ITEM.exec(before);
  // The list item needs a like figure before its name in the sentence: "…, Microsoft $2 billion" after "$1.25 billion".
  const itemStart = item ? q.start - before.length + (item.index ?? 0) : 0;
  const listed = item && figures.some((f) => f !== q && f.kind === q.kind && f.start >= sentence.start && f.end <= itemStart);
  const m = at ?? (listed ? item : null);
  if (!m || NOT_A_NAME.test(m[1])) return undefined;
  const from = q.start - before.length;
  const nameStart = from + (m.index ?? 0) + m[0].indexOf(m[1]);
  const nameEnd = nameStart + m[1].length;
  const named = mentions.filter((e) => e.start < nameEnd && nameStart < e.end);
  if (named.length === 0) return {};
  // "and Cohere at": the alias must be the whole name, not a word inside a longer unknown one.
  const whole = named.find((e) => e.start <= nameStart + (m[1].startsWith('the ') ? 4 : 0) && e.end >= nameEnd);
  return whole ? { mention: whole } : {};
}
