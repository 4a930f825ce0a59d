/**
 * A part of an amount is of the amount's measure and subject: "invest up to $100 billion, the first
 * $10 billion at signing", "$100B invested; first $10B at signing", "最多投资1000亿美元，签约时首期200亿美元",
 * "承诺最多投资20亿美元，其中先期投入5亿美元". A word that picks a part out of a whole (the first, the
 * remaining, of which, 其中, 首期, 先期, 其余) names no measure of its own: the tranche is measured as the
 * total it is part of.
 *
 * The measure is inherited, not written beside the figure, so it binds as the sentence's (a
 * contradiction needs more) and only when it is safe to carry: the whole is the nearest figure of the
 * same kind before the part in its sentence, its measure was named beside it, and the part's clause
 * names no measure and no subject of its own.
 */
import type { Binding, Claim, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { EntityMention } from './mentions';
import { findTriggers } from './metrics';

/**
 * All of the part's clause before it: "the first", "the remaining", "of which", "including". Opening the
 * clause, so that an ordinal inside a clause of its own ("its first $1 billion quarter") is no tranche.
 */
const EN_PART_BEFORE =
  /^[\s,;:(—–-]*(?:and\s+)?(?:(?:the\s+)?(?:first|initial|second|third|remaining|final|last|other)\s+(?:tranche\s+(?:of\s+)?)?|of\s+which\s+|including\s+)(?:(?:about|around|roughly|some|up\s+to|nearly|almost|just\s+over|over)\s+)?$/i;
/** 其中, 首期, 先期, 首笔, 第一笔, 其余, 剩余, with the verb or copula that may follow them (先期投入, 其中约). */
const ZH_PART_BEFORE = /(?:其中|首期|先期|首笔|第一笔|第一期|其余|剩余|余下)(?:的)?(?:投入|投资|出资|支付|到位|资金|金额|款项|部分|为|是|约|近|达)*\s*$/;

/**
 * After the figure, words that make it one instalment of a deal: "$10 billion up front", "$5 billion at
 * signing", "$2 billion in the first tranche", "100亿美元首期到位" is read by the words before.
 */
const EN_PART_AFTER = /^\s*(?:(?:is|was|are|were|will be|comes?|came|paid|payable|due|arriving|arrives?|arrived)\s+)?(?:up\s*front|upfront|at signing|at (?:the )?closing|on closing|in (?:the|a) first (?:tranche|instalment|installment)|as (?:the|a) first (?:tranche|instalment|installment))\b/i;

/** Measures of a whole deal that is paid in instalments: a round, an IPO, a deal, a commitment, an investment. */
const DEAL_TOTALS: ReadonlySet<string> = new Set(['funding.raised', 'ipo.proceeds', 'deal.value', 'commitment', 'investment']);

/** "of which", "including", 其中 pick out a member's share (an investor's cheque), which may be a measure of its own. */
const MEMBER_PICK = /\bof\s+which\b|\bincluding\b|其中/i;

/**
 * The figure is written as an instalment of a deal (a tranche), not the whole: "$10 billion up front, and the
 * remaining $30 billion by the end of 2025", 首期100亿美元, 剩余300亿美元.
 */
function writtenAsTranche(text: string, q: Quantity, clause: Span): boolean {
  const before = text.slice(clause.start, q.start);
  const opens = (re: RegExp) => {
    const m = re.exec(before);
    return m !== null && !MEMBER_PICK.test(m[0]);
  };
  return opens(EN_PART_BEFORE) || opens(ZH_PART_BEFORE) || EN_PART_AFTER.test(text.slice(q.end, Math.min(clause.end, q.end + 60)));
}

/**
 * `named` unless it is a whole deal's measure and the figure is written as one instalment of it: such a
 * part is not the round, investment or deal its clause names (partOfWhole may still give it the whole's
 * measure). With the whole written before it in the sentence ("up to $2 billion, $500 million of it
 * upfront"), the part keeps the reading it had.
 */
export function unlessInstalment(
  named: Binding<string> | undefined,
  text: string,
  q: Quantity,
  clause: Span,
  sentence: Span,
  nearQuantities: readonly Quantity[],
): Binding<string> | undefined {
  if (!named || !DEAL_TOTALS.has(named.value)) return named;
  if (nearQuantities.some((o) => o.kind === q.kind && o.end <= q.start && o.start >= sentence.start)) return named;
  return writtenAsTranche(text, q, clause) ? undefined : named;
}

export interface WholeOf {
  metric: Binding<string>;
  /** The whole's subject, for a part whose clause names none. */
  entity?: Binding<string>;
}

export function partOfWhole(
  text: string,
  q: Quantity,
  clause: Span,
  sentence: Span,
  earlier: readonly Claim[],
  subjectsInClause: readonly EntityMention[],
  kb: BindingKnowledge,
): WholeOf | undefined {
  const before = text.slice(clause.start, q.start);
  if (!EN_PART_BEFORE.test(before) && !ZH_PART_BEFORE.test(before)) return undefined;
  const whole = [...earlier].reverse().find((c) => c.quantity.start >= sentence.start && c.quantity.end <= q.start && c.quantity.kind === q.kind);
  if (!whole?.metric || whole.metric.how !== 'explicit') return undefined;
  if (!kb.metrics.get(whole.metric.value)?.kinds.includes(q.kind)) return undefined;
  // The part's clause names a measure or a subject of its own: another thing, not a part of the whole.
  if (findTriggers(text, kb, clause.start, clause.end).some((t) => t.strong && t.metric !== whole.metric?.value)) return undefined;
  if (subjectsInClause.some((m) => m.entity !== whole.entity?.value)) return undefined;
  const metric: Binding<string> = { value: whole.metric.value, how: 'sentence', ...(whole.metric.span ? { span: whole.metric.span } : {}) };
  return { metric, ...(whole.entity ? { entity: whole.entity } : {}) };
}
