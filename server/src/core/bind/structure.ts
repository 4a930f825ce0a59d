/**
 * Where a quantity sits in the document: its sentence, its Markdown paragraph, the part of that
 * paragraph that reads as one paragraph, and the heading above it. Lookups are binary searches over
 * sorted spans, so binding stays linear on long documents.
 */
import type { Lang, Span } from '../model';
import { headingSpans } from './headings';
import { lastAtOrBefore } from '../sortedSearch';

export interface Structure {
  sentences: readonly (Span & { lang: Lang })[];
  sentenceAt(pos: number): (Span & { lang: Lang }) | undefined;
  paragraphAt(pos: number): Span | undefined;
  /** The paragraph as a reader sees it: a line break after a Chinese full stop starts a new one. */
  readingParagraph(paragraph: Span, pos: number): Span;
  headingBefore(paragraph: Span): Span | undefined;
  /** The headings that enclose the paragraph's section heading, innermost first ("# Nvidia" above "## Quarters"). */
  outerHeadings(paragraph: Span): Span[];
}

/** A full-width sentence end before a line break: Chinese writers end paragraphs with one newline. */
const CJK_LINE_END = /[。！？」』”）][ \t\u3000]*$/;

export function documentStructure(text: string, paragraphs: readonly Span[], sentences: readonly (Span & { lang: Lang })[]): Structure {
  const sortedParagraphs = [...paragraphs].sort((a, b) => a.start - b.start);
  const sortedSentences = [...sentences].sort((a, b) => a.start - b.start);
  const headings = headingSpans(text);
  const breaksCache = new Map<number, number[]>();

  /** Offsets where a new reading paragraph starts inside a Markdown paragraph (computed once each). */
  const breaksOf = (paragraph: Span): number[] => {
    let breaks = breaksCache.get(paragraph.start);
    if (breaks) return breaks;
    breaks = [];
    for (let nl = text.indexOf('\n', paragraph.start); nl >= 0 && nl < paragraph.end; nl = text.indexOf('\n', nl + 1)) {
      if (CJK_LINE_END.test(text.slice(Math.max(paragraph.start, nl - 8), nl))) breaks.push(nl + 1);
    }
    breaksCache.set(paragraph.start, breaks);
    return breaks;
  };

  return {
    sentences: sortedSentences,
    sentenceAt: (pos) => containing(sortedSentences, pos),
    paragraphAt: (pos) => containing(sortedParagraphs, pos),
    readingParagraph(paragraph, pos) {
      const breaks = breaksOf(paragraph);
      const i = lastAtOrBefore(breaks, pos, (b) => b);
      const start = i >= 0 ? breaks[i] : paragraph.start;
      const end = i + 1 < breaks.length ? breaks[i + 1] - 1 : paragraph.end;
      return { start, end };
    },
    headingBefore(paragraph) {
      const i = lastAtOrBefore(headings, paragraph.start - 1, (h) => h.start);
      return i >= 0 ? headings[i] : undefined;
    },
    outerHeadings(paragraph) {
      const out: Span[] = [];
      let i = lastAtOrBefore(headings, paragraph.start - 1, (h) => h.start);
      if (i < 0) return out;
      let level = headings[i].level;
      // Walk back to each earlier heading of a higher rank; a document has few headings.
      for (i--; i >= 0 && level > 1; i--) {
        if (headings[i].level < level) {
          out.push({ start: headings[i].start, end: headings[i].end });
          level = headings[i].level;
        }
      }
      return out;
    },
  };
}


/** The span (sorted, disjoint) containing offset pos. */
export function containing<T extends Span>(spans: readonly T[], pos: number): T | undefined {
  const s = spans[lastAtOrBefore(spans, pos, (x) => x.start)];
  return s && pos < s.end ? s : undefined;
}
