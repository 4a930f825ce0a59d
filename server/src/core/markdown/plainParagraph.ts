/**
 * A block that is one paragraph of plain text, with no Markdown syntax at all, needs no parser: its
 * prose is its own text. Most of a draft is such paragraphs ("Nvidia's data-center revenue rose to
 * $30.8B in the quarter."), and remark costs far more than the checks on them, so recognising them
 * cheaply is what lets a full check cost less than parsing the whole document.
 *
 * The test is conservative: any character or line start that could mean something to CommonMark or GFM
 * sends the block to remark. test/core/markdown/plainParagraph.test.ts proves, on random and real
 * blocks, that whenever this says "plain" remark-parse(+gfm) gives exactly the same segment.
 */
import type { ProseSegment } from './prose';

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
 * indented code (first line only, checked separately), tables.
 */
const BLOCK_START = /^ {0,3}(?:[#>+=-]|\d{1,9}[.)](?:[ \t\r]|$)|`{3}|~{3})/;

/** The block's single prose segment if it is a plain paragraph (offsets shifted by base), else undefined. */
export function plainParagraph(source: string, base = 0): ProseSegment | undefined {
  if (INLINE_SYNTAX.test(source) || AUTOLINK.test(source)) return undefined;
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
  return { start: start + base, end: end + base, masked: source.slice(start, end), container: 'paragraph' };
}

/** Space, line feed or carriage return (tabs never reach here). */
function isSpace(c: number): boolean {
  return c === 32 || isLineBreak(c);
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}
