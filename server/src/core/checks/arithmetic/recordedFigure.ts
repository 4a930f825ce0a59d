/**
 * One figure the fact base records, standing in for an operand the draft does not restate (a whole, an
 * earlier level): the facts' joint interval, how to write it in the draft's style, and the note that
 * names it and its source in the finding's computation.
 */
import type { Fact, Lang, Quantity } from '../../model';
import { humanizeNumber } from '../../format/humanize';
import { t, type Locale } from '../../i18n/messages';
import type { FactBase } from '../../facts/index';
import { div, factInterval, hull, relativeWidth, scale, type Interval } from '../intervals';
import { intervalOf } from './operands';
import type { ArithCheck, RelationOutcome } from './outcome';

/** Recorded figures this far apart (relative width) cannot stand for one operand. */
const MAX_WIDTH = 0.1;

export interface RecordedFigure {
  interval: Interval;
  /** The figure as the draft would write it ("$60.9B", "1万亿美元"). */
  written: string;
  /** "fact base: revenue for FY2024, $60.9B (publisher)". */
  note: string;
  /** Every fact is of low confidence or from memory: a finding built on it informs only. */
  weak: boolean;
}

export const weakFact = (f: Fact): boolean => f.fromMemory || f.confidence === 'low';

export function recordedFigure(facts: Fact[], kb: FactBase, lang: Lang, locale: Locale): RecordedFigure | undefined {
  const intervals = facts.map(factInterval).filter((i): i is Interval => i !== null && i.low !== null && i.high !== null && i.low > 0);
  if (intervals.length === 0 || intervals.length !== facts.length) return undefined;
  const interval = intervals.reduce(hull);
  if (relativeWidth(interval) > MAX_WIDTH) return undefined;
  const [first] = facts;
  const written = humanizeNumber(first.value ?? interval.low!, first.unit, lang);
  const metric = kb.metrics.get(first.metric)?.names[lang]?.[0] ?? first.metric;
  const note = t(locale, 'arith.fact-figure', { metric, period: first.period.label, value: written, source: first.sources[0]?.publisher ?? '' });
  return { interval, written, note, weak: facts.some(weakFact) };
}

/**
 * The outcome "written ÷ recorded" for a stated `result` (a percentage is scaled to percent): probable,
 * weak when any fact used is, and without a fix, since the operand was not written by the draft.
 */
export function overRecorded(check: ArithCheck, result: Quantity, written: Quantity, recorded: RecordedFigure, facts: Fact[], lang: Lang): RelationOutcome {
  const ratio = div(intervalOf(written), recorded.interval);
  return {
    check,
    result,
    operands: [written],
    computed: result.kind === 'percent' ? scale(ratio, 100) : ratio,
    formula: `${written.text} ÷ ${recorded.written}`,
    notes: [recorded.note],
    facts,
    certainty: recorded.weak || facts.some(weakFact) ? 'weak' : 'probable',
    lang,
    noFix: true,
  };
}
