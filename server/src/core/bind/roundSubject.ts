/**
 * "前一年6月那一轮为2.5亿美元以上、估值约12亿美元", "the previous round was $250 million, at a valuation of
 * about $1.2 billion": a round as the subject of a copula ("那一轮为", "the round was") gives its amount,
 * when the same clause goes on to state the round's valuation with a figure of its own. Read by nearness,
 * the amount would take that valuation word (the nearest measure word) and be judged as a valuation, a
 * tenfold slip of the round's real one. Without the valuation beside it, "那一轮为X" may give either
 * figure of the round and is left to the other readings (roundEventWord.ts).
 */
import type { Binding, Quantity, Span } from '../model';

const HEDGE_ZH = '(?:约|大约|近|将近|超过|逾|不低于|不少于|至少)';
const HEDGE_EN = String.raw`(?:about|around|roughly|nearly|some|over|more\s+than|at\s+least|just\s+over)`;

/** The round as subject, then the copula: 那一轮为, 这轮是, 上一轮达, B轮为. */
const ROUND_IS_ZH = new RegExp(`(?:(?:那|这|该|此|上|前|新|首|后|下)一?|[A-F]\\+?|种子|天使)轮(?:融资)?\\s*(?:则|也)?\\s*(?:为|是|达到?)\\s*${HEDGE_ZH}?\\s*$`);
/** "that round was", "the previous round came to", "its Series B round was". */
const ROUND_IS_EN = new RegExp(
  String.raw`(?<![A-Za-z])(?:that|the|this|its|their)\s+(?:(?:previous|prior|earlier|last|next|first|new|latest)\s+)?(?:(?:funding|financing|seed|series\s+[a-l])\s+)?round\s+(?:was|came\s+to|totall?ed|amounted\s+to)\s+(?:${HEDGE_EN}\s+)?$`,
  'i',
);
/**
 * After the amount, the round's own valuation: a bound word at most ("以上", "-plus"), a list comma, then the
 * valuation word ("、估值约", ", at a valuation of", ", valuing it at").
 */
const VALUATION_NEXT = /^(?:\s*(?:以上|左右|多|-plus|\+|or\s+more))?\s*(?:、|，|,|和|并且?|and)\s*(?:(?:at\s+)?(?:an?\s+)?(?:post-money\s+|pre-money\s+)?valuation\s+of|valuing\s+(?:it|the\s+company)\s+at|估值)/i;

const RAISED = 'funding.raised';

/** The amount of a round its clause names as the subject, with the round's valuation written after it. */
export function roundSubjectMetric(text: string, q: Quantity, clause: Span, quantities: readonly Quantity[]): Binding<string> | undefined {
  if (q.kind !== 'money') return undefined;
  const before = text.slice(Math.max(clause.start, q.start - 60), q.start);
  const subject = ROUND_IS_ZH.exec(before) ?? ROUND_IS_EN.exec(before);
  if (!subject) return undefined;
  const next = VALUATION_NEXT.exec(text.slice(q.end, q.end + 60));
  if (!next) return undefined;
  // The valuation has its figure right after its word: the amount is not that figure.
  const valued = quantities.some((o) => o.kind === 'money' && o.start >= q.end + next[0].length && o.start - (q.end + next[0].length) <= 12);
  if (!valued) return undefined;
  const start = q.start - before.length + subject.index;
  return { value: RAISED, how: 'explicit', span: { start, end: q.start } };
}
