/**
 * A forecast word that names no measure forecasts the measure its context names. "Capex was $52.5
 * billion in 2024. The company now expects about $85 billion this year", "谷歌2023年资本开支323亿美元。
 * 2025年指引约650亿美元", a row "| 2024财年计划 | 800亿美元 |" under "# Meta的资本开支指引": the writer named
 * the measure once and then says only that the figure is its guidance or plan. A reader takes the
 * plan to be of that measure; so does this, through the forecast metric whose `forecastOf` it is (capex
 * guidance for capex). The words are data: each forecast metric's `forecastWords` in metrics.yaml.
 *
 * Read only as a careful reader would:
 * - the forecast word heads the figure in its own clause, only a copula, a preposition or a hedge
 *   between ("now expects about $85 billion", 指引约650亿美元, "650亿美元的指引"), or, for a table cell,
 *   stands in its row (the binder passes the row alone: a column header's forecast word is not read,
 *   ARCHITECTURE.md); and that clause (row) names no measure of its own (a nearer word wins, and the binder has read it);
 * - the context is the nearest that names any measure of the figure's kind: the paragraph before the
 *   figure's clause, else the section's headings (innermost first), else a list's lead line; it must
 *   name exactly one, the forecast's measure or the forecast itself ("# Meta的资本开支指引").
 * The binding is 'context': the measure came from beyond the figure's words, so the severity rules cap
 * what it may say (never an error).
 */
import type { Binding, Metric, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { escapeRegExp } from '../text/escapeRegExp';
import type { TriggerMention } from './metrics';
import { mentionsIn } from './mentions';
import { oneMeasureNamed } from './paragraphMetric';

export interface ForecastContext {
  /** The figure's own words: its clause, or a table cell's row. */
  own: readonly Span[];
  /** Where the measure may have been named, nearest first: the paragraph before, the headings, the lead. */
  context: readonly (Span | undefined)[];
}

interface ForecastWords {
  metric: Metric;
  words: RegExp;
}

const tables = new WeakMap<BindingKnowledge, ForecastWords[]>();

function forecastTables(kb: BindingKnowledge): ForecastWords[] {
  let out = tables.get(kb);
  if (!out) {
    out = [];
    for (const m of kb.metrics.values()) {
      if (!m.forecastOf || !m.forecastWords) continue;
      const en = m.forecastWords.en.filter((w) => w.trim()).map(escapeRegExp);
      const zh = m.forecastWords.zh.filter((w) => w.trim()).map(escapeRegExp);
      const alternatives = [...(en.length > 0 ? [String.raw`(?<![A-Za-z])(?:${en.join('|')})(?![A-Za-z])`] : []), ...zh];
      if (alternatives.length > 0) out.push({ metric: m, words: new RegExp(alternatives.join('|'), 'gi') });
    }
    tables.set(kb, out);
  }
  return out;
}

export function carriedForecast(
  text: string,
  q: Quantity,
  where: ForecastContext,
  triggers: readonly TriggerMention[],
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const forecast = forecastTables(kb).find((f) => f.metric.kinds.includes(q.kind) && where.own.some((span) => hasWordFor(text, q, span, f.words)));
  if (!forecast) return undefined;
  if (where.own.some((span) => namesAnyMeasure(q, span, triggers, kb))) return undefined;
  for (const span of where.context) {
    if (!span || span.end <= span.start) continue;
    const named = oneMeasureNamed(q, span, triggers, kb);
    if (named) {
      const measure = named.metric === forecast.metric.forecastOf || named.metric === forecast.metric.id;
      return measure ? { value: forecast.metric.id, how: 'context', span: { start: named.start, end: named.end } } : undefined;
    }
    // A context naming measures of the figure's kind, but not one alone, says nothing sure.
    if (namesAnyMeasure(q, span, triggers, kb)) return undefined;
  }
  return undefined;
}

/**
 * Between a forecast word and the figure it heads, in prose: a copula, "of", "to", "at", a hedge, an
 * adverb of time ("now expects about $85 billion", "the plan of $90 billion", 指引约650亿美元, 给出的指引是
 * 300亿至370亿美元). A word further off heads another phrase ("去年的指引也是一路往上走：2月是…": the
 * figure is dated by its own words, which the forecast's date need not be).
 */
const HEAD_GAP =
  /^(?:\s|(?<![A-Za-z])(?:is|was|are|were|now|of|to|at|about|around|roughly|nearly|some|approximately|an estimated|a|an|the)(?![A-Za-z])|[:：,，]|为|是|约|大约|定在|达|了)*$/i;

/** After the figure, only 的 or a space before the word: "650亿美元的指引", "a $90 billion plan". */
const TAIL_GAP = /^\s*的?\s*$/;

/**
 * A forecast word heading q in the span: touching it in prose (see HEAD_GAP), anywhere in a table
 * cell's row (a span that leaves q out).
 */
function hasWordFor(text: string, q: Quantity, span: Span, words: RegExp): boolean {
  const slice = text.slice(span.start, span.end);
  const inside = q.start >= span.start && q.end <= span.end;
  words.lastIndex = 0;
  for (let m = words.exec(slice); m; m = words.exec(slice)) {
    if (!inside) return true;
    const start = span.start + m.index;
    const end = start + m[0].length;
    if (end <= q.start && HEAD_GAP.test(text.slice(end, q.start))) return true;
    if (start >= q.end && TAIL_GAP.test(text.slice(q.end, start))) return true;
  }
  return false;
}

/** Whether the span names a measure a figure of q's kind may have (a word naming it, not a hint). */
function namesAnyMeasure(q: Quantity, span: Span, triggers: readonly TriggerMention[], kb: BindingKnowledge): boolean {
  return mentionsIn(triggers, span.start, span.end).some((t) => t.strong && !t.owner && (kb.metrics.get(t.metric)?.kinds.includes(q.kind) ?? false));
}
