/**
 * A number with a unit of time ("five months", "three weeks", "a five-month-old startup", "12个月内",
 * "两周") is a duration. It is a claim only of a metric measured in time (a build time: "built in 122
 * days", "用时122天"), never of a count, an amount or a share: "the second time in five months" counts
 * no GPUs bought by the company named beside it.
 *
 * The time words are the lexicon's: the time units of `perUnits` ("month", "mo", "day"…), the units
 * its Chinese classifiers and nouns read (个月, 天, 周, 季度…). A metric is measured in time when one of
 * its own trigger words is such a unit ("days", "天" for build-time in metrics.yaml).
 */
import type { Quantity } from '../model';
import { LEXICON } from '../recognize/lexicon';
import type { BindingKnowledge } from './knowledge';
import { escapeRegExp } from '../text/escapeRegExp';

/** Units of time as the recogniser names them (a Chinese classifier's or noun's unit). */
const TIME_UNITS = new Set(['hour', 'day', 'week', 'month', 'quarter', 'year', 'minute', 'second']);

const timeEntries = LEXICON.perUnits.filter((u) => TIME_UNITS.has(u.unit));
const EN_TIME_WORDS = timeEntries.flatMap((u) => u.en).map((w) => w.toLowerCase());
const ZH_TIME_WORDS = timeEntries.flatMap((u) => u.zh);

/** Right after the number: a space or a hyphen, then a time word, singular or plural ("5 months", "five-month-old"). */
const EN_TIME_AFTER = new RegExp(`^(?:\\s+|\\s*-\\s*)(?:${EN_TIME_WORDS.map(escapeRegExp).join('|')})s?(?![A-Za-z])`, 'i');

export function isDuration(text: string, q: Quantity): boolean {
  if (q.kind !== 'number' && q.kind !== 'count') return false;
  if (q.kind === 'count' && q.unit !== undefined && TIME_UNITS.has(q.unit)) return true;
  return EN_TIME_AFTER.test(text.slice(q.end, q.end + 24));
}

/** One of the metric's own trigger words is a unit of time: its figures are durations. */
export function measuredInTime(metric: string, kb: BindingKnowledge): boolean {
  const m = kb.metrics.get(metric);
  if (!m) return false;
  return m.triggers.en.some((t) => EN_TIME_WORDS.includes(t.toLowerCase().replace(/s$/, ''))) || m.triggers.zh.some((t) => ZH_TIME_WORDS.includes(t));
}
