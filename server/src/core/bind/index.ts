/**
 * Binding: turns each recognised quantity into a Claim about an entity, a metric, a period and a
 * source (checking-model §3). Every binding records how it was made: 'explicit' (the number's own
 * clause), 'sentence', 'context' (an earlier sentence of the paragraph, or the heading), 'document'
 * (the document's date). When the text does not say, the binding is left out: a wrong binding is a
 * false alarm downstream, a missing one only a missed check.
 */
import type { Binding, Claim, Lang, Period, Quantity, Span } from '../model';
import { detectLang } from '../text/lang';
import { bindAttribution, findAttributions, type Attribution } from './attribution';
import { clauseAt, clauseSpans } from './clauses';
import { documentDate } from './documentDate';
import { bindEntity } from './entities';
import type { BindingKnowledge } from './knowledge';
import { lowerAscii } from './literals';
import { findEntityMentions, findPronouns, mentionsIn, type PronounMention } from './mentions';
import { bindMetric, findTriggers, nonSpaceCounter, type TriggerMention } from './metrics';
import { choosePeriod, isBaseline, periodFinder } from './periodBinding';
import { roundTermMetric } from './roundTerms';
import { roundValuation } from './roundValuation';
import { companyWorth } from './companyWorth';
import { tableSource } from './tableSource';
import { shareOfTriggers, zhShareOfTriggers } from './shareOf';
import { containing, documentStructure } from './structure';
import { documentTables, inRowLabel, textCells, type TableCell } from './tables';

export { documentDate } from './documentDate';
export { findPeriods } from './periods';
export type { BindingKnowledge } from './knowledge';

export interface BindInput {
  /** The whole document (offsets are into it). */
  text: string;
  /** Document offsets, sorted. */
  quantities: Quantity[];
  /** Sorted, cover the prose. */
  sentences: (Span & { lang: Lang })[];
  /**
   * Prose blocks (a heading, a paragraph, a list item, a table row...). `masked` (same length as the
   * span) blanks URLs and inline code so they bind nothing. Headings are read from the text itself.
   */
  paragraphs: (Span & { masked?: string })[];
}

interface SentenceInfo {
  span: Span;
  lang: Lang;
  clauses: Span[];
  triggers: TriggerMention[];
  attributions: Attribution[];
  quantities: Quantity[];
}

/**
 * How far around a number binding looks inside one sentence. Real sentences are shorter; a "sentence"
 * of thousands of characters (a list without stops, a table) must not make binding quadratic.
 */
const SCOPE = 600;

export function bindClaims(input: BindInput, kb: BindingKnowledge, ctx: { documentDate?: string }): Claim[] {
  const text = maskedText(input);
  // The caller's date (a setting, or one it already read from the text) wins; else read it here. A
  // caller that passes the key with no value has looked and found none (a block checked on its own must
  // not read a date line of its own as the document's).
  const docDate = 'documentDate' in ctx ? ctx.documentDate : documentDate(input.text);
  // A soft line break inside a name or a trigger ("net\nincome", "Inflection\nAI") is a space to the
  // reader; the words are looked up in a copy with single line breaks as spaces (same offsets).
  const words = softBreaksAsSpaces(text);
  const mentions = findEntityMentions(words, kb);
  const structure = documentStructure(input.text, input.paragraphs, joinSoftBreaks(text, input.sentences, input.paragraphs));
  const quantities = [...input.quantities].sort((a, b) => a.start - b.start);
  const triggers = [
    ...findTriggers(words, kb, 0, words.length, lowerAscii(words)),
    ...shareOfTriggers(words, quantities, kb),
    ...zhShareOfTriggers(words, kb),
  ].sort((a, b) => a.start - b.start);
  const sentenceCache = new Map<number, SentenceInfo>();
  const pronounCache = new Map<number, PronounMention[]>();
  // A measurement's number ("1979 TFLOPS") is never a year: periods are read with those blanked.
  const findPeriodsCached = periodFinder(blankMeasurements(text, quantities), docDate);
  const gap = nonSpaceCounter(text);
  // Table pipes are markup, blanked in the masked text: tables are read from the source.
  const tables = documentTables(input.text);

  const sentenceInfo = (span: Span, lang: Lang): SentenceInfo => {
    const cached = sentenceCache.get(span.start);
    if (cached) return cached;
    const info: SentenceInfo = {
      span,
      lang,
      clauses: clauseSpans(text, span),
      triggers: mentionsIn(triggers, span.start, span.end),
      attributions: findAttributions(text, span, mentions),
      quantities: mentionsIn(quantities, span.start, span.end),
    };
    sentenceCache.set(span.start, info);
    return info;
  };

  const claims: Claim[] = [];
  for (const q of quantities) {
    const paragraph = structure.paragraphAt(q.start);
    // A quantity outside every sentence (a table cell the splitter did not cover) reads its paragraph.
    const sentence = structure.sentenceAt(q.start);
    const span = sentence ?? paragraph;
    if (!span) continue;
    const s = sentenceInfo({ start: span.start, end: span.end }, sentence?.lang ?? detectLang(text.slice(span.start, span.end)));
    // A number that is part of a date ("March 18", "2023") is not a claim.
    const inDate = (p: Span) => (p.start <= q.start && q.end <= p.end) || (q.kind === 'number' && p.start < q.end && q.start < p.end);
    if (mentionsIn(findPeriodsCached(s.span, undefined), q.start - SCOPE, q.end + SCOPE).some(inDate)) continue;

    const scope = { start: Math.max(s.span.start, q.start - SCOPE), end: Math.min(s.span.end, q.end + SCOPE) };
    const whole = scope.start === s.span.start && scope.end === s.span.end;
    const near = <T extends Span>(list: T[]) => (whole ? list : mentionsIn(list, scope.start, scope.end));
    const nearQuantities = neighbours(s.quantities, q, scope);
    const nearAttributions = near(s.attributions);
    const clause = clauseOf(s.clauses, q, scope);
    const para = structure.readingParagraph(paragraph ?? s.span, q.start);
    let pronouns = pronounCache.get(para.start);
    if (!pronouns) {
      pronouns = findPronouns(text, para.start, para.end);
      pronounCache.set(para.start, pronouns);
    }
    const heading = structure.headingBefore(para);
    // A table cell is read with its row ("| Groq | August | $460M |"): the row is its sentence.
    const cell = tables.cellAt(q.start);
    const row = cell && (cell.row.start < scope.start || cell.row.end > scope.end) ? cell.row : undefined;
    const rowQuantities = row ? mentionsIn(quantities, row.start, row.end) : nearQuantities;

    const { entity: bound, product } = bindEntity(
      {
        text,
        quantity: q,
        clause,
        sentence: row ?? scope,
        paragraph: para,
        heading,
        outerHeadings: structure.outerHeadings(para),
        sentences: structure.sentences,
        mentions,
        pronouns,
        attributions: nearAttributions,
        quantities: rowQuantities,
      },
      kb,
    );
    // A row label names whose the row's figures are as plainly as the number's own clause would.
    const entity = cell && bound?.how === 'sentence' && inRowLabel(cell, bound.span) ? { ...bound, how: 'explicit' as const } : bound;
    const metric =
      roundValuation(text, q, s.span, nearQuantities, kb) ??
      companyWorth(text, q, s.span, near(s.triggers), kb) ??
      bindMetric({ text, gap, quantity: q, clause, sentence: scope, triggers: near(s.triggers), quantities: nearQuantities }, kb) ??
      roundTermMetric(text, q, s.quantities, kb) ??
      (cell && tableMetric(cell, q, rowQuantities, { text, gap, triggers }, kb));
    const fiscalYearEnd = fiscalYearEndOf(entity?.value ?? product?.value, kb);
    const chosenPeriod = choosePeriod({
      text,
      quantity: q,
      clause,
      sentence: row ?? scope,
      paragraph: para,
      heading,
      quantities: rowQuantities,
      fiscalYearEnd,
      periodKind: metric ? kb.metrics.get(metric.value)?.periodKind : undefined,
      find: findPeriodsCached,
      baseline: isBaseline(text, q, clause),
      documentDate: docDate,
    });
    const period = cell ? tablePeriod(chosenPeriod, cell, rowQuantities, (span) => findPeriodsCached(span, fiscalYearEnd)) : chosenPeriod;
    // A table's source column credits its row as "according to" would (see tableSource.ts).
    const attribution = bindAttribution(q, clause, nearAttributions) ?? (cell && tableSource(text, cell, mentions));
    claims.push(claim(q, s, { entity, product, metric, period, attribution }));
  }
  continueListMetrics(input.text, claims, kb);
  return claims;
}

const LIST_MARK = /^[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+/;
/**
 * What a list item may hold besides its number and still be "the same series" as its neighbours: dates,
 * Markdown emphasis, punctuation and milestone verbs ("- August 2024: 300 million",
 * "- **2024年2月23日**:盘中首次突破3万亿美元").
 */
const LIST_ITEM_WORDS =
  /(?:\d{4}\s*年|\d{1,2}\s*月(?:份)?|\d{1,2}\s*日|第?[一二三四1-4]\s*季度|[上下]半年|全年|(?:19|20)\d{2}|FY\s*\d{2,4}|Q[1-4]|H[12]|\b(?:in|by|on|the|of|fiscal|year|quarter|first|about|around|roughly|over|reached|hit|passed|crossed|topped|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|盘中|收盘|首次|突破|达到|超过|约|近|[\s,，。.!?！？;；:：、()（）*_~-])/gi;

/**
 * A list item that is nothing but a date and a figure continues the measure of its list: the metric of
 * the nearest item of the same list (adjacent lines, no blank line) whose figure names one, when the
 * metric admits this figure's kind and the two items are about the same entity. Bound as 'context'.
 * Reads only the list itself (one top-level block).
 */
function continueListMetrics(text: string, claims: Claim[], kb: BindingKnowledge): void {
  const lineOf = (pos: number) => {
    const start = text.lastIndexOf('\n', pos - 1) + 1;
    const nl = text.indexOf('\n', pos);
    return { start, end: nl < 0 ? text.length : nl };
  };
  const items = claims.map((c) => {
    const line = lineOf(c.quantity.start);
    const body = text.slice(line.start, line.end);
    return { c, line, list: LIST_MARK.test(body), body };
  });
  const perLine = new Map<number, number>();
  for (const it of items) perLine.set(it.line.start, (perLine.get(it.line.start) ?? 0) + 1);
  const adjacent = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    return /^\r?\n$/.test(text.slice(first.end, second.start));
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.c.metric || !it.list || perLine.get(it.line.start) !== 1) continue;
    const q = it.c.quantity;
    const rest = (it.body.slice(0, q.start - it.line.start) + ' ' + it.body.slice(q.end - it.line.start)).replace(LIST_MARK, '').replace(LIST_ITEM_WORDS, '');
    if (rest.length > 0) continue;
    const look = (dir: 1 | -1) => {
      let prev = it.line;
      for (let j = i + dir; j >= 0 && j < items.length; j += dir) {
        const o = items[j];
        if (o.line.start === it.line.start) continue;
        if (!o.list || perLine.get(o.line.start) !== 1 || !adjacent(prev, o.line)) return undefined;
        if (o.c.metric && o.c.metric.how !== 'context') return o.c;
        prev = o.line;
      }
      return undefined;
    };
    const source = look(-1) ?? look(1);
    if (!source?.metric) continue;
    if (!kb.metrics.get(source.metric.value)?.kinds.includes(q.kind)) continue;
    if (it.c.entity && source.entity && it.c.entity.value !== source.entity.value) continue;
    it.c.metric = { value: source.metric.value, how: 'context', ...(source.metric.span ? { span: source.metric.span } : {}) };
  }
}

/**
 * The metric of a table cell whose own text names none: a trigger in its column's header cell
 * ("| Company | Raised |"), else in its row's first cell ("| Revenue | $60.9B |"), else in another
 * cell of the row that holds no figure ("| TSMC | Q3 revenue | NT$868B |"). A table's labels name
 * what each cell measures as plainly as the cell's own clause would, so the binding says 'explicit'.
 */
function tableMetric(
  cell: TableCell,
  q: Quantity,
  rowQuantities: readonly Quantity[],
  doc: { text: string; gap: (from: number, to: number) => number; triggers: TriggerMention[] },
  kb: BindingKnowledge,
): Binding<string> | undefined {
  const labels = [cell.header, cell.rowLabel, ...textCells(cell, rowQuantities)].filter((s): s is Span => s !== undefined && s.end > s.start);
  for (const label of labels) {
    const found = bindMetric(
      { text: doc.text, gap: doc.gap, quantity: q, clause: label, sentence: label, triggers: mentionsIn(doc.triggers, label.start, label.end), quantities: [q] },
      kb,
    );
    if (found) return { ...found, how: 'explicit' };
  }
  return undefined;
}

/**
 * The period of a table cell. A period in a label cell of the row ("| Q3 2024 | $35.1B |") or in the
 * column's header ("| Company | FY2024 |") labels the cell as plainly as its own clause would, so it
 * binds as 'explicit'; a header period also beats one carried from the section heading.
 */
function tablePeriod(
  found: Binding<Period> | undefined,
  cell: TableCell,
  rowQuantities: readonly Quantity[],
  find: (span: Span) => { start: number; end: number; period?: Period; kind?: string }[],
): Binding<Period> | undefined {
  const isLabel = (c: Span) => c !== cell.cell && !rowQuantities.some((o) => o.start < c.end && c.start < o.end);
  if (found?.how === 'sentence' && found.span) {
    const at = found.span;
    if (cell.cells.some((c) => isLabel(c) && c.start <= at.start && at.end <= c.end)) return { ...found, how: 'explicit' };
  }
  if (cell.header && (!found || found.how === 'context')) {
    const named = find(cell.header).filter((m) => m.period && m.kind !== 'present');
    const distinct = new Set(named.map((m) => `${m.period!.start}/${m.period!.end}`));
    if (distinct.size === 1) return { value: named[0].period!, how: 'explicit', span: { start: named[0].start, end: named[0].end } };
  }
  return found;
}

/** How many quantities on each side of a number binding compares it with (a list of 50,000 "1, 1, 1"). */
const NEIGHBOURS = 24;

/** The quantities of the sentence near q (q included), within scope. */
function neighbours(sorted: Quantity[], q: Quantity, scope: Span): Quantity[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < q.start) lo = mid + 1;
    else hi = mid;
  }
  return sorted.slice(Math.max(0, lo - NEIGHBOURS), lo + NEIGHBOURS + 1).filter((o) => o.start >= scope.start && o.end <= scope.end);
}

/** The quantity's clause, stretched to cover the quantity when it spans a cut ("$25k – $40k"), within scope. */
function clauseOf(clauses: Span[], q: Span, scope: Span): Span {
  const first = clauseAt(clauses, q.start);
  const last = clauseAt(clauses, Math.max(q.start, q.end - 1));
  return { start: Math.max(scope.start, Math.min(first.start, q.start)), end: Math.min(scope.end, Math.max(last.end, q.end)) };
}

function claim(
  q: Quantity,
  s: SentenceInfo,
  b: { entity?: Binding<string>; product?: Binding<string>; metric?: Binding<string>; period?: Binding<Period>; attribution?: Binding<string> },
): Claim {
  const c: Claim = { id: `c${q.start}`, quantity: q, sentence: { ...s.span }, lang: s.lang };
  if (b.entity) c.entity = b.entity;
  if (b.product) c.product = b.product;
  if (b.metric) c.metric = b.metric;
  if (b.period) c.period = b.period;
  if (b.attribution) c.attribution = b.attribution;
  return c;
}

/** A sentence that ends at a line break without a stop ("reported net⏎income of $29.8B") goes on. */
const OPEN_LINE_END = /[^\s.!?。！？:：;；|*#>)\]）」』”"'’]$/;

/**
 * The sentences with those cut only by a soft line break joined again: the splitter ends a sentence at
 * every line break, but a line that stops mid-sentence in a Markdown paragraph is wrapped, not ended.
 */
function joinSoftBreaks<T extends Span & { lang: Lang }>(text: string, sentences: readonly T[], paragraphs: readonly Span[]): T[] {
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  const byStart = [...paragraphs].sort((a, b) => a.start - b.start);
  const paragraphOf = (pos: number) => containing(byStart, pos);
  const out: T[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, s.start) : '';
    if (
      last &&
      /^[ \t]*\r?\n[ \t]*$/.test(between) &&
      OPEN_LINE_END.test(text.slice(Math.max(last.start, last.end - 1), last.end)) &&
      /^[A-Za-z\u3400-\u9fff$€£¥0-9]/.test(text.slice(s.start, s.start + 1)) &&
      paragraphOf(last.start) === paragraphOf(s.start)
    ) {
      out[out.length - 1] = { ...last, end: s.end };
      continue;
    }
    out.push(s);
  }
  return out;
}

/** The text with each line break that does not end a paragraph written as a space (same length). */
function softBreaksAsSpaces(text: string): string {
  return text.replace(/(?<=\S)[ \t]*\r?\n(?![ \t]*\r?\n)/g, (m) => ' '.repeat(m.length));
}

/** The document with each prose block's masked copy laid over it (same length, same offsets). */
function maskedText(input: BindInput): string {
  const parts: string[] = [];
  let at = 0;
  for (const p of [...input.paragraphs].sort((a, b) => a.start - b.start)) {
    if (p.masked === undefined || p.masked.length !== p.end - p.start || p.start < at) continue;
    parts.push(input.text.slice(at, p.start), p.masked);
    at = p.end;
  }
  if (at === 0) return input.text;
  parts.push(input.text.slice(at));
  return parts.join('');
}

/** The fiscal year end of an entity, or of the company it belongs to (Azure -> Microsoft). */
function fiscalYearEndOf(id: string | undefined, kb: BindingKnowledge): string | undefined {
  let current = id ? kb.entities.get(id) : undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    if (current.fiscalYearEnd) return current.fiscalYearEnd;
    current = current.parent ? kb.entities.get(current.parent) : undefined;
  }
  return undefined;
}

/** The text with the numbers of measurements ("1979 TFLOPS", "4.8TB/s") blanked (same length). */
function blankMeasurements(text: string, quantities: readonly Quantity[]): string {
  const measured = quantities.filter((q) => q.kind === 'number' && q.unit !== undefined);
  if (measured.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const q of measured) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start), ' '.repeat(q.end - q.start));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
