/**
 * "Nvidia's fiscal third quarter (August to October 2023) brought in $14.51B. … The next quarter's line
 * was $18.4B", "## 英伟达2024财年 … - 数据中心收入475亿美元，上一财年只有150.1亿美元": words that point back
 * to a period ("the next / following / previous quarter", 下一季度, 上一季度, 上一财年, 下一财年, "the prior
 * fiscal year") count from the period the text named before them, not from the document's date. Within
 * their own sentence periods.ts does so already; here the named period is the last one of an earlier
 * sentence of the paragraph, else the only one of the nearest heading that names any (the title
 * included). It must be of the kind the words step through: a quarter for a quarter, one of the
 * company's fiscal years for a fiscal year (quarterBefore.ts); otherwise nothing is carried.
 *
 * The words say they count from something said before; a reader who has just read that period does not
 * go back to the draft's date, so the draft-date reading is not kept as another one. Counted from an
 * earlier sentence of the paragraph, the reading is as sure as the words themselves (the story is told
 * right there); counted from a heading, only as sure as a heading's period ('context').
 */
import type { Period, Span } from '../model';
import type { PeriodMention } from './periods';
import { fiscalYearFromNamed, quarterFromNamed } from './quarterBefore';

export interface NamedAnchorInput {
  sentence: Span;
  paragraph: Span;
  headings: readonly Span[];
  fiscalYearEnd?: string;
  find: (span: Span) => PeriodMention[];
  /** Mentions of an earlier sentence that date no figure (a publication, a baseline): not anchors. */
  datesNothing: (m: PeriodMention) => boolean;
}

/** A mention another period can count from: a resolved period of its own, not a range to now nor an offset. */
function anchorable(m: PeriodMention): m is PeriodMention & { period: Period } {
  return m.period !== undefined && !m.since && m.spec.t !== 'after' && m.kind !== 'present';
}

/** How the mention steps from a named period, or undefined when its words do not point back. */
function stepFrom(m: PeriodMention, fiscalYearEnd: string | undefined): ((named: Period) => Period | undefined) | undefined {
  const spec = m.spec;
  if (spec.t === 'relQuarter' && spec.anaphoric) return (named) => quarterFromNamed(named, spec.offset, fiscalYearEnd);
  if (spec.t === 'year' && spec.fiscal && spec.fromNamed && spec.year && 'rel' in spec.year) {
    const offset = spec.year.rel;
    return (named) => fiscalYearFromNamed(named, offset, fiscalYearEnd);
  }
  return undefined;
}

/** The period the text named before the sentence: the paragraph's last, else the nearest heading's only one. */
function namedBefore(input: NamedAnchorInput): { period: Period; fromHeading: boolean } | undefined {
  const { paragraph, sentence } = input;
  if (paragraph.start < sentence.start) {
    const earlier = input.find({ start: paragraph.start, end: sentence.start }).filter(anchorable).filter((m) => !input.datesNothing(m));
    const last = earlier[earlier.length - 1];
    if (last) return { period: last.period, fromHeading: false };
  }
  for (const heading of input.headings) {
    const named = input.find(heading).filter(anchorable);
    if (named.length === 0) continue;
    return named.length === 1 ? { period: named[0].period, fromHeading: true } : undefined;
  }
  return undefined;
}

/** The reading of m counted from the period named before its sentence, when it differs from its own. */
export function namedAnchorReading(input: NamedAnchorInput, m: PeriodMention, own: Period | undefined): { value: Period; fromHeading: boolean } | undefined {
  const step = stepFrom(m, input.fiscalYearEnd);
  if (!step || m.since) return undefined;
  // A period named before it in its own sentence is what it counts from already (periods.ts).
  if (input.find(input.sentence).some((o) => o.end <= m.start && anchorable(o))) return undefined;
  const named = namedBefore(input);
  const value = named && step(named.period);
  if (!named || !value || (own && own.start === value.start && own.end === value.end)) return undefined;
  return { value, fromHeading: named.fromHeading };
}
