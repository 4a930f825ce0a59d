/**
 * "智谱2022至2024年收入分别为0.57亿、1.25亿、3.12亿元", "revenue in 2022–2024 was $57M, $125M and $312M
 * respectively": a run of N whole years, 分别 / "respectively", and a list of exactly N figures of one
 * kind deal the years out in order, as respectively.ts deals out coordinated measures. The k-th figure is
 * the k-th year's; read alone, each figure would take the whole span and then be "the figure for one
 * year, not the span" against a yearly fact.
 *
 * Only when everything lines up: the span of whole years stands before the list in the sentence, the
 * marker touches the list (分别为/分别是 right before it, "respectively" right after it), and the list
 * has as many figures as the span has years. A list of another length, or a span with no marker
 * ("2022至2024年累计收入5亿元"), is left to the other readings: the span is then the figure's own.
 */
import type { Binding, Period, Quantity, Span } from '../model';
import type { PeriodMention } from './periods';
import { calendarYearPeriod } from './calendar';
import { glossesPeriod } from './periodGloss';

/** Between two entries of a list: "、", a comma, "和", "and", ", and". */
const LIST_JOINER = /^\s*(?:、|,|，|和|与|及|以及|and|,\s*and|，\s*以及)\s*$/i;
/**
 * 分别 right before the list: "分别为", "分别是", "分别达", "分别约为"; 依次 ("in turn", "in order": "四个季度收入
 * 依次为A、B、C和D") deals a list out in the same way.
 */
const MARKER_BEFORE_ZH = /(?:分别|依次)(?:为|是|达到?|约为|约|录得)?\s*(?:约|大约)?\s*$/;
/** "respectively" right after the list (a comma at most between). */
const MARKER_AFTER_EN = /^\s*,?\s*respectively(?![A-Za-z])/i;
/** "were, respectively, A, B and C", "respectively A, B and C". */
const MARKER_BEFORE_EN = /(?<![A-Za-z])respectively,?\s*(?:(?:about|around|roughly|some)\s+)?$/i;

/** The longest list containing q of figures of q's kind, each joined to the next by a list joiner. */
export function listOf(text: string, q: Quantity, quantities: readonly Quantity[]): Quantity[] {
  const same = quantities.filter((o) => o.kind === q.kind).sort((a, b) => a.start - b.start);
  const at = same.findIndex((o) => o.start === q.start && o.end === q.end);
  if (at < 0) return [];
  let first = at;
  while (first > 0 && LIST_JOINER.test(text.slice(same[first - 1].end, same[first].start))) first--;
  let last = at;
  while (last < same.length - 1 && LIST_JOINER.test(text.slice(same[last].end, same[last + 1].start))) last++;
  return same.slice(first, last + 1);
}

/** The list containing q among the sentence's figures (listOf), with where it starts and ends; undefined under two figures. */
export function sentenceList(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[]): { list: Quantity[]; head: Quantity; tail: Quantity } | undefined {
  const list = listOf(text, q, quantities.filter((o) => o.start >= sentence.start && o.end <= sentence.end));
  return list.length < 2 ? undefined : { list, head: list[0], tail: list[list.length - 1] };
}

/**
 * A list of two or more figures of q's kind in the sentence, marked as dealt out in order (分别 right
 * before it, "respectively" right before or after it): the list, q's place in it, and the period
 * expression nearest before the list in the sentence, the one the list is dealt over.
 */
export interface RespectiveList {
  list: Quantity[];
  k: number;
  span?: PeriodMention;
}

export function respectiveList(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly PeriodMention[]): RespectiveList | undefined {
  const list = listOf(text, q, quantities.filter((o) => o.start >= sentence.start && o.end <= sentence.end));
  if (list.length < 2) return undefined;
  const head = list[0];
  const tail = list[list.length - 1];
  const marked =
    MARKER_BEFORE_ZH.test(text.slice(Math.max(sentence.start, head.start - 12), head.start)) ||
    MARKER_BEFORE_EN.test(text.slice(Math.max(sentence.start, head.start - 30), head.start)) ||
    MARKER_AFTER_EN.test(text.slice(tail.end, Math.min(sentence.end, tail.end + 16)));
  if (!marked) return undefined;
  const before = mentions.filter((m) => m.end <= head.start && m.start >= sentence.start).sort((a, b) => b.end - a.end);
  // "FY2024（截至2024年1月）四个季度…": a bracketed date glossing the period before it is no period of its own.
  const glossed = before[1]?.period && before[0].period && glossesPeriod(text.slice(before[1].end, before[0].start), before[0].period, before[1].period);
  const span = glossed ? before[1] : before[0];
  return { list, k: list.findIndex((o) => o.start === q.start && o.end === q.end), span };
}

/** The year of a span of whole years that q's place in a respective list gives it, if the sentence deals them out. */
export function respectiveYear(dealt: RespectiveList | undefined): Binding<Period> | undefined {
  // The span nearest before the list, in the sentence: whole years, one per figure.
  const span = dealt?.span;
  if (!dealt || !span || span.spec.t !== 'monthRange' || span.spec.from !== 1 || span.spec.to !== 12 || span.spec.fromYear === undefined || !span.spec.year || !('abs' in span.spec.year)) return undefined;
  const from = span.spec.fromYear;
  if (span.spec.year.abs - from + 1 !== dealt.list.length) return undefined;
  return { value: calendarYearPeriod(from + dealt.k), how: 'explicit', span: { start: span.start, end: span.end } };
}

/**
 * "2024年10月、11月、12月的月平均汇率分别为A、B和C": a list of dates right before a list of figures pairs
 * them in order, with or without 分别; a list of dates of another length leaves each figure's date
 * unsaid ('none': the nearest date alone would give every figure the last one).
 */
export function pairedDate(text: string, sentence: Span, q: Quantity, quantities: readonly Quantity[], mentions: readonly PeriodMention[]): Binding<Period> | 'none' | undefined {
  const list = listOf(text, q, quantities.filter((o) => o.start >= sentence.start && o.end <= sentence.end));
  if (list.length < 2) return undefined;
  const head = list[0];
  const before = mentions.filter((m) => m.end <= head.start && m.start >= sentence.start).sort((a, b) => b.end - a.end);
  const dates = before.length > 0 && DATES_TO_LIST.test(text.slice(before[0].end, head.start)) ? coordinatedRun(text, before) : [];
  if (dates.length < 2) return undefined;
  // A year-less month read in the document's year ("October, November and December 2024": the year
  // written last is all three's) is not surely its figure's date either.
  const dated = (m: PeriodMention) => m.period !== undefined && !m.yearGuessed && !m.yearInferred;
  const k = list.findIndex((o) => o.start === q.start && o.end === q.end);
  return dates.length === list.length && dates.every(dated) ? { value: dates[k].period!, how: 'explicit', span: { start: dates[k].start, end: dates[k].end } } : 'none';
}

/** From a list of dates to its list of figures: the measure and verb of one clause, no stop or semicolon. */
const DATES_TO_LIST = /^[^。；;!?！？\n]{0,40}$/;

/** The dates nearest before the list that are joined to one another by list joiners, in written order. */
function coordinatedRun(text: string, nearestFirst: readonly PeriodMention[]): PeriodMention[] {
  const run: PeriodMention[] = [];
  for (const m of nearestFirst) {
    const next = run[run.length - 1];
    if (next && !LIST_JOINER.test(text.slice(m.end, next.start))) break;
    run.push(m);
  }
  return run.reverse();
}
