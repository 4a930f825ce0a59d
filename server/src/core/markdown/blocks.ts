/**
 * A cheap scanner that cuts a Markdown document into top-level blocks that can be parsed on their own.
 *
 * Why: parsing a whole 1 MB document with remark costs ~1 s; re-parsing only the blocks an edit touched
 * costs well under a millisecond. A cut is only made where parsing the two halves separately gives the
 * same prose as parsing them together, so the scanner errs on the side of merging:
 * - blocks are separated by blank lines;
 * - never inside front matter, a fenced code block, an HTML comment or a raw HTML block (<pre>, <script>,
 *   <style>, <textarea>) that spans blank lines;
 * - never before an indented line (list-item continuation, indented code), which only means something
 *   together with what precedes it.
 * The scanner is linear in the length of the text and never throws.
 *
 * Incremental use (document/incrementalBlocks.ts): at every block start the scanner's state is "outside
 * any construct, after a blank line", so a scan may start at any block start and may stop at any later
 * block start whose text is unchanged: from there on it would reproduce the previous blocks exactly.
 */
import type { Span } from '../model';

export interface Block extends Span {
  /** True for front matter: never prose, but the document date may live there. */
  frontMatter?: boolean;
}

export interface ScanOptions {
  /** Where to start; must be 0 or the start of a block of a previous scan of an identical prefix. */
  from?: number;
  /**
   * Asked before a block (other than the first of this scan) starts at `offset`; returning true stops
   * the scan there, the blocks so far complete.
   */
  stopAt?: (offset: number) => boolean;
}

export interface ScanResult {
  blocks: Block[];
  /** The offset of the block start where `stopAt` stopped the scan, or undefined when it reached the end. */
  stoppedAt?: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:\s|>|$)/i;
const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

/** Splits `text` into blocks; every non-blank line belongs to exactly one block, in order. */
export function splitBlocks(text: string): Block[] {
  return scanBlocks(text).blocks;
}

/** The scanner behind splitBlocks, startable at a block start and stoppable at a later one. */
export function scanBlocks(text: string, options: ScanOptions = {}): ScanResult {
  const from = options.from ?? 0;
  const blocks: Block[] = [];
  let current: Block | null = null;
  let pendingBlank = false; // a blank line was seen since the current block's last line
  // Multi-line constructs that may contain blank lines, and how each one ends.
  let fenceClose: RegExp | null = null;
  let inComment = false;
  let rawHtml: string | null = null;
  let inFrontMatter = false;
  let stoppedAt: number | undefined;
  const n = text.length;

  for (let pos = from, first = from === 0; pos < n; first = false) {
    // One line: [pos, end) is its content, `next` the start of the following line.
    let end = pos;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === LF || c === CR) break;
      end++;
    }
    let next = end;
    if (next < n && text.charCodeAt(next) === CR) next++;
    if (next < n && text.charCodeAt(next) === LF && (next === end || text.charCodeAt(end) === CR)) next++;
    const lineStart = pos;
    pos = next;

    if (first && isFrontMatterFence(text, lineStart, end)) {
      inFrontMatter = true;
      current = { start: lineStart, end: next, frontMatter: true };
      blocks.push(current);
      continue;
    }
    if (inFrontMatter) {
      current!.end = next;
      if (isFrontMatterFence(text, lineStart, end) || text.startsWith('...', lineStart) && end - lineStart === 3) {
        inFrontMatter = false;
        current = null;
      }
      continue;
    }

    const inside = fenceClose !== null || inComment || rawHtml !== null;
    const blank = isBlank(text, lineStart, end);

    if (!inside && blank) {
      pendingBlank = current !== null;
      continue;
    }

    const indented = text.charCodeAt(lineStart) === SPACE || text.charCodeAt(lineStart) === TAB;
    const continuesBlock = current !== null && (inside || !pendingBlank || indented);
    if (continuesBlock && current) {
      current.end = next;
    } else {
      if (blocks.length > 0 && options.stopAt?.(lineStart)) {
        stoppedAt = lineStart;
        break;
      }
      current = { start: lineStart, end: next };
      blocks.push(current);
    }
    pendingBlank = false;

    // Track the multi-line constructs this line opens or closes. Only lines that could open or close
    // one are sliced, so plain prose lines cost a character scan and nothing more.
    if (fenceClose) {
      if (fenceClose.test(text.slice(lineStart, end))) fenceClose = null;
    } else if (rawHtml) {
      if (text.slice(lineStart, end).toLowerCase().includes(`</${rawHtml}>`)) rawHtml = null;
    } else if (inComment) {
      if (text.slice(lineStart, end).includes('-->')) inComment = false;
    } else if (mayOpenConstruct(text, lineStart, end)) {
      const content = text.slice(lineStart, end);
      const f = FENCE_OPEN.exec(content);
      if (f) {
        fenceClose = new RegExp(`^ {0,3}${f[1][0] === '`' ? '`' : '~'}{${f[1].length},}[ \\t]*$`);
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
    while (b.end > b.start && (text.charCodeAt(b.end - 1) === LF || text.charCodeAt(b.end - 1) === CR)) b.end--;
  }
  return stoppedAt === undefined ? { blocks } : { blocks, stoppedAt };
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

function isFrontMatterFence(text: string, start: number, end: number): boolean {
  return end - start === 3 && (text.startsWith('---', start) || text.startsWith('+++', start));
}

/** Cheap pre-test: a fence (` or ~ within the first 4 columns) or a `<` anywhere (HTML, comments). */
function mayOpenConstruct(text: string, start: number, end: number): boolean {
  for (let i = start; i < end && i < start + 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 96 /* ` */ || c === 126 /* ~ */) return true;
    if (c !== SPACE) break;
  }
  // A bounded loop, not indexOf: indexOf would run on to the end of the document when a line has no '<'.
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 60 /* < */) return true;
  return false;
}
