/**
 * The reference block splitter: the original line-by-line implementation of markdown/blocks.ts, kept
 * unchanged (simple, obviously right) as the oracle the optimised and incremental scanners are tested against.
 */
import type { Block } from '../../server/src/core/markdown/blocks';

interface Line {
  start: number; // offset of the first character
  end: number; // offset just past the line's content (before \r\n, \n or \r)
  next: number; // offset of the next line's first character
}

function* lines(text: string): Generator<Line> {
  let pos = 0;
  const n = text.length;
  while (pos < n) {
    let end = pos;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    let next = end;
    if (next < n && text.charCodeAt(next) === 13) next++;
    if (next < n && text.charCodeAt(next) === 10 && (next === end || text.charCodeAt(end) === 13)) next++;
    yield { start: pos, end, next };
    pos = next;
  }
}

const BLANK = /^[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;

/** Splits `text` into blocks; every non-blank line belongs to exactly one block, in order. */
export function referenceSplitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let pendingBlank = false; // a blank line was seen since the current block's last line
  // Multi-line constructs that may contain blank lines, and how each one ends.
  let fence: { char: string; length: number } | null = null;
  let inComment = false;
  let rawHtml: string | null = null;
  let inFrontMatter = false;
  let first = true;

  for (const line of lines(text)) {
    const content = text.slice(line.start, line.end);

    if (first) {
      first = false;
      if (content === '---' || content === '+++') {
        inFrontMatter = true;
        current = { start: line.start, end: line.next, frontMatter: true };
        blocks.push(current);
        continue;
      }
    }
    if (inFrontMatter) {
      current!.end = line.next;
      if (content === '---' || content === '+++' || content === '...') {
        inFrontMatter = false;
        current = null;
      }
      continue;
    }

    const inside = fence !== null || inComment || rawHtml !== null;
    const blank = BLANK.test(content);

    if (!inside && blank) {
      pendingBlank = current !== null;
      continue;
    }

    const continuesBlock =
      current !== null && (inside || !pendingBlank || /^[ \t]/.test(content));
    if (continuesBlock && current) {
      current.end = line.next;
    } else {
      current = { start: line.start, end: line.next };
      blocks.push(current);
    }
    pendingBlank = false;

    // Track the multi-line constructs this line opens or closes.
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (close.test(content)) fence = null;
    } else if (rawHtml) {
      if (content.toLowerCase().includes(`</${rawHtml}>`)) rawHtml = null;
    } else if (inComment) {
      if (content.includes('-->')) inComment = false;
    } else {
      const f = FENCE_OPEN.exec(content);
      if (f) {
        fence = { char: f[1][0], length: f[1].length };
      } else {
        const h = RAW_HTML_OPEN.exec(content);
        if (h && !content.toLowerCase().includes(`</${h[1].toLowerCase()}>`)) rawHtml = h[1].toLowerCase();
        // A comment opened (and not closed) anywhere on the line keeps the block open.
        const open = content.lastIndexOf('<!--');
        if (open !== -1 && content.indexOf('-->', open + 4) === -1) inComment = true;
      }
    }
  }
  // Trim each block's trailing line break so a block's text is exactly its lines.
  for (const b of blocks) {
    while (b.end > b.start && (text.charCodeAt(b.end - 1) === 10 || text.charCodeAt(b.end - 1) === 13)) b.end--;
  }
  return blocks;
}
