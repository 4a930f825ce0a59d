/**
 * What characters a regular expression cannot match without, so that a text lacking them is never
 * searched with it.
 *
 * Binding runs a hundred-odd period patterns over every sentence and clause it reads; on short texts
 * the cost is the number of `exec` calls, not the characters scanned. `regexNeeds` reads a pattern's
 * source once and lists, as bit masks over character buckets, the characters every match must consume
 * (all clauses must be met; within a clause, any one bucket will do); `textBuckets` reads a text once;
 * `mayMatch` is then a few integer tests. The analysis is conservative: it never claims a need a match
 * could do without (lookarounds and back-references need nothing, anything unparsed needs nothing), so
 * skipping a pattern on `mayMatch() === false` never changes what is found.
 *
 * Buckets: each ASCII digit, each ASCII letter (case-folded: an ASCII letter matches only ASCII letters,
 * with or without the `i` flag, since non-Unicode case folding never maps a non-ASCII character onto
 * ASCII), other ASCII, CJK ideographs (U+3400–U+9FFF, which have no case) hashed into 26 buckets, and
 * everything else.
 */

import { PairReader, type PairClause, type PairNeeds } from './regexPairs';

/** Two 32-bit words of bucket bits (64 buckets). */
export interface Buckets {
  lo: number;
  hi: number;
}

/** Every clause must share a bucket with the text. */
export type Needs = readonly Buckets[];

const OTHER_ASCII = 36;
const OTHER = 37;
const CJK_FIRST = 38;
const CJK_BUCKETS = 26;

function bucketOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return 10 + code - 97;
  if (code >= 65 && code <= 90) return 10 + code - 65;
  if (code < 128) return OTHER_ASCII;
  if (code >= 0x3400 && code <= 0x9fff) return CJK_FIRST + (code % CJK_BUCKETS);
  return OTHER;
}

const none = (): Buckets => ({ lo: 0, hi: 0 });
const ALL: Buckets = { lo: -1, hi: -1 };

function add(b: Buckets, bucket: number): void {
  if (bucket < 32) b.lo |= 1 << bucket;
  else b.hi |= 1 << (bucket - 32);
}

function union(a: Buckets, b: Buckets): Buckets {
  return { lo: a.lo | b.lo, hi: a.hi | b.hi };
}

function popcount(b: Buckets): number {
  let n = 0;
  for (let w of [b.lo >>> 0, b.hi >>> 0]) {
    for (; w; w &= w - 1) n++;
  }
  return n;
}

/** The buckets of the characters in `text`. */
export function textBuckets(text: string): Buckets {
  const b = none();
  for (let i = 0; i < text.length; i++) add(b, bucketOf(text.charCodeAt(i)));
  return b;
}

/** False when the text lacks what every match of the pattern needs. */
export function mayMatch(needs: Needs, text: Buckets): boolean {
  for (const n of needs) if ((n.lo & text.lo) === 0 && (n.hi & text.hi) === 0) return false;
  return true;
}

/** A code range's buckets; a wide one is every bucket (what is not spelt out is not relied on). */
function rangeBuckets(from: number, to: number): Buckets {
  if (to - from > 0x400) return { ...ALL };
  const b = none();
  for (let c = from; c <= to; c++) add(b, bucketOf(c));
  return b;
}

const DIGITS = rangeBuckets(48, 57);
const DIGIT_CODES = codeRange(48, 57);
/** A longer class is not followed into pairs (it would pair with too much). */
const MAX_CLASS_CODES = 64;
const WORD = union(union(DIGITS, rangeBuckets(65, 90)), rangeBuckets(95, 95));
/** \s: ASCII white space and the Unicode spaces, none of them a CJK ideograph. */
const SPACE: Buckets = (() => {
  const b = none();
  add(b, OTHER_ASCII);
  add(b, OTHER);
  return b;
})();

/** What one parsed piece needs: `undefined` when it may match without consuming a known character. */
type Need = Buckets[] | undefined;

class Parser {
  i = 0;
  /** Side results of the last call of each method (the bucket needs are their return values). */
  private readonly pairs = new PairReader();
  seqPairs: PairClause[] = [];
  altPairs: PairClause[] = [];
  /** The characters of a sequence or alternation that is one character atom at every branch ("([12])"). */
  seqCodes: number[] | undefined;
  altCodes: number[] | undefined;
  atomPairs: PairClause[] = [];
  /** The characters the last atom matches one of, when it is one character of a few known ones. */
  atomCodes: number[] | undefined;
  classCodes: number[] | undefined;
  constructor(readonly src: string) {}

  /** alternative ('|' alternative)* */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    const branchPairs = [this.seqPairs];
    let codes = this.seqCodes;
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
      branchPairs.push(this.seqPairs);
      codes = codes && this.seqCodes && this.pairs.codes([...codes, ...this.seqCodes]);
    }
    this.altPairs = this.pairs.alternation(branchPairs);
    this.altCodes = codes;
    if (branches.length === 1) return branches[0];
    // A match takes one branch: each branch's most selective clause, joined, is needed.
    let joined = none();
    for (const b of branches) {
      if (!b || b.length === 0) return undefined;
      joined = union(joined, mostSelective(b));
    }
    return [joined];
  }

  sequence(): Need {
    const clauses: Buckets[] = [];
    const pairs: PairClause[] = [];
    let previous: number[] | undefined;
    let atoms = 0;
    let onlyCodes: number[] | undefined;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const codes = this.atomCodes;
      const inner = this.atomPairs;
      const min = this.quantifier();
      if (atom && min > 0) clauses.push(...atom);
      if (min > 0) pairs.push(...inner);
      // Two one-character atoms in a row, each consumed at least once, put one pair of characters side by side.
      const pair = min > 0 && previous && codes ? this.pairs.between(previous, codes) : undefined;
      if (pair) pairs.push(pair);
      const single = min > 0 && codes ? this.pairs.single(codes) : undefined;
      if (single) pairs.push(single);
      previous = min > 0 ? codes : undefined;
      atoms++;
      onlyCodes = min > 0 ? codes : undefined;
    }
    this.seqPairs = pairs;
    // Its first and last character are then one of these, whatever the repeat: a pair with what is around.
    this.seqCodes = atoms === 1 ? onlyCodes : undefined;
    return clauses.length ? clauses : undefined;
  }

  /** The minimum count of the quantifier after an atom (1 without one). */
  quantifier(): number {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 1; // a literal brace
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.src[this.i] === '?') this.i++; // lazy
    return min;
  }

  atom(): Need {
    this.atomPairs = [];
    this.atomCodes = undefined;
    const c = this.src[this.i++];
    if (c === '(') {
      const need = this.group();
      // The group's own atoms have set these; the group is one character atom only if all it holds is one.
      this.atomCodes = this.altCodes;
      this.atomPairs = this.altPairs;
      return need;
    }
    if (c === '[') {
      const need = [this.charClass()];
      this.atomCodes = this.classCodes;
      return need;
    }
    if (c === '.') return undefined;
    if (c === '^' || c === '$') return undefined;
    if (c === '\\') return this.escape();
    const b = none();
    add(b, bucketOf(c.charCodeAt(0)));
    this.atomCodes = this.pairs.codes([c.charCodeAt(0)]);
    return [b];
  }

  group(): Need {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Error('unclosed group');
    if (lookaround) {
      this.altPairs = [];
      this.altCodes = undefined;
    }
    return lookaround ? undefined : inner;
  }

  /** An escape outside a class: its buckets, or undefined when it consumes nothing known. */
  escape(): Buckets[] | undefined {
    const c = this.src[this.i];
    if (c === 'b' || c === 'B') {
      this.i++;
      return undefined; // a word boundary consumes nothing
    }
    if (/[1-9]/.test(c)) {
      this.i++;
      return undefined; // a back-reference may match nothing
    }
    const member = this.escapedMember();
    this.atomCodes = typeof member === 'number' ? this.pairs.codes([member]) : member === DIGITS ? this.pairs.codes(DIGIT_CODES) : undefined;
    return [typeof member === 'number' ? rangeBuckets(member, member) : member];
  }

  /** After a backslash: a single code, or the buckets of a class escape (\d, \s…). */
  escapedMember(): number | Buckets {
    const c = this.src[this.i++];
    if (c === 'd') return DIGITS;
    if (c === 'w') return WORD;
    if (c === 's') return SPACE;
    if (c === 'D' || c === 'W' || c === 'S') return { ...ALL };
    if (c === 'n') return 10;
    if (c === 'r') return 13;
    if (c === 't') return 9;
    if (c === 'u' || c === 'x') {
      const len = c === 'u' ? 4 : 2;
      const hex = this.src.slice(this.i, this.i + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) throw new Error('unread escape');
      this.i += len;
      return parseInt(hex, 16);
    }
    // \k<name>, \p{…}, \c…, octal and the like: not followed, so the pattern is always run.
    if (/[A-Za-z0-9]/.test(c)) throw new Error('unread escape');
    return c.charCodeAt(0); // an escaped punctuation mark is itself
  }

  charClass(): Buckets {
    let negated = false;
    if (this.src[this.i] === '^') {
      negated = true;
      this.i++;
    }
    let b = none();
    // The class's characters, while they stay few and known (for pairs; classCodes).
    let codes: number[] | undefined = negated ? undefined : [];
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const from = this.classMember();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && typeof from === 'number') {
        this.i++;
        const to = this.classMember();
        if (typeof to !== 'number') throw new Error('odd range');
        b = union(b, rangeBuckets(from, to));
        codes = to - from < MAX_CLASS_CODES ? codes?.concat(codeRange(from, to)) : undefined;
      } else {
        b = union(b, typeof from === 'number' ? rangeBuckets(from, from) : from);
        codes = typeof from === 'number' ? codes?.concat(from) : from === DIGITS ? codes?.concat(DIGIT_CODES) : undefined;
      }
    }
    if (this.src[this.i++] !== ']') throw new Error('unclosed class');
    this.classCodes = codes && this.pairs.codes(codes);
    return negated ? { ...ALL } : b;
  }

  /** One member of a class: a code, or the buckets of a class escape; "\b" in a class is a backspace. */
  classMember(): number | Buckets {
    const c = this.src[this.i++];
    if (c !== '\\') return c.charCodeAt(0);
    if (this.src[this.i] === 'b') {
      this.i++;
      return 8;
    }
    return this.escapedMember();
  }
}

function codeRange(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function mostSelective(clauses: Buckets[]): Buckets {
  let best = clauses[0];
  for (const c of clauses) if (popcount(c) < popcount(best)) best = c;
  return best;
}

/**
 * The clauses every match of `re` must meet. A source this reader does not follow needs nothing (the
 * pattern is always run), so the worst a surprise can cost is time.
 */
export function regexNeeds(re: RegExp): Needs {
  if (re.flags.includes('u') || re.flags.includes('v')) return [];
  try {
    const parser = new Parser(re.source);
    const need = parser.alternation();
    if (parser.i !== re.source.length) return [];
    return (need ?? []).filter((c) => c.lo !== -1 || c.hi !== -1);
  } catch {
    return [];
  }
}

/** A pattern's bucket needs and pair needs, as `regexNeeds` and `regexPairNeeds` give them. */
export type BothNeeds = readonly [Needs, PairNeeds];

/**
 * Set by the bundle build (esbuild.mjs, scripts/build-regex-needs.mjs): the period patterns' needs
 * worked out from the same sources at build time, by `flags/source`, as JSON text (one string in the
 * bundle), so a server or CLI starts without reading 180-odd patterns (50-150 ms). Absent from sources
 * run as they are (tests) and from watch builds.
 */
declare const TALLY_REGEX_NEEDS: string | undefined;
const BUILT_NEEDS: Readonly<Record<string, BothNeeds>> | undefined = typeof TALLY_REGEX_NEEDS === 'undefined' ? undefined : JSON.parse(TALLY_REGEX_NEEDS);

/** The key of a pattern in the build-time table: what its needs depend on. */
export function regexNeedsKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

/** Both needs of `re`: from the build-time table when it holds the pattern, else read now (the same answer). */
export function regexNeedsBoth(re: RegExp): BothNeeds {
  return BUILT_NEEDS?.[regexNeedsKey(re)] ?? [regexNeeds(re), regexPairNeeds(re)];
}

/**
 * The pairs of adjacent characters every match of `re` must consume (regexPairs.ts): a sharper test
 * than the buckets for long texts, where most single characters are present. Same reading, same
 * caution: what is not followed needs nothing.
 */
export function regexPairNeeds(re: RegExp): PairNeeds {
  if (re.flags.includes('u') || re.flags.includes('v')) return [];
  try {
    const parser = new Parser(re.source);
    parser.alternation();
    if (parser.i !== re.source.length) return [];
    return parser.altPairs;
  } catch {
    return [];
  }
}
