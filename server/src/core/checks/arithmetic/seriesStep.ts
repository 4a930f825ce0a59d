/**
 * A difference whose own words say which step of a series it measures. "从2022年的2.6%升至2023年的8.4%，并预计
 * 2024年达到20.1%，两年提高了17.5个百分点", "…, up 17.5 points over two years": a stated span is taken between
 * the values that far apart, not the first pair written. "仅最后一个月就多了1.5亿", "the last month alone added
 * 150 million": the last step of the series, the value before the change's last one where the series is
 * written out, not the whole change. When the words name a step the text does not let us find, no reading.
 */
import type { Period, Quantity } from '../../model';
import { sameDimension } from './operands';
import { clauseBefore } from './ownIncrement';
import { spanOfWords, withinSpan } from './statedSpan';
import { yearOf, type Change } from './growthPatterns';
import { claimOf, textAfter, type SentenceView } from './view';

/** The pair the difference measures, `unread` when its words name a step we cannot find, undefined when they name none. */
export type StepReading = Change | 'unread' | undefined;

const LAST_STEP = /最后一(?:个月|个季度|季度?|年|周)|\b(?:the\s+)?(?:last|final)\s+(?:month|quarter|year|week)\b/i;

/** A difference in points compares percentages; any other compares amounts like it. */
function likeValue(d: Quantity, q: Quantity): boolean {
  return d.kind === 'points' ? q.kind === 'percent' : sameDimension(d, q);
}

/** When a value is of: its bound period, else a year written beside it. */
function dateOf(view: SentenceView, q: Quantity): Period | undefined {
  const bound = claimOf(view, q)?.period?.value;
  if (bound) return bound;
  const year = yearOf(view, q);
  return year === undefined ? undefined : { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
}

/**
 * Over a stated span: the latest like value before `d` and the one value that far before it. With more than
 * two values and no (or several) such pairs, the step is unknown.
 */
function spannedPair(view: SentenceView, d: Quantity, spanText: string): StepReading {
  const span = spanOfWords(spanText);
  if (!span) return undefined;
  const values = view.quantities.filter((q) => q.end <= d.start && likeValue(d, q));
  const last = values[values.length - 1];
  const lastDate = last && dateOf(view, last);
  if (!lastDate) return undefined;
  const fits = values.filter((q) => {
    const date = q !== last ? dateOf(view, q) : undefined;
    return date !== undefined && withinSpan(span, date, lastDate);
  });
  if (fits.length === 1) return { old: fits[0], new: last };
  // Two values only: no pair to choose between; the change is theirs whatever span its words give.
  return values.length <= 2 ? undefined : 'unread';
}

/** The value written just before an earlier mention of `last`'s figure, in the nearest sentence that lists it. */
function lastStep(view: SentenceView, c: Change, last: Quantity, earlier: SentenceView[]): StepReading {
  for (const sentence of [view, ...[...earlier].reverse()]) {
    const qs = sentence.quantities.filter((q) => sameDimension(q, last) && (sentence !== view || q.end <= last.end));
    for (let i = qs.length - 1; i > 0; i--) {
      if (qs[i] !== last && qs[i].value !== last.value) continue;
      const before = qs[i - 1];
      // The change's own from-value is its start, not the step before its end.
      if (before === c.old) break;
      return { old: before, new: last };
    }
  }
  return 'unread';
}

/** The step of the series the difference `d` after change `c` (ending at `last`) names, if its words name one. */
export function namedStep(view: SentenceView, d: Quantity, c: Change, last: Quantity, earlier: SentenceView[] = []): StepReading {
  const clause = clauseBefore(view, d, last).text;
  if (LAST_STEP.test(clause)) return lastStep(view, c, last, earlier);
  // The span may follow the difference: "up 17.5 points over two years".
  const after = /^[^,，;；。]*/.exec(textAfter(view, d, 30))![0];
  return spannedPair(view, d, clause + ' ' + after);
}
