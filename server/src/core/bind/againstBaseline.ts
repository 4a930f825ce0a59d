/**
 * A figure set "against" the figure before it is the same measure's other reading: "data-centre revenue was
 * $47.5 billion for the year, against $15 billion in fiscal 2022", "Microsoft bought about 485,000 Hopper
 * chips, against about 244,000 for Meta", "put Anthropic at 32% of API usage, against OpenAI's 50%". The
 * writer names the measure once, for the first figure, and the comparison only gives its other period or
 * owner. So a clause that is nothing but "against", a hedge, a period, a known subject and the figure
 * takes the measure the figure before it was bound to by its own words.
 *
 * Only when that figure is the nearest one before in the sentence and of the same kind (for money, the
 * same currency): "the loss was 45% of revenue, against $593.7 million a year earlier" sets an amount
 * against an amount nowhere written, and revenue is the share's word. Only one figure in the clause:
 * "$0.55 in and $2.19 out, against $15 and $60 for o1" sets a pair against a pair, whose sides the
 * clause does not name. And only a measure named for that figure in its own clause (`explicit`): a
 * measure carried to it from further off is not carried again. Bound explicit, as a bare series clause
 * is (the clause has no word that could name another measure); with another owner named, the sentence's,
 * as a parallel clause is (parallelClause.ts).
 */
import type { Binding, Claim, Quantity, Span } from '../model';
import { bareClause } from './bareClause';

/** "against", then hedges, opening the clause (after its comma). */
const AGAINST = /^[\s,，;；]*against(?:\s+(?:about|around|roughly|nearly|almost|approximately|some|just|only|an estimated))*\s+/i;

export function againstBaseline(
  text: string,
  q: Quantity,
  clause: Span,
  sentence: Span,
  claims: readonly Claim[],
  quantities: readonly Quantity[],
  subjects: readonly Span[],
  periods: readonly Span[],
): Binding<string> | undefined {
  const part = text.slice(clause.start, clause.end);
  const opening = AGAINST.exec(part);
  if (!opening) return undefined;
  const previous = quantities.filter((o) => o.start >= sentence.start && o.end <= clause.start).reduce<Quantity | undefined>((a, b) => (a === undefined || b.end > a.end ? b : a), undefined);
  if (!previous || !alike(q, previous)) return undefined;
  const chars = part.split(''); // UTF-16 units, as offsets are
  const blank = (start: number, end: number) => {
    for (let i = Math.max(0, start); i < Math.min(chars.length, end); i++) chars[i] = ' ';
  };
  blank(0, opening[0].length);
  const inside = (s: Span) => s.start >= clause.start + opening[0].length && s.end <= clause.end;
  const names = subjects.filter(inside);
  for (const name of names) {
    const possessive = /^['’]s\b/.exec(text.slice(name.end, name.end + 3));
    blank(name.start - clause.start, name.end - clause.start + (possessive ? possessive[0].length : 0));
  }
  for (const p of periods.filter(inside)) blank(p.start - clause.start, p.end - clause.start);
  if (!bareClause(chars.join(''), q, true)) return undefined;
  const measured = claims.find((c) => c.quantity.start === previous.start && c.quantity.end === previous.end)?.metric;
  if (!measured || measured.how !== 'explicit') return undefined;
  return { value: measured.value, how: names.length > 0 ? 'sentence' : 'explicit', span: measured.span };
}

/** Two figures of one kind: money in one currency, shares, multiples, or counts (a bare number continues a count). */
function alike(q: Quantity, previous: Quantity): boolean {
  if (q.kind === 'money') return previous.kind === 'money' && previous.currency === q.currency;
  const counted = (k: Quantity['kind']) => k === 'count' || k === 'number';
  return previous.kind === q.kind || (counted(q.kind) && counted(previous.kind));
}
