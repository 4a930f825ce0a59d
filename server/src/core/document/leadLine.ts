/**
 * The lead line of a list or a table: the short paragraph right above it that names what its items
 * measure, and often whose and when ("OpenAI's annualized revenue, as reported:", "文件附表列出了
 * Anthropic的历次估值：", "Capex guidance for 2025, by company:"). Writers put the measure there once and
 * leave the items bare ("- December 2023: $1.6 billion"), as a heading does for its section.
 *
 * The second thing a block's checks may read from another block (the first is the table above a
 * multiple, blockAbove.ts), for binding only: the lead is put before the list, after its section's
 * headings, and binding reads it as the outermost heading (entity and period, as context bindings, only
 * where the section's headings name none: a heading is the writer's declared subject, a lead a sentence
 * that often names a publisher or a parent, "OpenAI公布的ChatGPT周活跃用户"), and reads its one measure
 * for bare items (bind/leadMetric.ts). Its text is in the checked block's prefix, which is the block's
 * cache key: an edit to the lead re-checks the list right after it and nothing else.
 *
 * A lead is, in the same section (no heading in either block): one paragraph of one sentence, at most
 * LEAD_LENGTH characters, ending in a colon (emphasis may close after it), right above a block that is a
 * list or a table. A longer paragraph, or one of several sentences, is prose whose colon introduces
 * its last sentence's point, not a caption of the list: its other sentences name other things.
 */
import type { BlockResult } from './blockAnalysis';
import type { DocumentModel } from './documentModel';
import { maskedSlice, type HeadingContext } from './headingContext';
import { detached } from '../text/detach';

/** A caption, not a paragraph: the corpus's leads are one short clause (the longest about 120 characters). */
const LEAD_LENGTH = 200;

/** A list item or a table row opening a block. */
const LIST_OR_TABLE = /^ {0,3}(?:[-*+][ \t]|\d{1,3}[.)][ \t]|\|)/;

/** What a paragraph may not open with to be a lead: a list, a table, a quote, a heading, HTML, a fence, a footnote, indented code. */
const NOT_A_PARAGRAPH = /^(?: {0,3}(?:[-*+>#|<]|\d{1,3}[.)]|`{3}|~{3}|\[\^)| {4}|\t)/;

/** Ends in a colon, emphasis markers after it allowed ("**By company:**"). */
const ENDS_IN_COLON = /[:：][*_]{0,3}\s*$/;

/** A sentence end inside the paragraph (its own full stop before the colon is none of these). */
const INNER_SENTENCE_END = /[.!?](?:[*_"')\]]*)\s+\S|[。！？]/;

/** A context with the lead of a block after its headings; `lead` is the lead's span in `prefix`. */
export interface LeadContext extends HeadingContext {
  readonly lead?: { start: number; end: number };
}

/** Whether block i may read a lead: it opens as a list or a table (decided by the block alone). */
export function mayReadLead(doc: DocumentModel, i: number): boolean {
  const block = doc.blocks[i];
  return LIST_OR_TABLE.test(doc.text.slice(block.start, Math.min(block.end, block.start + 8)));
}

/** The lead's title as binding reads it (one line), or undefined when block i - 1 is no lead of block i. */
export function leadOf(doc: DocumentModel, i: number): string | undefined {
  if (i === 0 || doc.headings[i].length > 0 || doc.headings[i - 1].length > 0 || !mayReadLead(doc, i)) return undefined;
  const prev = doc.blocks[i - 1];
  if (prev.end - prev.start > LEAD_LENGTH) return undefined;
  const source = doc.text.slice(prev.start, prev.end);
  if (NOT_A_PARAGRAPH.test(source) || !ENDS_IN_COLON.test(source)) return undefined;
  const text = maskedLead(source, doc.results[i - 1]);
  if (text === undefined || INNER_SENTENCE_END.test(text.trimEnd())) return undefined;
  return detached(text.replace(/\s+/g, ' ').trim());
}

/**
 * The lead text with inline code and URLs blanked as in the prose copy; a block the prose stage skipped
 * (no figure in it) is read as written unless it holds markup that copy would have blanked.
 */
function maskedLead(source: string, result: BlockResult): string | undefined {
  if (result.parsed) return maskedSlice(source, result, 0, source.length);
  return /[`<]|\]\(/.test(source) ? undefined : source;
}

/**
 * The context a list under a lead is checked in: its section's headings, then the lead as a line of its
 * own (not a heading: binding reads it through `lead`, after the headings). Not memoised: the checks
 * compare contexts by their prefix, and a lead being typed would pile up texts.
 */
export function leadContext(context: HeadingContext, lead: string | undefined): LeadContext {
  if (lead === undefined) return context;
  const start = context.prefix.length;
  return { stack: context.stack, prefix: `${context.prefix}${lead}\n\n`, lead: { start, end: start + lead.length } };
}
