/**
 * "N times as many" with no base named: "Analysts had Alpha buying about 300,000 chips in 2024 and Beta about
 * 120,000, so Alpha bought 2.5 times as many", "…; Alpha therefore took 2.5 times as many." The clause names
 * only its subject company and a verb; the base is the other company the sentence just set beside it. A careful
 * reader pairs each company with the figure written right after its name ("Alpha buying about 300,000",
 * "Beta about 120,000") rather than with the binder's reading, which an elided verb ("and Beta about
 * 120,000") can give to the first company.
 *
 * Exactly two like amounts stand before the multiple (in its sentence, or in the sentence before when its
 * own has none), each within a few words after one company's name with no other name between; the clause
 * of the multiple opens with one of those two names. "As many as Beta" (namedPairMultiple.ts,
 * multipleOfNamed.ts read a named base), a third amount, a company with no figure, and nothing is said.
 * Probable: a warning at most, no fix. English only: Chinese writes its base (是Meta的2.2倍).
 */
import type { Quantity } from '../../model';
import { findEntityMentions, type EntityMention } from '../../bind/mentions';
import { HEDGE_EN } from './cues';
import { statedDifference } from './growth';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { clauseOf, isDuration, textAfter, type SentenceView } from './view';

/** "2.7 times as many.", "3x as much,": the clause ends there, no base after "as". */
const AS_MANY_AFTER = /^\s*(?:times\s+|x\s+|×\s+)?as\s+(?:many|much)\s*(?=$|[,.;:)—–])/i;
/** The clause up to the multiple: the subject's name, an adverb at most, one verb, a hedge. */
const SUBJECT_CLAUSE = new RegExp(
  `^\\s*(?:(?:so|and|thus|hence|while|but)\\s+)?(.+?)\\s+(?:(?:therefore|thus|alone|then|also|still)\\s+)?[a-z]+\\s+(?:${HEDGE_EN}\\s+)?$`,
  'i',
);
/** Between a company's name and its figure: a few words, no clause break ("buying about", "bought", "about"). */
const NAME_TO_FIGURE = /^(?:['’]s)?(?:\s+[A-Za-z-]+){0,3}\s+$/;

function isAmount(view: SentenceView, q: Quantity): boolean {
  return ['money', 'count', 'number'].includes(q.kind) && !isDuration(q) && !q.per && checkable(q) && !statedDifference(view, q);
}

/** The one company of the view named right before `q`, or nothing. */
function ownerOf(view: SentenceView, mentions: EntityMention[], q: Quantity): string | undefined {
  const at = q.start - view.span.start;
  const before = mentions.filter((x) => x.end <= at);
  const last = before[before.length - 1];
  if (!last || !NAME_TO_FIGURE.test(view.text.slice(last.end, at))) return undefined;
  return last.entity;
}

/** The subject company the multiple's clause opens with. */
function subjectOf(view: SentenceView, m: Quantity, mentions: EntityMention[]): string | undefined {
  const clauseStart = clauseOf(view, m).start - view.span.start;
  const end = m.start - view.span.start;
  // A comma or semicolon inside the clause ends what came before: ", so Alpha bought".
  const cut = Math.max(...[...view.text.slice(clauseStart, end).matchAll(/[,;:]/g)].map((x) => x.index ?? -1), -1);
  const start = clauseStart + cut + 1;
  const shape = SUBJECT_CLAUSE.exec(view.text.slice(start, end));
  if (!shape) return undefined;
  const at = start + shape.index + shape[0].indexOf(shape[1]);
  const named = mentions.filter((x) => x.start === at && x.end === at + shape[1].length);
  return named.length === 1 ? named[0].entity : undefined;
}

export const asManyMultiple: RelationDetector = (view, ctx) => {
  if (view.lang !== 'en') return [];
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || !AS_MANY_AFTER.test(textAfter(view, m, 24))) continue;
    const subject = subjectOf(view, m, findEntityMentions(view.text, ctx.kb));
    if (!subject) continue;
    let source: SentenceView | undefined = view;
    let amounts = view.quantities.filter((q) => q.end <= m.start && isAmount(view, q));
    if (amounts.length === 0) {
      source = sentenceBefore(ctx);
      amounts = source ? source.quantities.filter((q) => isAmount(source!, q)) : [];
    }
    if (!source || amounts.length !== 2 || !sameDimension(amounts[0], amounts[1])) continue;
    const mentions = findEntityMentions(source.text, ctx.kb);
    const owners = amounts.map((q) => ownerOf(source!, mentions, q));
    if (!owners[0] || !owners[1] || owners[0] === owners[1] || !owners.includes(subject)) continue;
    const [mine, base] = owners[0] === subject ? amounts : [amounts[1], amounts[0]];
    if (base.value <= 0) continue;
    out.push(probableRatio(view.lang, m, mine, base));
  }
  return out;
};
