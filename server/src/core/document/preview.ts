/**
 * A first look at a long document: the part the writer is looking at, checked on its own, so its
 * diagnostics appear at once while the whole document is checked in the background.
 *
 * The window is cut at block boundaries and checked as `headings above it + window`, which is exactly
 * how every block is checked in the full analysis (document/blockChecks.ts), with the document's own
 * date. So the preview's findings are the full analysis's findings inside the window. Where that cannot
 * be guaranteed cheaply (a suppression range opened outside the window, a date the window would read as
 * the document's), or where the window holds most of the document's figures (the preview would cost
 * nearly the full check), there is no preview and the writer waits for the full check.
 */
import type { Finding, Span } from '../model';
import { analyze, type Analysis, type AnalysisContext } from '../analyze';
import { DEFAULT_OPTIONS } from '../options';
import { documentDate as findDocumentDate } from '../bind/index';
import { headingSpans } from '../bind/headings';
import { splitBlocks } from '../markdown/blocks';
import { moveFinding } from './blockChecks';
import { EMPTY_CONTEXT, headingContextsFrom, type BlockHeading } from './headingContext';
import { hasInlineSyntax } from '../markdown/plainBlocks';
import { figureCount } from './checkCost';

export interface Preview {
  /** The document span that was checked. */
  window: Span;
  /** Findings inside the window, at document offsets. */
  findings: Finding[];
}

/** Characters checked around the visible range on each side. */
const MARGIN = 4_000;

/** Suppression comments whose effect reaches past their own line. */
const RANGE_DIRECTIVE = /<!--\s*tally-(?:disable(?!-next-line)|enable)/;

export function previewAnalysis(text: string, visible: Span, context: AnalysisContext): Preview | undefined {
  // Past the size limit the full analysis checks a prefix only; keep the two in step simply.
  if (text.length > (context.options ?? DEFAULT_OPTIONS).maxDocumentSize) return undefined;
  const blocks = splitBlocks(text);
  const from = Math.max(0, visible.start - MARGIN);
  const to = Math.min(text.length, visible.end + MARGIN);
  const inside = blocks.filter((b) => b.end > from && b.start < to && !b.frontMatter);
  if (inside.length === 0) return undefined;
  const window = { start: inside[0].start, end: inside[inside.length - 1].end };
  // A window holding most of the figures costs nearly the full check, which follows anyway.
  const inWindow = figureCount(text, window.start, window.end);
  if (inWindow * 2 > figureCount(text, 0, text.length, inWindow * 2 + 1)) return undefined;
  if (RANGE_DIRECTIVE.test(text.slice(0, window.start)) || RANGE_DIRECTIVE.test(text.slice(window.end))) return undefined;

  const date = context.options?.documentDate || findDocumentDate(text) || undefined;
  const prefix = headingPrefix(text.slice(0, window.start));
  if (prefix === undefined) return undefined;
  const local = prefix + text.slice(window.start, window.end);
  // Without a document date, the window's own first lines must not pass for one.
  if (!date && findDocumentDate(local)) return undefined;
  const options = { ...(context.options ?? DEFAULT_OPTIONS), documentDate: date ?? '' };
  const analysis: Analysis = analyze(local, { facts: context.facts, options, ...(context.locale ? { locale: context.locale } : {}) });
  const delta = window.start - prefix.length;
  const findings = analysis.findings.filter((f) => f.start >= prefix.length).map((f) => moveFinding(f, delta));
  return { window, findings };
}

/**
 * The headings in force at the end of `before`, written as the full check writes a block's heading
 * context; undefined when one of them holds inline syntax, whose masking only the parser gets exactly
 * right (the full check masks heading titles with the parsed prose).
 */
function headingPrefix(before: string): string | undefined {
  const headings: BlockHeading[] = headingSpans(before).map((h) => ({ ...h, title: before.slice(h.start, h.end) }));
  const context = headingContextsFrom(EMPTY_CONTEXT, [headings], 0, 1, []);
  return context.stack.some((h) => hasInlineSyntax(h.title)) ? undefined : context.prefix;
}
