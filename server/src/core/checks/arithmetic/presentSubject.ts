/**
 * "6月估值升至30亿美元，本轮又是6月的3倍": a multiple whose clause names its own subject by a word for the
 * present round or moment (本轮, 这一轮, 目前, 如今…) compares that figure with the figure of the time it
 * names after 是…的 (6月 → 30亿美元). The amount right before the multiple is not its subject: it is
 * often the very figure of the named time, and dividing it by an older one checks a ratio nobody wrote.
 *
 * The subject is the present figure: the one like amount of the paragraph before the multiple that is
 * of the named figure's measure and company and that the binder dates at no period or at the document's
 * date (the current round written without a date, 目前). The base is the one like amount of the sentence, of that measure, dated in the
 * month or year named. Either not found, or found twice, and nothing is said (precision first). Read
 * from bindings, so probable: a warning at most, no fix. Part of periodPair.ts's multiples.
 */
import type { Claim, Quantity } from '../../model';
import { checkable, sameDimension } from './operands';
import { agree, bound } from './periodPair';
import { ownMetric } from './measures';
import type { RelationContext } from './relation';
import { claimOf, gapBetween, isDuration, textBefore, type SentenceView } from './view';

/** Between the amount before and the multiple: a comma, the present subject, a copula ("，本轮又是"). */
const PRESENT_SUBJECT_ZH = /^\s*[，,]\s*(?:本轮|这一轮|这轮|此轮|该轮|新一轮|最新一轮|目前|现在|如今|眼下|当前)(?:的)?(?:估值|融资|融资额|规模)?\s*(?:又|也|则|已|就|还|已经)*\s*(?:是|为|相当于)/;
/** The time the multiple names: "6月的", "2023年的", "2024年6月的". */
const NAMED_TIME_ZH = /(?:((?:19|20)\d{2})\s*年)?\s*(?:(\d{1,2})\s*月)?(?:份)?的\s*(?:约|近|超过|逾|将近|接近|大约)?\s*$/;

/** The multiple's clause names a present subject of its own between the amount before it and 是…的. */
export function namesPresentSubject(view: SentenceView, before: Quantity, r: Quantity): boolean {
  return PRESENT_SUBJECT_ZH.test(gapBetween(view, before, r));
}

/** Dated at no period, or only at the document's own date (目前, "now"): the present figure. */
function present(c: Claim | undefined): boolean {
  return c?.period === undefined || c.period.how === 'document';
}

function isLevel(q: Quantity): boolean {
  return checkable(q) && !isDuration(q) && ['money', 'count', 'number'].includes(q.kind);
}

function sameSeries(a: Claim | undefined, b: Claim | undefined): boolean {
  return ownMetric(a) !== undefined && ownMetric(a) === ownMetric(b) && agree(a?.entity?.value, b?.entity?.value);
}

/** The subject (the present figure) and the base (the named time's figure) of `r`, when each is one. */
export function presentPair(view: SentenceView, ctx: RelationContext, before: Quantity, r: Quantity): { subject: Quantity; base: Quantity } | undefined {
  const time = NAMED_TIME_ZH.exec(textBefore(view, r, 12));
  const year = time?.[1] ? Number(time[1]) : undefined;
  const month = time?.[2] ? Number(time[2]) : undefined;
  if (year === undefined && month === undefined) return undefined;
  const named = claimOf(view, before);
  const inTime = (c: Claim | undefined) => {
    const p = bound(c);
    return p !== undefined && (year === undefined || Number(p.start.slice(0, 4)) === year) && (month === undefined || Number(p.start.slice(5, 7)) === month);
  };
  const bases = view.quantities.filter((q) => q.end <= r.start && isLevel(q) && sameDimension(q, before) && sameSeries(claimOf(view, q), named) && inTime(claimOf(view, q)));
  const subjects: Quantity[] = [];
  for (const v of [view, ...(ctx.earlier ?? [])]) {
    for (const q of v.quantities) {
      if ((v === view && q.end > before.start) || !isLevel(q) || !sameDimension(q, before)) continue;
      const c = claimOf(v, q);
      if (sameSeries(c, named) && present(c)) subjects.push(q);
    }
  }
  return bases.length === 1 && subjects.length === 1 ? { subject: subjects[0], base: bases[0] } : undefined;
}
