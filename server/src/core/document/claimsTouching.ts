/**
 * The claims at a place in the document, read from the blocks that hold it.
 *
 * Hovers and code actions ask for the claim under the cursor. Assembling every claim of the document
 * with document offsets to find it would copy all of them (about 90 MB on the first hover of a 5 MB
 * report); the blocks are sorted and do not overlap, so a binary search finds the one or two blocks
 * that can hold the place, and only their claims are moved to document offsets.
 */
import type { Block } from '../markdown/blocks';
import { moveClaim, type CheckedBlock, type CheckedClaim } from './blockChecks';
import { partitionPoint } from '../sortedSearch';

/**
 * The claims whose quantity touches [start, end] (either end included, as a cursor right after a
 * figure still points at it), with document offsets, in document order. `checked[i]` holds the claims
 * of `blocks[i]`, with offsets relative to its start.
 */
export function claimsTouching(blocks: readonly Block[], checked: readonly CheckedBlock[], start: number, end: number): CheckedClaim[] {
  const out: CheckedClaim[] = [];
  for (let i = firstEndingAtOrAfter(blocks, start); i < blocks.length && blocks[i].start <= end; i++) {
    const shift = blocks[i].start;
    for (const claim of checked[i].claims) {
      if (claim.quantity.start + shift <= end && claim.quantity.end + shift >= start) out.push(moveClaim(claim, shift));
    }
  }
  return out;
}

/** Index of the first block whose end is at or after `offset` (blocks.length if none). */
function firstEndingAtOrAfter(blocks: readonly Block[], offset: number): number {
  return partitionPoint(blocks, (b) => b.end < offset);
}
