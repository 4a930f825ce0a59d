/**
 * A multiple of one company's figure over another's, both named only by the companies: "2024年微软买了约48.5万块，
 * Meta约22.4万块，微软是Meta的2.2倍", "o1 charges $60 per million output tokens; R1 charges $2.19, so o1's
 * output is about 27 times R1's". No amount stands right before the multiple (`multipleOfNamed.ts` reads
 * that shape): the clause opens with the subject company's name, a few measure words at most, a copula and
 * the multiple of the base company.
 *
 * The binder says whose each figure is. The subject's figures are the like amounts bound to the subject
 * company in the multiple's own sentence, before it; the base's those bound to the base company; only when
 * the sentence figures neither does the sentence before stand in (same list item). A careful reader compares
 * like with like, so when a company has several figures the pair is narrowed to the one the words name (an
 * output or input price) and then to figures of one measure and one period; anything but one answer (a
 * company with no figure, two pairs that disagree, a subject phrase naming a time of its own: 微软去年是…) and
 * nothing is said. The pairing reads bindings, so it is probable: a warning at most, no fix.
 */
import type { Claim, Quantity } from '../../model';
import { findEntityMentions } from '../../bind/mentions';
import { relativeGap } from '../intervals';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN, HEDGE_ZH } from './cues';
import { baseEntity } from './multipleOfNamed';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationContext, type RelationDetector } from './relation';
import { claimOf, clauseOf, isDuration, type SentenceView } from './view';

/** The subject phrase, then a copula, the base's name and 的 (zh), or a copula (en), up to the multiple. */
const SUBJECT_ZH = new RegExp(
  `^\\s*(.+?)\\s*(?:也|就|则|已经|已|仍|还)*\\s*(?:大约是|大约为|约为|约是|相当于|是|为)\\s*[^，,。；;、\\d]{1,16}?的\\s*(?:${HEDGE_ZH})?\\s*$`,
);
const SUBJECT_EN = new RegExp(`^\\s*(?:(?:so|and|while|but|thus|hence)\\s+)?(.+?)\\s+(?:is|was|are|were|would be)\\s+(?:(?:now|still|already|only)\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i');
/** After the subject's name: a possessive and at most a few measure words, no figure, no time of its own. */
const SUBJECT_TAIL_ZH = /^(?:的)?[\u4e00-\u9fff]{0,6}$/;
const SUBJECT_TAIL_EN = /^(?:['’]s?)?(?:\s+[a-z]+){0,3}$/;
const OWN_TIME = /[年月季]|时|前|后|期|去|今|明|\b(?:year|quarter|month|ago|last|then|now|today|earlier|later)\b/i;
/** The side of a price the words name: only figures bound to that side pair. */
const SIDE = [
  { words: /输出|\boutput\b/i, metric: /\.output$/ },
  { words: /输入|\binput\b/i, metric: /\.input$/ },
];
/** Answers this close are one figure written twice. */
const SAME_ANSWER = 0.03;

function isAmount(q: Quantity): boolean {
  return ['money', 'count', 'number'].includes(q.kind) && !isDuration(q) && checkable(q);
}

/** The one company the subject phrase opens with, when only measure words follow it. */
function subjectEntity(view: SentenceView, ctx: RelationContext, m: Quantity): string | undefined {
  const end = m.start - view.span.start;
  const clauseStart = clauseOf(view, m).start - view.span.start;
  const text = view.text.slice(clauseStart, end);
  const cut = Math.max(...[...text.matchAll(/[，,：:]/g)].map((x) => x.index ?? -1), -1);
  const phraseStart = clauseStart + cut + 1;
  const shape = (view.lang === 'zh' ? SUBJECT_ZH : SUBJECT_EN).exec(view.text.slice(phraseStart, end));
  if (!shape) return undefined;
  const at = phraseStart + shape.index + shape[0].indexOf(shape[1]);
  const mentions = findEntityMentions(view.text, ctx.kb, at, at + shape[1].length);
  if (mentions.length !== 1 || mentions[0].start !== at) return undefined;
  const tail = view.text.slice(mentions[0].end, at + shape[1].length);
  if (!(view.lang === 'zh' ? SUBJECT_TAIL_ZH : SUBJECT_TAIL_EN).test(tail) || OWN_TIME.test(tail)) return undefined;
  return mentions[0].entity;
}

function boundTo(c: Claim | undefined, entity: string): boolean {
  return c?.entity?.value === entity && (c.entity.how === 'explicit' || c.entity.how === 'sentence');
}

interface Figure {
  q: Quantity;
  c: Claim | undefined;
}

/** The like amounts of `view` (before `limit`) bound to `entity`. */
function figuresOf(view: SentenceView, entity: string, limit: number): Figure[] {
  return view.quantities.filter((q) => q.end <= limit && isAmount(q) && boundTo(claimOf(view, q), entity)).map((q) => ({ q, c: claimOf(view, q) }));
}

function samePeriod(a: Claim | undefined, b: Claim | undefined): boolean {
  const p = a?.period?.value;
  const r = b?.period?.value;
  return !p || !r || (p.start === r.start && p.end === r.end);
}

/** Pairs of like figures, narrowed as a reader compares: the side named, then one measure, then one period. */
function pairsOf(subjects: Figure[], bases: Figure[], words: string): Array<[Figure, Figure]> {
  let pairs = subjects.flatMap((s) => bases.filter((b) => b.q !== s.q && sameDimension(s.q, b.q)).map((b): [Figure, Figure] => [s, b]));
  const side = SIDE.find((x) => x.words.test(words));
  const otherSide = (f: Figure) => SIDE.some((x) => x !== side && x.metric.test(f.c?.metric?.value ?? ''));
  if (side) pairs = pairs.filter(([s, b]) => !otherSide(s) && !otherSide(b));
  const bothBound = pairs.filter(([s, b]) => s.c?.metric && b.c?.metric);
  if (pairs.length > 1 && bothBound.length === pairs.length) pairs = pairs.filter(([s, b]) => s.c?.metric?.value === b.c?.metric?.value);
  if (pairs.length > 1) pairs = pairs.filter(([s, b]) => samePeriod(s.c, b.c));
  return pairs;
}

/** One answer: a single pair, or pairs whose quotients are one figure written twice. */
function oneAnswer(pairs: Array<[Figure, Figure]>): [Figure, Figure] | undefined {
  if (pairs.length === 0) return undefined;
  const q = pairs.map(([s, b]) => s.q.value / b.q.value);
  return q.every((x) => relativeGap({ low: x, high: x }, { low: q[0], high: q[0] }) <= SAME_ANSWER) ? pairs[0] : undefined;
}

export const namedPairMultiple: RelationDetector = (view, ctx) => {
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || isAmbiguousMultiple(view, m)) continue;
    const subject = subjectEntity(view, ctx, m);
    const base = subject && baseEntity(view, ctx, m);
    if (!subject || !base || subject === base) continue;
    let subjects = figuresOf(view, subject, m.start);
    let bases = figuresOf(view, base, m.start);
    const before = subjects.length === 0 && bases.length === 0 ? sentenceBefore(ctx) : undefined;
    if (before) {
      subjects = figuresOf(before, subject, before.span.end);
      bases = figuresOf(before, base, before.span.end);
    }
    const clause = clauseOf(view, m);
    const words = view.text.slice(clause.start - view.span.start, clause.end - view.span.start);
    const pair = oneAnswer(pairsOf(subjects, bases, words));
    if (!pair || pair[1].q.value <= 0) continue;
    out.push(probableRatio(view.lang, m, pair[0].q, pair[1].q));
  }
  return out;
};
