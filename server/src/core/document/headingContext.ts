/**
 * The section headings above each block, as the context a block is checked in.
 *
 * Binding may take an entity or a period from the heading a paragraph sits under ("## Microsoft",
 * "## Q3 2023") or from the headings enclosing it. That is the only thing a block's checks read from
 * outside the block (besides the document date), so a block's check results are cached by its text and
 * this context: an edit re-checks the blocks it touched, and the blocks of a section whose heading
 * changed.
 */
import type { Block } from '../markdown/blocks';
import { headingSpans } from '../bind/headings';
import { BOLD_HEADING_LEVEL } from '../bind/boldHeading';
import type { BlockResult } from './blockAnalysis';
import { detached } from '../text/detach';

/** A heading inside a block: its title span relative to the block, its level, its title as binding reads it. */
export interface BlockHeading {
  start: number;
  end: number;
  level: number;
  /** The title with inline code and URLs blanked as in the prose copy (same length as the span). */
  title: string;
}

/** The headings in force at a block's start: the nearest one and each enclosing one of higher rank. */
export interface HeadingContext {
  /** Outermost first, strictly increasing levels. */
  readonly stack: readonly BlockHeading[];
  /**
   * The stack written as Markdown heading lines, each followed by a blank line: the text put before a
   * block when it is checked on its own, so binding sees the same headings it would see in the document.
   * Also the cache key of the context.
   */
  readonly prefix: string;
}

export const EMPTY_CONTEXT: HeadingContext = Object.freeze({ stack: [], prefix: '' });

/** A line that may start an ATX heading, underline a setext one or be a bold heading line; most blocks have none. */
const MAY_HOLD_HEADING = /(?:^|\n) {0,3}(?:#|=+[ \t]*(?:\r?\n|$)|-+[ \t]*(?:\r?\n|$)|\*\*|__)/;

/** The headings of one block (relative offsets), read from its source as bind/headings reads a document. */
export function blockHeadings(text: string, block: Block, result: BlockResult): BlockHeading[] {
  const source = text.slice(block.start, block.end);
  if (!MAY_HOLD_HEADING.test(source)) return [];
  return headingSpans(source).map((h) => ({ start: h.start, end: h.end, level: h.level, title: detached(maskedSlice(source, result, h.start, h.end)) }));
}

/**
 * The heading contexts of blocks [from, to), appended to `out`, the first one being `start`; returns the
 * context after block to - 1 (the one the next block would get). Consecutive blocks in one section share
 * one context object, and a context is derived from the one before and a block's headings only once
 * (memoised on both objects, which unchanged blocks keep across builds): after a keystroke the walk
 * finds the same objects again, so the checks compare contexts by identity.
 */
export function headingContextsFrom(
  start: HeadingContext,
  headings: readonly (readonly BlockHeading[])[],
  from: number,
  to: number,
  out: HeadingContext[],
): HeadingContext {
  let current = start;
  for (let i = from; i < to; i++) {
    out.push(current);
    const inBlock = headings[i];
    if (inBlock.length > 0) current = nextContext(current, inBlock);
  }
  return current;
}

const successors = new WeakMap<HeadingContext, WeakMap<readonly BlockHeading[], HeadingContext>>();

function nextContext(before: HeadingContext, inBlock: readonly BlockHeading[]): HeadingContext {
  let known = successors.get(before);
  if (!known) successors.set(before, (known = new WeakMap()));
  let next = known.get(inBlock);
  if (!next) {
    const stack = [...before.stack];
    for (const h of inBlock) {
      // A heading closes every section of its own level or deeper.
      while (stack.length > 0 && stack[stack.length - 1].level >= h.level) stack.pop();
      stack.push(h);
    }
    next = { stack, prefix: stack.map(headingLine).join('') };
    known.set(inBlock, next);
  }
  return next;
}

/** A heading written back as a line of its own: "## title", or "**title**" for a bold heading line. */
function headingLine(h: BlockHeading): string {
  return h.level === BOLD_HEADING_LEVEL ? `**${h.title}**\n\n` : `${'#'.repeat(h.level)} ${h.title}\n\n`;
}

/** source[start, end) with the block's masked prose laid over it (text outside prose stays as written). */
export function maskedSlice(source: string, result: BlockResult, start: number, end: number): string {
  let out = '';
  let at = start;
  for (const seg of result.segments) {
    if (seg.end <= at || seg.start >= end) continue;
    const from = Math.max(seg.start, at);
    const to = Math.min(seg.end, end);
    out += source.slice(at, from) + seg.masked.slice(from - seg.start, to - seg.start);
    at = to;
  }
  return out + source.slice(at, end);
}
