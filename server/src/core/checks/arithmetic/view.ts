/**
 * One sentence as the arithmetic checks see it: its prose text, its quantities in order, and helpers to
 * read the short texts between and around them. Relations are read inside one sentence: numbers in
 * different sentences are too often about different things to be checked against each other. The only
 * exceptions follow an explicit pointer back to the sentence right before, in the same paragraph
 * ("of that", "它的", "at that pace", "两家合计", "this sum": previousInParagraph), and are probable at most.
 * A few read the earlier sentences of the paragraph (earlierInParagraph), never another block: named
 * amounts ("净利率", "占营收的"), the one change a later difference describes, the parts of "两个季度合计".
 */
import type { Claim, Lang, Quantity, Span } from '../../model';
import type { DocumentModel } from '../../document/documentModel';
import { CLAUSE_BREAK, LIST_SEPARATOR, lastClauseBreak } from './cues';

/** Longest gap (UTF-16 units) read as a connective between two numbers. */
export const MAX_GAP = 80;

export interface SentenceView {
  span: Span;
  lang: Lang;
  /** Masked prose of the sentence; index i is document offset span.start + i. */
  text: string;
  /** The sentence's quantities in document order (document offsets). */
  quantities: Quantity[];
  /** The same as the block stage recognised them, before the readings of normalise() (the judge's input: recordedWhole.ts). */
  recognised: readonly Quantity[];
  claims: ReadonlyMap<number, Claim>;
  /** Position of the sentence in doc.sentences (to find the sentence right before it). */
  index: number;
}

/** Cuts the document into sentence views, skipping sentences without any quantity. */
export function sentenceViews(doc: DocumentModel, claims: readonly Claim[]): SentenceView[] {
  const claimByStart = new Map<number, Claim>();
  for (const c of claims) claimByStart.set(c.quantity.start, c);
  const quantities = [...doc.quantities].sort((a, b) => a.start - b.start);
  const views: SentenceView[] = [];
  let qi = 0;
  const prose = proseReader(doc);
  for (const unit of readingUnits(doc)) {
    while (qi < quantities.length && quantities[qi].start < unit.start) qi++;
    const inside: Quantity[] = [];
    let k = qi;
    while (k < quantities.length && quantities[k].end <= unit.end) inside.push(quantities[k++]);
    if (inside.length === 0) continue;
    const text = prose(unit);
    const view: SentenceView = { span: { start: unit.start, end: unit.end }, lang: unit.lang, text, quantities: [], recognised: inside, claims: claimByStart, index: unit.index };
    view.quantities = shareListUnits(view, normalise(view, inside));
    views.push(view);
  }
  return views;
}

/**
 * proseText() for spans in increasing order: segments are sorted, so a moving start index keeps the
 * whole pass linear (proseText itself scans every segment, which is quadratic over a document).
 */
function proseReader(doc: DocumentModel): (span: Span) => string {
  let first = 0;
  return (span) => {
    while (first < doc.segments.length && doc.segments[first].end <= span.start) first++;
    // Segments in order and apart (the usual case): the masked slices with blanks between them, joined
    // once, instead of an array of one string per character.
    let joined = '';
    let at = span.start;
    for (let i = first; i < doc.segments.length && doc.segments[i].start < span.end && at >= 0; i++) {
      const seg = doc.segments[i];
      const from = Math.max(seg.start, span.start);
      const to = Math.min(seg.end, span.end);
      if (from < at) at = -1;
      else if (from < to) {
        joined += ' '.repeat(from - at) + seg.masked.slice(from - seg.start, to - seg.start);
        at = to;
      }
    }
    if (at >= 0) return joined + ' '.repeat(span.end - at);
    // Overlapping segments: the later one's characters win, as they always did.
    const out = new Array<string>(span.end - span.start).fill(' ');
    for (let i = first; i < doc.segments.length && doc.segments[i].start < span.end; i++) {
      const seg = doc.segments[i];
      const from = Math.max(seg.start, span.start);
      const to = Math.min(seg.end, span.end);
      for (let j = from; j < to; j++) out[j - span.start] = seg.masked[j - seg.start];
    }
    return out.join('');
  };
}

interface ReadingUnit extends Span {
  lang: Lang;
  /** Index of the (first) sentence in doc.sentences. */
  index: number;
}

/**
 * Sentences, except that the cells of one table row are read together: "| Q4 | $3.86B | 60% of $7.66B |"
 * relates numbers across its cells the way a sentence does (the pipes read as blanks).
 */
function readingUnits(doc: DocumentModel): ReadingUnit[] {
  const cells = doc.segments.filter((seg) => seg.container === 'tableCell');
  const units: ReadingUnit[] = [];
  let ci = 0;
  let rowOf: number | undefined;
  doc.sentences.forEach((sentence, index) => {
    while (ci < cells.length && cells[ci].end <= sentence.start) ci++;
    const inCell = ci < cells.length && cells[ci].start <= sentence.start && sentence.end <= cells[ci].end;
    const row = inCell ? doc.text.lastIndexOf('\n', sentence.start) : undefined;
    const last = units[units.length - 1];
    if (row !== undefined && row === rowOf && last) {
      last.end = sentence.end;
      if (sentence.lang === 'zh') last.lang = 'zh';
    } else {
      units.push({ start: sentence.start, end: sentence.end, lang: sentence.lang, index });
    }
    rowOf = row;
  });
  return units;
}

/** The view of the sentence right before `view`, when both are in the same paragraph. */
export function previousInParagraph(doc: DocumentModel, views: SentenceView[], at: number): SentenceView | undefined {
  const view = views[at];
  const prev = views[at - 1];
  if (!prev || prev.index !== view.index - 1) return undefined;
  const between = doc.text.slice(prev.span.end, view.span.start);
  return /\n\s*\n/.test(between) ? undefined : prev;
}

/** A line that starts a list item or a table row: the paragraph rule treats it as a new paragraph. */
const ITEM_START = /\n[ \t]*(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\|)/;
/** Most earlier sentences a paragraph-wide reading looks back over. */
const MAX_EARLIER = 6;

/**
 * The views before `view` in its paragraph, nearest first: no blank line between them, and not across
 * the start of another list item or table row. Paragraph-wide readings (named amounts: "净利润相当于营收的
 * 一半") stay inside one top-level block, as every relation does.
 */
export function earlierInParagraph(doc: DocumentModel, views: SentenceView[], at: number): SentenceView[] {
  const out: SentenceView[] = [];
  let next = views[at];
  for (let j = at - 1; j >= 0 && out.length < MAX_EARLIER; j--) {
    const prev = views[j];
    const between = doc.text.slice(prev.span.end, next.span.start);
    if (/\n\s*\n/.test(between) || ITEM_START.test(between)) break;
    out.push(prev);
    next = prev;
  }
  return out;
}

export function claimOf(view: SentenceView, q: Quantity): Claim | undefined {
  return view.claims.get(q.start);
}

/** Prose between two spans (empty when they touch or overlap). */
export function gapBetween(view: SentenceView, a: Span, b: Span): string {
  if (b.start <= a.end) return '';
  return view.text.slice(a.end - view.span.start, b.start - view.span.start);
}

/** A gap that is short and does not cross a clause break. */
export function shortGap(view: SentenceView, a: Span, b: Span, max = MAX_GAP): string | undefined {
  const g = gapBetween(view, a, b);
  if (b.start < a.end || g.length > max || CLAUSE_BREAK.test(g)) return undefined;
  return g;
}

/** Text before `q`, back to the previous quantity, a clause break or `max` characters. */
export function textBefore(view: SentenceView, q: Span, max = 40): string {
  const rel = q.start - view.span.start;
  let from = Math.max(0, rel - max);
  for (const other of view.quantities) {
    if (other.end <= q.start && other.end - view.span.start > from) from = other.end - view.span.start;
  }
  const cut = lastClauseBreak(view.text, from, rel);
  return view.text.slice(cut >= 0 ? cut + 1 : from, rel);
}

/**
 * Text after `q`, up to the next quantity, a clause break or `max` characters. `throughNumbers` reads on
 * past other quantities (for cadence words the recogniser may have read as a number: "a quarter").
 */
export function textAfter(view: SentenceView, q: Span, max = 40, throughNumbers = false): string {
  const rel = q.end - view.span.start;
  let to = Math.min(view.text.length, rel + max);
  for (const other of throughNumbers ? [] : view.quantities) {
    if (other.start >= q.end && other.start - view.span.start < to) to = other.start - view.span.start;
  }
  const s = view.text.slice(rel, to);
  const m = CLAUSE_BREAK.exec(s);
  return m ? s.slice(0, m.index) : s;
}

/** The whole clause text around a span (between clause breaks). */
export function clauseOf(view: SentenceView, q: Span): Span {
  const rel = q.start - view.span.start;
  const start = lastClauseBreak(view.text, 0, rel) + 1;
  const tail = view.text.slice(q.end - view.span.start);
  const m = CLAUSE_BREAK.exec(tail);
  const end = m ? q.end - view.span.start + m.index : view.text.length;
  return { start: view.span.start + start, end: view.span.start + end };
}

/**
 * Two readings the relation modules need that a recogniser working number by number cannot give:
 * "a quarter" / "a half" right after an amount is a cadence ("$30 billion a quarter"), not a ratio; and a
 * trailing 多/余/以上 after a multiple makes it a lower bound ("翻了一番多", "3倍多").
 */
function normalise(view: SentenceView, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  qs.forEach((q, i) => {
    const next = qs[i + 1];
    // "$1.25 billion plus $2.75 billion": "plus" is the operator, not the "or more" hedge.
    if (q.bound === 'over' && q.hedge && /^plus$/i.test(q.hedge) && next && /^\s*plus\s*$/i.test(gapBetween(view, q, next))) {
      out.push({ ...q, bound: 'exact', hedge: undefined, ...writtenInterval(q) });
      return;
    }
    const prev = out[out.length - 1];
    if (q.kind === 'ratio' && /^(?:a|one|per|each)\s+(?:quarter|half)$/i.test(q.text) && prev && /^\s*$/.test(gapBetween(view, prev, q))) return;
    // "adds up to $650 million": "up to" belongs to the verb, it is not the "at most" hedge.
    if (q.bound === 'under' && q.hedge && /^up to$/i.test(q.hedge) && /\b(?:adds?|added|adding|sums?|summed|summing|adds? it|add them)\s+up to\s*$/i.test(view.text.slice(Math.max(0, q.start - view.span.start - 24), q.start - view.span.start))) {
      out.push({ ...q, bound: 'exact', hedge: undefined, ...writtenInterval(q) });
      return;
    }
    // "一年", "a month": a one-period duration is a cadence word, not an amount.
    if (q.kind === 'count' && q.value === 1 && q.unit && /^(?:day|week|month|quarter|year)s?$/i.test(q.unit)) return;
    // "…out per 1K": a price's denominator, not an amount of its own.
    if (q.kind === 'number' && /\b(?:per|every)\s*$/i.test(view.text.slice(Math.max(0, q.start - view.span.start - 8), q.start - view.span.start))) return;
    if ((q.kind === 'multiple' || q.kind === 'ratio') && q.bound === 'exact' && /^(?:多|余|以上|有余)/.test(rawAfter(view, q))) {
      out.push({ ...q, bound: 'over', low: q.value, high: null });
      return;
    }
    if (isDenominatorOf(view, q, qs[i - 1]) || isDenominatorOf(view, q, next)) return;
    // "up 23 points", "a 23-point jump": a bare number followed by "points" is a change in percentage points.
    if (q.kind === 'number' && /^(?:\s*|-)(?:percentage[\s-]+)?(?:points?|pts?|pp)\b/i.test(rawAfter(view, q, 20))) {
      out.push({ ...q, kind: 'points' });
      return;
    }
    out.push(q);
  });
  return out;
}

/** "$0.03 per 1K tokens", "每75万个单词30美元": the count the price is per, already read into its `per`. */
function isDenominatorOf(view: SentenceView, q: Quantity, price: Quantity | undefined): boolean {
  if (!price?.per || q.kind !== 'count' || price.per.amount !== q.value || !q.unit) return false;
  if (q.unit.toLowerCase().replace(/s$/, '') !== price.per.unit.toLowerCase().replace(/s$/, '')) return false;
  const gap = price.start < q.start ? gapBetween(view, price, q) : gapBetween(view, q, price);
  return gap.length <= 16;
}

/** The interval of the digits as written: half a unit of the last digit, at most ±5% (checking-model §1). */
function writtenInterval(q: Quantity): { low: number; high: number } {
  const half = 0.5 * Math.pow(10, -q.style.decimals) * q.style.scale;
  const h = Math.min(half, Math.abs(q.value) * 0.05);
  return { low: q.value - h, high: q.value + h };
}

/** A stretch of time ("两年", "three years"), not an amount: relations read past it. */
export function isDuration(q: Quantity): boolean {
  return q.kind === 'count' && !!q.unit && /^(?:day|week|month|quarter|year)s?$/i.test(q.unit);
}

/** The quantity before (or after) `q` in the sentence, skipping durations. */
export function neighbour(view: SentenceView, q: Quantity, step: -1 | 1): Quantity | undefined {
  const qs = view.quantities;
  for (let i = qs.indexOf(q) + step; i >= 0 && i < qs.length; i += step) if (!isDuration(qs[i])) return qs[i];
  return undefined;
}

function rawAfter(view: SentenceView, q: Span, max = 4): string {
  const rel = q.end - view.span.start;
  return view.text.slice(rel, rel + max);
}

/**
 * Chinese (and some English) lists write the unit once, on the last item: "2.4亿、7.5亿和15.5亿美元",
 * "2.4, 7.5 and 15.5 billion dollars". The earlier items get the last item's currency (and its scale when
 * they have none), so each can be checked as the amount it is.
 */
function shareListUnits(view: SentenceView, qs: Quantity[]): Quantity[] {
  const out = qs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const last = out[i];
    // "8000万，两年里…": a stretch of time after a figure is no unit of it.
    if ((last.kind !== 'money' && last.kind !== 'count') || isDuration(last)) continue;
    let j = i - 1;
    while (j >= 0) {
      const item = out[j];
      if (item.kind !== 'number' || !LIST_SEPARATOR.test(gapBetween(view, item, out[j + 1]))) break;
      const rescale = item.style.scale === 1 && last.style.scale > 1 ? last.style.scale : 1;
      out[j] = {
        ...item,
        kind: last.kind,
        currency: last.currency,
        unit: last.unit,
        value: item.value * rescale,
        low: item.low === null ? null : item.low * rescale,
        high: item.high === null ? null : item.high * rescale,
      };
      j--;
    }
  }
  return out;
}
