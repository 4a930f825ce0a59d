/**
 * A year-over-year change written after a level is that level's growth: "TSMC's revenue came to
 * NT$868.46 billion, up 37% from a year earlier", "谷歌云第四季度收入119.55亿美元，同比增长30%". The
 * percentage names no measure of its own; the measure is the nearest one named before it in the
 * sentence, and its growth is the metric whose `growthOf` (data/metrics.yaml) is that measure.
 *
 * Only when the figure's own clause says it is year over year (同比, "from a year earlier", "y/y", "on
 * the year"), or the level is a whole year's (wholeYearRise.ts): a bare "up 12%" after a quarter's
 * revenue is as often sequential, which the base files apart. Only
 * when the nearest measure word before the figure is that level's (never reaching past another
 * measure: "revenue was $10B and margins 20%, up 3% year over year" is not revenue growth), and only
 * as a sentence binding, so a contradiction on it informs.
 *
 * A segment's revenue ("百度智能云收入47亿元，同比增长21%", "Google Cloud revenue was $12B, up 30% year over
 * year") has no growth metric of its own: a segment's growth is filed as revenue growth with the segment
 * as the entity (growthColumn.ts reads table columns the same way). So the growth of the measure the
 * segment is part of (`shareOf`) is read, but only when the bound entity is a unit (it has a parent)
 * whose own name shares words with the segment trigger (百度智能云 / 智能云收入): then the segment is the
 * unit itself, not a larger one holding it ("Azure's Intelligent Cloud segment grew 19%" is no Azure growth).
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import type { TriggerMention } from './metrics';
import type { PeriodMention } from './periods';
import { risesOverWholeYear } from './wholeYearRise';

/** The figure is written as a rise: "up 37%", "rose about 20%", "同比增长35%", "增长了约30%". */
const RISE_BEFORE =
  /(?:(?<![A-Za-z])(?:up|rose|grew|increased|jumped|climbed|gained)(?:\s+by)?(?:\s+(?:about|around|roughly|nearly|almost|some))?|(?:增长|增加|上涨|上升|提升|增幅为|增幅达)(?:了|约|近|超过)*)\s*$/i;

/** Year over year, said in the figure's clause. */
const YEAR_OVER_YEAR =
  /year[- ]over[- ]year|year[- ]on[- ]year|(?<![A-Za-z])(?:y\/y|yoy)(?![A-Za-z])|(?:from|than|over) (?:a|the) year (?:earlier|ago|before)|from the (?:same|year-earlier) (?:period|quarter) (?:a year earlier|last year)|同比|较去年同期|比去年同期|与去年同期相比/i;

/** "up 142% on the year": year over year too, said more loosely (and so read only with the owner named before). */
const ON_THE_YEAR = /(?<![A-Za-z])on the (?:year|prior year|previous year)(?![A-Za-z])/i;

export function carriedGrowthMetric(
  text: string,
  q: Quantity,
  spans: { clause: Span; sentence: Span },
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
  entity?: Binding<string>,
  periods: readonly PeriodMention[] = [],
): Binding<string> | undefined {
  if (q.kind !== 'percent') return undefined;
  if (!RISE_BEFORE.test(text.slice(Math.max(spans.clause.start, q.start - 24), q.start))) return undefined;
  const clauseText = text.slice(spans.clause.start, spans.clause.end);
  const yearOnYear = YEAR_OVER_YEAR.test(clauseText);
  if (!yearOnYear && !((ON_THE_YEAR.test(clauseText) || risesOverWholeYear(spans.sentence, spans.clause, periods)) && namedBefore(entity, q, spans.sentence))) return undefined;
  const before = triggers.filter((t) => t.start >= spans.sentence.start && t.end <= q.start);
  const level = before.reduce<TriggerMention | undefined>((a, b) => (a === undefined || b.end > a.end ? b : a), undefined);
  if (!level) return undefined;
  const growthOf = (measure: string | undefined) => [...kb.metrics.values()].find((m) => m.growthOf === measure && m.kinds.includes(q.kind));
  const growth = growthOf(level.metric) ?? (namesTheUnit(level, entity, kb) ? growthOf(kb.metrics.get(level.metric)?.shareOf) : undefined);
  return growth ? { value: growth.id, how: 'sentence', span: { start: level.start, end: level.end } } : undefined;
}

/**
 * The sentence names the figure's owner before it: a rise carried on a year's level without 同比 or "on
 * the year" belongs to the level's owner, and only a subject the sentence names before the figure is
 * surely that (not one read from the paragraph, nor a name in an aside after the figure: "up 31% [AWS is
 * 2.5x the size]").
 */
function namedBefore(entity: Binding<string> | undefined, q: Quantity, sentence: Span): boolean {
  const span = entity?.span;
  return !!entity && (entity.how === 'explicit' || entity.how === 'sentence') && !!span && span.start >= sentence.start && span.end <= q.start;
}

/** The entity is a unit named by words the segment trigger shares: 百度智能云 and 智能云收入 overlap. */
function namesTheUnit(level: TriggerMention, entity: Binding<string> | undefined, kb: BindingKnowledge): boolean {
  const span = entity?.span;
  if (!entity || !span || kb.entities.get(entity.value)?.parent === undefined) return false;
  return span.start < level.end && level.start < span.end;
}
