/**
 * A multiple or fraction of another company's (or model's) figure, named by the company alone: "GPT-4 …
 * lists at $30 per million input tokens, 100 times what Haiku charges" (Haiku's price in the sentence
 * before), "谷歌同年资本开支约为525亿美元，约为微软的五分之一", "Cursor is valued at $29.3 billion, three
 * times Cognition".
 *
 * The words name no amount, only whose it is; the binder says which figures are that company's. The
 * subject is the amount right before the multiple in its sentence (nothing but a comma, a copula or a hedge
 * between). The base is the one like amount (same currency and price unit, same counted noun) that the
 * paragraph, before the subject, binds to the named company, of the subject's measure when both are bound
 * (a round's size is no base for a valuation). No such amount (the draft compares with a figure it never
 * wrote), or two that give different answers, and it says nothing; the subject must not be the named
 * company's own. Never another paragraph (view.ts: earlierInParagraph). The pairing reads bindings, not a
 * cue tying the numbers, so it is probable: a warning at most, with no fix.
 */
import type { Claim, Quantity, Span } from '../../model';
import { findEntityMentions } from '../../bind/mentions';
import { relativeGap } from '../intervals';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { checkable, intervalOf, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import { agree } from './periodPair';
import type { RelationContext, RelationDetector } from './relation';
import { claimOf, gapBetween, isDuration, neighbour, textAfter, textBefore, type SentenceView } from './view';

/** "约为微软的", "是Sonnet 4的", "只有GPT-4 Turbo的": a copula, the name, 的 (the name is checked below). */
const OF_NAME_ZH = new RegExp(`(?:是|为|约为|约是|相当于|只有|仅为|仅有|不到|不足|接近|达到)\\s*([^，,。；;、\\d][^，,。；;、]{0,15}?)的\\s*(?:${HEDGE_ZH})?\\s*$`);
/** "times what Haiku charges", "times Sonnet's", "the A100", "times Cognition", "(a quarter) of OpenAI's": the name ends the phrase. */
const OF_NAME_EN =
  /^\s+(?:times\s+|of\s+)?(?:(?:what|that of)\s+)?(?:the\s+)?([A-Z][\w-]*(?:\.\w+)*(?:\s+[A-Z0-9][\w-]*(?:\.\w+)*){0,3})(?:['’]s?)?(?:\s+(?:charges|pays|paid|costs|is worth|was worth|spent|size|level|price|valuation))?\s*(?=$|[,.;:)—–]|\s+(?:and|but|while|for|in|at|on|as)\b)/;
/** Between the subject and the multiple: a comma, a copula or a hedge only (in Chinese, then the base's name). */
const SUBJECT_GAP_EN = new RegExp(`^[\\s,—–-]*(?:(?:or|is|was|are|were|about|which is|roughly)\\s+)*(?:${HEDGE_EN}\\s+)?$`, 'i');
const SUBJECT_GAP_ZH = new RegExp(`^\\s*[，,]?\\s*(?:已经|已|则|也|就)*\\s*${OF_NAME_ZH.source}`);
/** Candidates this close are one figure written twice: the same answer. */
const SAME_FIGURE = 0.03;

function isAmount(q: Quantity): boolean {
  return ['money', 'count', 'number'].includes(q.kind) && !isDuration(q) && checkable(q);
}

/** The entity the name words are, when they are exactly one alias mention of the fact base. */
function namedEntity(view: SentenceView, ctx: RelationContext, name: string, at: number): string | undefined {
  const mentions = findEntityMentions(view.text, ctx.kb, at, at + name.length);
  return mentions.length === 1 && mentions[0].start === at && mentions[0].end === at + name.length ? mentions[0].entity : undefined;
}

/** The entity the multiple's base is named by, or nothing when the words name no single one. */
export function baseEntity(view: SentenceView, ctx: RelationContext, r: Quantity): string | undefined {
  const rel = (s: Span) => s.start - view.span.start;
  if (view.lang === 'zh') {
    const before = textBefore(view, r, 24);
    const m = OF_NAME_ZH.exec(before);
    if (!m) return undefined;
    const name = m[1].trim();
    const at = rel(r) - before.length + m.index + m[0].indexOf(m[1]) + (m[1].length - m[1].trimStart().length);
    return namedEntity(view, ctx, name, at);
  }
  const after = textAfter(view, r, 48);
  const m = OF_NAME_EN.exec(after);
  if (!m) return undefined;
  const at = r.end - view.span.start + m[0].indexOf(m[1]);
  return namedEntity(view, ctx, m[1], at);
}

/** The amount the multiple describes: the one right before it, close, with only a comma or copula between. */
function subjectOf(view: SentenceView, r: Quantity): Quantity | undefined {
  const s = neighbour(view, r, -1);
  if (!s || !isAmount(s)) return undefined;
  const gap = gapBetween(view, s, r);
  return gap.length <= 24 && (view.lang === 'zh' ? SUBJECT_GAP_ZH : SUBJECT_GAP_EN).test(gap) ? s : undefined;
}

function family(c: Claim | undefined): string | undefined {
  return c?.metric?.value.split('.')[0];
}

/** The named company's like amounts written before the subject in its paragraph. */
function basesFor(view: SentenceView, ctx: RelationContext, subject: Quantity, entity: string): Quantity[] {
  const own = claimOf(view, subject);
  const out: Quantity[] = [];
  for (const v of [view, ...(ctx.earlier ?? [])]) {
    for (const q of v.quantities) {
      if ((v === view && q.end > subject.start) || !isAmount(q) || !sameDimension(q, subject)) continue;
      const c = claimOf(v, q);
      if (c?.entity?.value !== entity || (c.entity.how !== 'explicit' && c.entity.how !== 'sentence')) continue;
      if (agree(family(c), family(own))) out.push(q);
    }
  }
  return out;
}

/** One answer: a single base, or bases that are one figure written twice. */
function oneBase(bases: Quantity[]): Quantity | undefined {
  if (bases.length === 0) return undefined;
  const [first] = bases;
  return bases.every((b) => b.value === first.value || relativeGap(intervalOf(b), { low: first.value, high: first.value }) <= SAME_FIGURE) ? first : undefined;
}

/**
 * Several bases: a reader compares like with like, so those of the subject's own measure (an output price
 * with an output price), then of its own period (2024's purchases with 2024's), are the base.
 */
function likeSubject(view: SentenceView, ctx: RelationContext, subject: Quantity, bases: Quantity[]): Quantity[] {
  const own = claimOf(view, subject);
  const claim = (q: Quantity) => [view, ...(ctx.earlier ?? [])].map((v) => (v.quantities.includes(q) ? claimOf(v, q) : undefined)).find(Boolean);
  let out = bases;
  const metric = own?.metric?.how === 'explicit' ? own.metric.value : undefined;
  if (metric) out = out.filter((b) => claim(b)?.metric?.value === metric);
  const period = own?.period?.value;
  if (period && out.length > 1) {
    out = out.filter((b) => {
      const p = claim(b)?.period?.value;
      return p?.start === period.start && p.end === period.end;
    });
  }
  return out;
}

export const multipleOfNamed: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const r of view.quantities) {
    if ((r.kind !== 'multiple' && r.kind !== 'ratio') || !checkable(r) || isAmbiguousMultiple(view, r)) continue;
    const subject = subjectOf(view, r);
    const entity = subject && baseEntity(view, ctx, r);
    if (!subject || !entity || claimOf(view, subject)?.entity?.value === entity) continue;
    const bases = basesFor(view, ctx, subject, entity);
    const base = oneBase(bases) ?? oneBase(likeSubject(view, ctx, subject, bases));
    if (!base) continue;
    out.push(probableRatio(view.lang, r, subject, base));
  }
  return out;
};
