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
 */

/** Any one of these pair hashes will do. */
export type PairClause = readonly number[];
/** Every clause must be met. */
export type PairNeeds = readonly PairClause[];

const PAIR_BITS = 4096;
/** Pairs an atom pair may form beyond which it is not worth a clause (a class next to a class). */
const MAX_PAIRS = 64;

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

  /** A match takes one branch: each branch's smallest clause, joined; nothing if a branch needs none. */
  alternation(branches: readonly PairNeeds[]): PairClause[] {
    if (branches.length === 1) return [...branches[0]];
    const joined = new Set<number>();
    for (const clauses of branches) {
      if (clauses.length === 0) return [];
      let best = clauses[0];
      for (const c of clauses) if (c.length < best.length) best = c;
      for (const h of best) joined.add(h);
    }
    return [[...joined]];
  }
}

/** The folded pairs of adjacent characters in `text`, as a bit set. */
export function textPairs(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS / 32);
  let previous = text.length > 0 ? fold(text.charCodeAt(0)) : 0;
  for (let i = 1; i < text.length; i++) {
    const code = fold(text.charCodeAt(i));
    const h = pairHash(previous, code);
    bits[h >>> 5] |= 1 << (h & 31);
    previous = code;
  }
  return bits;
}

/** False when the text lacks every pair of some clause the pattern needs. */
export function mayMatchPairs(needs: PairNeeds, pairs: Uint32Array): boolean {
  for (const clause of needs) {
    let met = false;
    for (const h of clause) {
      if (pairs[h >>> 5] & (1 << (h & 31))) {
        met = true;
        break;
      }
    }
    if (!met) return false;
  }
  return true;
}
