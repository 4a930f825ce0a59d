/**
 * The results of the last few blocks an edit replaced, by block text, so that an edit which brings a
 * block's text back finds its result (and, through it, the block's checks) instead of analysing it anew.
 *
 * Why: a block's result depends only on its text (blockAnalysis.ts), and its checks are cached by the
 * result object (blockChecks.ts). Typing a character and deleting it again, undo and redo, or retyping a
 * word the same way return a block to a text it had a moment ago; without this, every such keystroke
 * re-read and re-checked the block, which is most of what a keystroke costs in a long report. Only a few
 * blocks are kept (the oldest go first), each a copy of its text (detach.ts), so memory stays small.
 */
import type { BlockResult } from './blockAnalysis';

/** How many replaced blocks are remembered. */
const CAPACITY = 16;

export class RecentBlocks {
  private byText = new Map<string, BlockResult>();

  /** The result a block with exactly this text had, if it was replaced lately. */
  get(text: string): BlockResult | undefined {
    return this.byText.get(text);
  }

  /** Remembers a replaced block's result; `text` must be the block's own copy (detach.ts). */
  remember(text: string, result: BlockResult): void {
    this.byText.delete(text);
    this.byText.set(text, result);
    if (this.byText.size > CAPACITY) this.byText.delete(this.byText.keys().next().value as string);
  }

  get size(): number {
    return this.byText.size;
  }
}
