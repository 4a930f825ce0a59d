/**
 * Pairs of adjacent characters a regular expression cannot match without: the second, sharper half of
 * regexNeeds.ts's skipping test.
 *
 * Single characters tell little about a long text, which holds nearly every letter: a period pattern
 * that needs "month" or "季度" is then run on every paragraph. Two characters side by side tell much
 * more ("mo" and "季度" are absent from most paragraphs). regexNeeds.ts's reader lists, for two
 * one-character atoms in a row that each must match at least once, the pairs they can form; this module
 * folds and hashes those pairs, reads a text's pairs once into a bit set, and tests a pattern's clauses
 * against it. The test stays conservative: characters are compared ASCII-case-folded (so a pattern with
 * or without the `i` flag is never skipped for case), an atom with a non-ASCII character that has case
 * is not followed, and hash collisions only let a pattern run.
 *
 * The same bit set also holds each non-ASCII character on its own, as the pair (ALONE, character):
 * regexNeeds.ts's buckets hash the thousands of CJK ideographs into 26, so a pattern that needs "月" or
 * "季" would otherwise run on every Chinese paragraph.
 */

/** Any one of these pair hashes will do. */
export type PairClause = readonly number[];
/** Every clause must be met. */
export type PairNeeds = readonly PairClause[];

const PAIR_BITS = 4096;
/** Pairs an atom pair may form beyond which it is not worth a clause (a class next to a class). */
const MAX_PAIRS = 64;
/** Clauses an alternation keeps: its branches' first, middle and last (more cost more to test than they save). */
const BRANCH_CLAUSES = 3;

/** The first half of the pair that stands for a non-ASCII character alone. */
const ALONE = 0xffff;

function fold(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 31) + b) & (PAIR_BITS - 1);
}

/** A non-ASCII character with an upper or lower case may match its other case under `i`: not followed. */
function hasOtherCase(code: number): boolean {
  if (code < 128) return false;
  const ch = String.fromCharCode(code);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** What regexNeeds.ts's reader asks of pairs while it reads a pattern. */
export class PairReader {
  /** The folded characters an atom matches one of, or undefined when they cannot be followed. */
  codes(codes: readonly number[]): number[] | undefined {
    if (codes.some(hasOtherCase)) return undefined;
    const folded = [...new Set(codes.map(fold))];
    return folded.length <= MAX_PAIRS ? folded : undefined;
  }

  /** The clause of two atoms in a row, or undefined when they can form too many pairs. */
  between(first: readonly number[], second: readonly number[]): PairClause | undefined {
    if (first.length * second.length > MAX_PAIRS) return undefined;
    const hashes = new Set<number>();
    for (const a of first) for (const b of second) hashes.add(pairHash(a, b));
    return [...hashes];
  }

  /** The clause of one atom of non-ASCII characters only, or undefined (ASCII is told apart by the buckets). */
  single(codes: readonly number[]): PairClause | undefined {
    if (codes.some((c) => c < 128)) return undefined;
    return [...new Set(codes.map((c) => pairHash(ALONE, c)))];
  }

  /**
   * A match takes one branch, and meets all of that branch's clauses: so it meets the union of the
   * branches' first clauses, that of their last ones, and that of their middle ones (a branch with one
   * clause gives it to all three). Nothing is needed if some branch needs nothing.
   */
  alternation(branches: readonly PairNeeds[]): PairClause[] {
    if (branches.length === 1) return [...branches[0]];
    if (branches.some((clauses) => clauses.length === 0)) return [];
    const count = Math.min(BRANCH_CLAUSES, Math.max(...branches.map((clauses) => clauses.length)));
    const out: PairClause[] = [];
    for (let k = 0; k < count; k++) {
      const joined = new Set<number>();
      for (const clauses of branches) {
        const at = count === 1 ? 0 : Math.round((k * (clauses.length - 1)) / (count - 1));
        for (const h of clauses[at]) joined.add(h);
      }
      out.push([...joined]);
    }
    return out;
  }
}

/** The folded pairs of adjacent characters in `text`, and its non-ASCII characters alone, as a bit set. */
export function textPairs(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS / 32);
  let previous = ALONE;
  for (let i = 0; i < text.length; i++) {
    const code = fold(text.charCodeAt(i));
    if (i > 0) set(bits, pairHash(previous, code));
    if (code >= 128) set(bits, pairHash(ALONE, code));
    previous = code;
  }
  return bits;
}

function set(bits: Uint32Array, h: number): void {
  bits[h >>> 5] |= 1 << (h & 31);
}

/** False when the text lacks every pair of some clause the pattern needs. */
export function mayMatchPairs(needs: PairNeeds, pairs: Uint32Array): boolean {
  for (let i = 0; i < needs.length; i++) if (!clauseMet(needs[i], pairs)) return false;
  return true;
}

function clauseMet(clause: PairClause, pairs: Uint32Array): boolean {
  for (let i = 0; i < clause.length; i++) if (pairs[clause[i] >>> 5] & (1 << (clause[i] & 31))) return true;
  return false;
}
