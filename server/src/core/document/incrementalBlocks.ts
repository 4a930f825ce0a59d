/**
 * Re-splitting a document into blocks after an edit without rescanning all of it.
 *
 * Why: splitBlocks over 5 MB costs tens of milliseconds, too much for every keystroke. The scanner's
 * state is clean at every block start (see markdown/blocks.ts), so after an edit we restart at the last
 * block that begins before the edit and stop at the first block start after the edit that was also a
 * block start before it: from there on the old blocks, shifted by the edit's length change, are exactly
 * what a full scan would produce. An edit that changes everything after it (opening a fence) simply
 * scans on to the end, as a full scan would.
 */
import { scanBlocks, splitBlocks, type Block } from '../markdown/blocks';
import { partitionPoint } from '../sortedSearch';

/** Where two versions of a text differ: [start, oldEnd) in the old text became [start, newEnd) in the new. */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** How the new block list is made of the old one: kept prefix, rescanned middle, shifted suffix. */
export interface Resplit {
  blocks: Block[];
  /** Blocks [0, kept) are the old blocks [0, kept), unchanged. */
  kept: number;
  /** Blocks [kept, kept + rescanned) were scanned anew. */
  rescanned: number;
  /** The remaining blocks are the old blocks [resumeOld, …) moved by `delta`. */
  resumeOld: number;
  delta: number;
}

/**
 * The changed region between `before` and `after` (common prefix and suffix excluded); undefined when
 * equal. Prefix and suffix are found by galloping: ever longer runs are compared as whole strings (one
 * native comparison each) until one differs, then halved down to the first differing code unit, so a
 * keystroke in a megabyte costs a few dozen comparisons rather than a loop over every character.
 */
export function diffTexts(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  const start = gallop(limit, (from, length) => before.slice(from, from + length) === after.slice(from, from + length));
  // The common suffix may not overlap the common prefix in either text.
  const bEnd = before.length;
  const aEnd = after.length;
  const suffix = gallop(limit - start, (from, length) => before.slice(bEnd - from - length, bEnd - from) === after.slice(aEnd - from - length, aEnd - from));
  return { start, oldEnd: bEnd - suffix, newEnd: aEnd - suffix };
}

/** The longest n ≤ limit with same(0, n) true, given that same(from, length) compares [from, from + length). */
function gallop(limit: number, same: (from: number, length: number) => boolean): number {
  let at = 0;
  let step = 64;
  let growing = true;
  while (step >= 1) {
    if (at + step <= limit && same(at, step)) {
      at += step;
      if (growing) {
        step *= 2;
        continue;
      }
    } else growing = false;
    if (!growing) step >>= 1;
  }
  return at;
}

/** The blocks of `text`, reusing `oldBlocks` (the blocks of the text before `change`) where it may. */
export function resplitBlocks(oldBlocks: readonly Block[], text: string, change: TextChange): Resplit {
  const delta = change.newEnd - change.oldEnd;
  // Restart at the last block that starts strictly before the edit. A block starting exactly at the
  // edit could be joined to the one before it (the edit may indent its first line), so it is rescanned
  // from its predecessor.
  // Block 0 is rescanned from offset 0 because front matter is only recognised by a scan from there.
  const restart = Math.max(0, lastStartBefore(oldBlocks, change.start));
  const from = restart === 0 ? 0 : oldBlocks[restart].start;
  let resumeOld = oldBlocks.length;
  const scan = scanBlocks(text, {
    from,
    // Stop at the first block start past the edit that was a block start before it too.
    stopAt: (offset) => {
      if (offset < change.newEnd) return false;
      const old = indexOfStart(oldBlocks, offset - delta);
      // Front matter is front matter only at offset 0: text moved away from there must be rescanned.
      if (old === -1 || oldBlocks[old].frontMatter) return false;
      resumeOld = old;
      return true;
    },
  });
  const blocks = oldBlocks.slice(0, restart) as Block[];
  for (const b of scan.blocks) blocks.push(b);
  for (let i = resumeOld; i < oldBlocks.length; i++) blocks.push(delta === 0 ? oldBlocks[i] : shifted(oldBlocks[i], delta));
  return { blocks, kept: restart, rescanned: scan.blocks.length, resumeOld, delta };
}

function shifted(b: Block, delta: number): Block {
  return b.frontMatter ? { start: b.start + delta, end: b.end + delta, frontMatter: true } : { start: b.start + delta, end: b.end + delta };
}

/** Index of the last block whose start is < offset, or -1. Blocks are sorted by start. */
function lastStartBefore(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks, (b) => b.start < offset) - 1;
}

/** Index of the block starting exactly at `offset`, or -1. */
function indexOfStart(blocks: readonly Block[], offset: number): number {
  const i = lastStartBefore(blocks, offset + 1);
  return i !== -1 && blocks[i].start === offset ? i : -1;
}

/** Full split, for callers without a previous version (kept here so both paths share one entry). */
export function freshSplit(text: string): Resplit {
  const blocks = splitBlocks(text);
  return { blocks, kept: 0, rescanned: blocks.length, resumeOld: 0, delta: 0 };
}
