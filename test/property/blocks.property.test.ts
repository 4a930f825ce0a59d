/**
 * The block scanner (issue #9's first incremental stage): the optimised scanner equals the reference
 * line-by-line splitter on any text, its blocks are ordered and cover every non-blank line, and
 * re-splitting after random edits (incrementalBlocks.ts) equals splitting the edited text from scratch.
 * Runs: 400 texts; 200 sequences of up to 20 edits.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitBlocks, type Block } from '../../server/src/core/markdown/blocks';
import { diffTexts, resplitBlocks } from '../../server/src/core/document/incrementalBlocks';
import { applyEditSpec, editSpec, markdownDocument } from './arbitraries';
import { referenceSplitBlocks } from './blocksOracle';
import { show } from './invariants';
import { runs } from './params';

const plain = (blocks: object[]) => JSON.parse(JSON.stringify(blocks));
const textOf = (t: string, b: Block) => t.slice(b.start, b.end);

/** Re-splits `next` from `text`'s blocks, checking the diff and that reused blocks keep their exact text. */
function checkedResplit(text: string, blocks: Block[], next: string): Block[] {
  const change = diffTexts(text, next)!;
  // The diff is exact: outside it both texts agree.
  expect(text.slice(0, change.start)).toBe(next.slice(0, change.start));
  expect(text.slice(change.oldEnd)).toBe(next.slice(change.newEnd));
  const split = resplitBlocks(blocks, next, change);
  // Kept and resumed blocks must have exactly their old text: their analysis results are reused.
  for (let i = 0; i < split.kept; i++) expect(textOf(next, split.blocks[i])).toBe(textOf(text, blocks[i]));
  for (let i = split.kept + split.rescanned, j = split.resumeOld; i < split.blocks.length; i++, j++) {
    expect(textOf(next, split.blocks[i]), show(next)).toBe(textOf(text, blocks[j]));
  }
  return split.blocks;
}

describe('splitBlocks', () => {
  it('equals the reference splitter, with ordered blocks covering every non-blank line', () => {
    fc.assert(
      fc.property(markdownDocument, (text) => {
        const blocks = splitBlocks(text);
        expect(plain(blocks), show(text)).toEqual(plain(referenceSplitBlocks(text)));
        for (let i = 0; i < blocks.length; i++) {
          expect(blocks[i].start).toBeLessThanOrEqual(blocks[i].end);
          if (i > 0) expect(blocks[i].start).toBeGreaterThan(blocks[i - 1].end);
        }
        // Outside the blocks there is only whitespace.
        let outside = '';
        let pos = 0;
        for (const b of blocks) {
          outside += text.slice(pos, b.start);
          pos = b.end;
        }
        outside += text.slice(pos);
        expect(/^[ \t\r\n]*$/.test(outside), show(text)).toBe(true);
      }),
      runs(400),
    );
  });
});

describe('resplitBlocks after edits', () => {
  it('equals a fresh split of the edited text', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(editSpec, { minLength: 1, maxLength: 20 }), (initial, edits) => {
        let text = initial;
        let blocks = splitBlocks(text);
        for (const spec of edits) {
          const next = applyEditSpec(text, spec).text;
          const change = diffTexts(text, next);
          if (change) blocks = checkedResplit(text, blocks, next);
          text = next;
          expect(plain(blocks), show(text)).toEqual(plain(splitBlocks(text)));
        }
      }),
      runs(200),
    );
  });

  // Edits at the places where block structure turns: each was a bug or a tempting shortcut.
  const cases: [string, string, number, number, string][] = [
    ['indenting the first line of a block joins it to the one before', 'A\n\nB\n\nC', 3, 3, '  '],
    ['a paragraph inserted at a block start', 'A\n\nB\n\nC', 3, 3, 'X\n\n'],
    ['text inserted before front matter turns it into prose', '---\ndate: 2024-03-30\n---\n\nA', 0, 0, 'X\n\n'],
    ['deleting the text before front matter makes it front matter', 'X\n\n---\ndate: 2024-03-30\n---\n\nA', 0, 3, ''],
    ['opening a fence swallows the rest', 'A\n\nB\n\nC\n\nD', 3, 3, '```\n'],
    ['closing a fence releases the rest', '```\nA\n\nB\n\nC', 7, 7, '```\n'],
    ['opening a comment', 'A\n\nB $1B\n\nC', 3, 3, '<!--\n'],
    ['removing a blank line joins two blocks', 'A\n\nB\n\nC', 1, 2, ''],
    ['splitting a CRLF pair', 'A\r\n\r\nB\r\n\r\nC', 4, 4, 'x'],
    ['joining a CR and an LF', 'A\r\rB\n\nC', 2, 3, '\n'],
  ];
  for (const [name, text, start, end, insert] of cases) {
    it(name, () => {
      const next = text.slice(0, start) + insert + text.slice(end);
      expect(plain(checkedResplit(text, splitBlocks(text), next))).toEqual(plain(splitBlocks(next)));
    });
  }

  it('rescans only around the edit', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} with $${i}.5 billion.`).join('\n\n');
    const blocks = splitBlocks(text);
    const at = text.indexOf('Paragraph 500') + 5;
    const next = text.slice(0, at) + 'x' + text.slice(at);
    const split = resplitBlocks(blocks, next, diffTexts(text, next)!);
    expect(split.rescanned).toBe(1);
    expect(split.kept).toBe(500);
    expect(split.resumeOld).toBe(501);
  });
});
