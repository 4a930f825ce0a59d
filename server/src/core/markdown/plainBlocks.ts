/**
 * A block of plain text needs no parser: a paragraph, an ATX heading or a list (nested lists too) with no inline
 * Markdown syntax at all reads as its own text (a heading without its # marks, a list item without its
 * marker). Much of a draft is such blocks ("Nvidia's data-center revenue rose to $30.8B in the
 * quarter."), and remark costs more than the checks on them, so recognising them cheaply is what keeps
 * a full check near the cost of parsing the whole document.
 *
 * The test is conservative: any character or line start that could mean something to CommonMark or GFM
 * sends the block to remark. test/core/markdown/plainBlocks.test.ts proves, on random and real
 * blocks, that whenever this says "plain" remark-parse(+gfm) gives exactly the same segment.
 */
import type { ProseSegment } from './prose';
import { isFencedCodeOnly } from './fencedCode';
import { plainInline } from './plainInline';
import { plainTable } from './plainTable';

/**
 * Characters with inline meaning: escapes, code, emphasis, links, images, footnotes, HTML, entities,
 * strikethrough, tables; tabs (which remark expands and strips), NUL (which it replaces) and a lone
 * carriage return.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&~|\t\0]|\r(?!\n)/;
/** Text GFM turns into a link by itself: URLs, www. and e-mail addresses. */
const AUTOLINK = /www\.|https?:|mailto:|xmpp:|@/i;
/**
 * A line that could start a block construct, end a paragraph or underline it: headings, block quotes,
 * list items (bullets, or any ordered marker), thematic breaks and setext underlines, fences, HTML,
 * indented code (first line only, checked separately), tables: a delimiter row may open with a colon
 * (":-" under a line of text makes a one-column table even without pipes).
 */
const BLOCK_START = /^ {0,3}(?:[#>+=-]|:-|\d{1,9}[.)](?:[ \t\r]|$)|`{3}|~{3})/;

/** Whether text holds anything Markdown or GFM could read as inline syntax (or a tab, NUL, lone CR). */
export function hasInlineSyntax(text: string): boolean {
  return INLINE_SYNTAX.test(text) || AUTOLINK.test(text);
}

/**
 * The block's prose segments if it is a plain paragraph, heading or list (offsets shifted by base), none
 * if it is only fenced code (fencedCode.ts), else undefined (the block goes to remark).
 */
export function plainProse(source: string, base = 0): ProseSegment[] | undefined {
  if (isFencedCodeOnly(source)) return [];
  if (source.startsWith('|')) return plainTable(source, base, hasInlineSyntax);
  // Footnote references and plain links are read here (plainInline.ts); the rest must be plain text.
  const inline = plainInline(source);
  if (hasInlineSyntax(inline ? inline.rest : source)) return undefined;
  const masked = inline ? inline.masked : source;
  const paragraph = plainParagraph(source, masked, base);
  const heading = paragraph ? undefined : plainHeading(source, masked, base);
  const segments = paragraph ? [paragraph] : heading ? [heading] : plainList(source, masked, base);
  // A segment that is only code spans may hold no text at all for remark (then it has no segment): leave it to remark.
  if (inline && segments?.some((s) => !/\S/.test(s.masked))) return undefined;
  return segments;
}

/** A paragraph's segment; the caller has ruled out inline syntax. `masked` is source as remark keeps it. */
function plainParagraph(source: string, masked: string, base: number): ProseSegment | undefined {
  let start = 0;
  while (start < source.length && isSpace(source.charCodeAt(start))) start++;
  // The paragraph ends with its last line, trailing spaces included (remark's position does the same).
  let end = source.length;
  while (end > start && isLineBreak(source.charCodeAt(end - 1))) end--;
  // Other whitespace at either end (no-break, ideographic) is trimmed by the parser in ways not worth
  // reproducing: leave such blocks to it.
  if (start === end || /\s/.test(source[start]) || /[^\S ]/.test(source[end - 1])) return undefined;
  // Four spaces before the first line's text make indented code; the first line starts at a line start.
  const lineStart = source.lastIndexOf('\n', start) + 1;
  if (start - lineStart > 3) return undefined;
  for (let at = lineStart; at < end; ) {
    const nl = source.indexOf('\n', at);
    const lineEnd = nl === -1 ? source.length : nl;
    const line = source.slice(at, Math.min(lineEnd, at + 16));
    // A blank line would end the paragraph (the block splitter never leaves one inside a block).
    if (BLOCK_START.test(line) || /^[ \r]*$/.test(source.slice(at, lineEnd))) return undefined;
    at = lineEnd + 1;
  }
  return { start: start + base, end: end + base, masked: masked.slice(start, end), container: 'paragraph' };
}

/** An ATX heading on one line: the whole line, with the opening and closing # marks blanked. */
const ATX_HEADING = /^(#{1,6} +)(.*?)((?: +#+)? *)$/;

function plainHeading(source: string, masked: string, base: number): ProseSegment | undefined {
  let end = source.length;
  while (end > 0 && isLineBreak(source.charCodeAt(end - 1))) end--;
  const line = source.slice(0, end);
  const m = line.includes('\n') || line.includes('\r') ? null : ATX_HEADING.exec(line);
  if (!m || !/\S/.test(m[2]) || /^#+$/.test(m[2]) || /\s/.test(m[2][0]) || /\s/.test(m[2][m[2].length - 1])) return undefined;
  const text = masked.slice(m[1].length, m[1].length + m[2].length);
  return { start: base, end: base + end, masked: ' '.repeat(m[1].length) + text + ' '.repeat(m[3].length), container: 'heading' };
}

/** A list item's first line: indentation, a bullet or an ordered marker (its number), one space, then text. */
const ITEM = /^( *)(?:([-+])|(\d{1,9})([.)])) (?=\S)/;
/** What a continuation line may not start with (after any indentation): anything a block could start with. */
const CONTINUATION_BREAK = /^ *(?:[#>+=-]|\d{1,9}[.)](?:[ \t\r]|$)|`{3}|~{3})/;

/** An item whose text a following, more indented line may still belong to. */
interface OpenItem {
  /** The column its text starts at: a line indented this far or more is inside it. */
  content: number;
  /** Its bullet, or its ordered marker's delimiter: a following item of the same kind continues its list. */
  kind: string;
}

/**
 * A list (nested lists included) whose items are each one plain paragraph: every item starts on its own
 * line, continuation lines start nothing. Each item's paragraph is one segment, in document order.
 *
 * Nesting follows CommonMark: a line belongs to the open items whose text column it reaches; an item
 * marker up to three columns past its container's column starts an item there (further in, it would be
 * indented code or text: left to the parser). An item that starts a new list right after a paragraph
 * line interrupts that paragraph, which an ordered marker may do only as "1" (else the line is text of
 * the paragraph: left to the parser too).
 */
function plainList(source: string, masked: string, base: number): ProseSegment[] | undefined {
  let end = source.length;
  while (end > 0 && isLineBreak(source.charCodeAt(end - 1))) end--;
  const segments: ProseSegment[] = [];
  const open: OpenItem[] = [];
  let item: { start: number; end: number } | undefined;
  const close = (): boolean => {
    if (!item) return true;
    const text = source.slice(item.start, item.end);
    if (/\s/.test(text[0]) || /[^\S ]/.test(text[text.length - 1])) return false;
    segments.push({ start: item.start + base, end: item.end + base, masked: masked.slice(item.start, item.end), container: 'paragraph' });
    return true;
  };
  for (let at = 0; at < end; ) {
    const nl = source.indexOf('\n', at);
    const lineEnd = Math.min(nl === -1 ? source.length : nl, end);
    const line = source.slice(at, lineEnd);
    const content = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (!/\S/.test(content)) return undefined;
    const m = ITEM.exec(content);
    if (m) {
      const indent = m[1].length;
      const kind = m[2] ?? m[4];
      // The items this line is not indented enough to be inside end here.
      let closed: OpenItem | undefined;
      while (open.length > 0 && open[open.length - 1].content > indent) closed = open.pop();
      const container = open.length > 0 ? open[open.length - 1].content : 0;
      if (indent - container > 3) return undefined;
      const sibling = closed !== undefined && closed.kind === kind;
      if (item && !sibling && m[3] !== undefined && m[3] !== '1') return undefined;
      open.push({ content: m[0].length, kind });
      if (!close()) return undefined;
      const start = at + m[0].length;
      if (CONTINUATION_BREAK.test(source.slice(start, Math.min(lineEnd, start + 16)))) return undefined;
      item = { start, end: at + content.length };
    } else {
      // A line that starts nothing continues the last item's paragraph, however it is indented.
      if (!item || CONTINUATION_BREAK.test(content.slice(0, 32))) return undefined;
      item.end = at + content.length;
    }
    at = lineEnd + 1;
  }
  return close() && segments.length > 0 ? segments : undefined;
}

/** Space, line feed or carriage return (tabs never reach here). */
function isSpace(c: number): boolean {
  return c === 32 || isLineBreak(c);
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
