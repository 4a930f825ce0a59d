/**
 * A valuation multiple whose base the words name as an earlier valuation of the same company, written in the
 * same sentence or the one before: "…at $40 billion, about 8 times the previous valuation", "…raised at $12
 * billion, 4x the March 2023 valuation". earlierBaseMultiple.ts reads a pair inside one sentence; this reads
 * the bindings across two, as a reader who remembers the last round does.
 *
 * The subject is the valuation the multiple follows (the only one of its sentence before it, or the one right
 * before it with only a dash, comma or hedge between). The base is the one other valuation of the same
 * company, bound to an earlier period, in the sentence before or earlier in the multiple's own sentence; a
 * named time ("the March 2023 valuation", "the 2022 mark") keeps only those the binder dated in it. Two
 * candidates, another company, a multiple of less ("cheaper"), and nothing is said. Probable: a warning at
 * most, no fix.
 */
import type { Quantity } from '../../model';
import { isAmbiguousMultiple } from './ambiguousGrowth';
import { HEDGE_EN } from './cues';
import { checkable, sameDimension } from './operands';
import { probableRatio, type RelationOutcome } from './outcome';
import { sentenceBefore, type RelationDetector } from './relation';
import { claimOf, textAfter, type SentenceView } from './view';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "times the previous valuation", "x the January 2024 valuation", "times the 2022 mark". */
const BASE_AFTER = new RegExp(
  `^\\s*(?:times|x|×)?\\s*(?:its|the)\\s+(?:(previous|prior|last|earlier)|(?:(${MONTHS.join('|')})\\s+)?((?:19|20)\\d{2}))\\s+(?:round['’]s\\s+)?(?:post-money\\s+)?(?:valuation|price|mark)(?![A-Za-z-])`,
  'i',
);
/** Between the subject valuation and the multiple: a dash, a comma, a verb, a hedge. */
const SUBJECT_GAP = new RegExp(`^\\s*(?:[,—–-]|\\bor\\b|\\bis\\b|\\bwas\\b)?\\s*(?:(?:${HEDGE_EN})\\s+)?$`, 'i');

function valuationOf(view: SentenceView, q: Quantity, entity?: string): boolean {
  const c = claimOf(view, q);
  return q.kind === 'money' && !q.per && checkable(q) && c?.metric?.value === 'valuation' && !!c.entity && (entity === undefined || c.entity.value === entity);
}

function subjectOf(view: SentenceView, m: Quantity): Quantity | undefined {
  const values = view.quantities.filter((q) => q.end <= m.start && valuationOf(view, q));
  const last = values.at(-1);
  if (!last) return undefined;
  const gap = view.text.slice(last.end - view.span.start, m.start - view.span.start);
  return values.length === 1 || SUBJECT_GAP.test(gap) ? last : undefined;
}

function inNamedTime(view: SentenceView, q: Quantity, month: string | undefined, year: string): boolean {
  const p = claimOf(view, q)?.period?.value;
  if (!p) return false;
  const ym = month ? `${year}-${String(MONTHS.indexOf(month.toLowerCase()) + 1).padStart(2, '0')}` : year;
  return p.start.startsWith(ym) && p.end.startsWith(ym);
}

export const earlierValuationMultiple: RelationDetector = (view, ctx) => {
  if (view.lang !== 'en') return [];
  const out: RelationOutcome[] = [];
  for (const m of view.quantities) {
    if (m.kind !== 'multiple' || !checkable(m) || isAmbiguousMultiple(view, m)) continue;
    const named = BASE_AFTER.exec(textAfter(view, m, 60));
    if (!named) continue;
    const subject = subjectOf(view, m);
    const period = subject && claimOf(view, subject)?.period?.value;
    const entity = subject && claimOf(view, subject)?.entity?.value;
    if (!subject || !period || !entity) continue;
    const before = sentenceBefore(ctx);
    const candidates = [
      ...view.quantities.filter((q) => q.end <= subject.start).map((q) => [view, q] as const),
      ...(before?.quantities ?? []).map((q) => [before as SentenceView, q] as const),
    ].filter(([v, q]) => {
      if (!valuationOf(v, q, entity)) return false;
      const p = claimOf(v, q)?.period?.value;
      if (!p || p.end >= period.start) return false;
      return named[1] !== undefined || inNamedTime(v, q, named[2], named[3]);
    });
    if (candidates.length !== 1) continue;
    const base = candidates[0][1];
    if (!sameDimension(subject, base) || base.value <= 0) continue;
    out.push(probableRatio(view.lang, m, subject, base));
  }
  return out;
};
