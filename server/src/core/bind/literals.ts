/**
 * Finds fixed words (entity aliases, metric triggers) in text.
 *
 * Where a word begins or ends with a Latin letter or digit, the text next to it must not continue the
 * word ("Meta" is not found in "Metaverse", "H100" not in "H1000"); Chinese words match as substrings.
 * Case-insensitive words are searched in an ASCII-lower-cased copy, which keeps every offset.
 */
import type { Span } from '../model';
import { partitionPoint } from '../sortedSearch';

export interface Literal {
  /** The word; a case-insensitive one must be given in lower case. */
  text: string;
  caseInsensitive: boolean;
  /** Also accept the word with a plural "s" ("H100" in "H100s", "valuation" in "valuations"). */
  plural: boolean;
}

export interface LiteralHit extends Span {
  /** Index of the literal in the list searched. */
  index: number;
}

const ALNUM = /[A-Za-z0-9]/;

export function lowerAscii(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

/** A word from the data files: all-lower-case words match in any case and in the plural ("Servers"), others as written ("ARR"). */
export function wordLiteral(text: string): Literal {
  const lowerOnly = text === lowerAscii(text);
  return { text, caseInsensitive: lowerOnly, plural: lowerOnly && /[a-z]$/.test(text) };
}

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && ALNUM.test(ch);
}

/** isAlnum of one UTF-16 code (lowerAscii keeps it: it changes only A-Z). */
function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Literals by their first one or two characters (char codes), for one haystack (exact or folded). */
interface Buckets {
  single: Map<number, number[]>;
  /** By first, then second character: both keys stay small integers (a combined key of two CJK codes would not). */
  pair: Map<number, Map<number, PairBucket>>;
  /** Per first character: 1 when a one-character literal starts with it, 2 when a longer one does; most characters start none. */
  starts: Uint8Array;
  /** Set at pairKey(first, second) of every longer literal: most pairs of a text start none, and are passed over without a lookup. */
  pairSeen: Uint8Array;
}

/**
 * The literals that share a first and a second character, split by their third: a common pair ("re",
 * "to", "of") starts dozens of trigger words, and each occurrence of it in a text would otherwise compare
 * the third character of every one. Indices ascend in both lists.
 */
interface PairBucket {
  /** The two-character literals. */
  short: number[];
  /** The longer literals, by their third character. */
  byThird: Map<number, number[]>;
}

/** A small hash of two character codes (collisions only cost a lookup). */
function pairKey(c0: number, c1: number): number {
  return (c0 * 31 + c1) & 0xffff;
}

interface LiteralIndex {
  exact: Buckets;
  folded: Buckets;
}

const indexes = new WeakMap<readonly Literal[], LiteralIndex>();

function add(map: Map<number, number[]>, key: number, i: number): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(i);
  else map.set(key, [i]);
}

function literalIndex(literals: readonly Literal[]): LiteralIndex {
  const cached = indexes.get(literals);
  if (cached) return cached;
  const buckets = (): Buckets => ({ single: new Map(), pair: new Map(), starts: new Uint8Array(65536), pairSeen: new Uint8Array(65536) });
  const built: LiteralIndex = { exact: buckets(), folded: buckets() };
  literals.forEach((lit, i) => {
    const t = lit.text;
    if (!t) return;
    const b = lit.caseInsensitive ? built.folded : built.exact;
    const c0 = t.charCodeAt(0);
    if (t.length === 1) {
      add(b.single, c0, i);
      b.starts[c0] |= 1;
    } else {
      let second = b.pair.get(c0);
      if (!second) b.pair.set(c0, (second = new Map()));
      const c1 = t.charCodeAt(1);
      let bucket = second.get(c1);
      if (!bucket) second.set(c1, (bucket = { short: [], byThird: new Map() }));
      if (t.length === 2) bucket.short.push(i);
      else add(bucket.byThird, t.charCodeAt(2), i);
      b.starts[c0] |= 2;
      b.pairSeen[pairKey(c0, t.charCodeAt(1))] = 1;
    }
  });
  indexes.set(literals, built);
  return built;
}

/**
 * Every occurrence of every literal in text[from, to), overlapping occurrences included. One pass over
 * the text, trying only the literals that start with the (up to three) characters at hand (the list is indexed
 * once per list object, so callers should keep the same array).
 */
export function findLiterals(text: string, lower: string, literals: readonly Literal[], from = 0, to = text.length): LiteralHit[] {
  const { exact, folded } = literalIndex(literals);
  const search: Search = { text, literals, to, hits: [] };
  scan(search, text, exact, from);
  scan(search, lower, folded, from);
  return search.hits;
}

/**
 * One call's state. The steps of the search are module functions, not closures made per call: binding
 * calls findLiterals for every block, and closures made anew each time ran several times slower on
 * short texts (a paragraph) than on one long one.
 */
interface Search {
  text: string;
  literals: readonly Literal[];
  to: number;
  hits: LiteralHit[];
}

function scan(s: Search, haystack: string, buckets: Buckets, from: number): void {
  if (buckets.single.size === 0 && buckets.pair.size === 0) return;
  const to = s.to;
  for (let at = from; at < to; at++) {
    const c0 = haystack.charCodeAt(at);
    const starts = buckets.starts[c0];
    if (starts === 0) continue;
    // A word opening with a letter or digit is never found inside another word (checkOne): in running
    // English that passes over most positions before any lookup.
    if (at > 0 && isAlnumCode(c0) && isAlnumCode(s.text.charCodeAt(at - 1))) continue;
    const one = starts & 1 ? buckets.single.get(c0) : undefined;
    if (one) check(s, haystack, one, at);
    if (starts & 2 && at + 1 < to) {
      const c1 = haystack.charCodeAt(at + 1);
      const two = buckets.pairSeen[pairKey(c0, c1)] ? buckets.pair.get(c0)?.get(c1) : undefined;
      if (two) checkPair(s, haystack, two, at);
    }
  }
}

/**
 * The short and the longer literals of a pair are tried in ascending index order, merged, so the hits at
 * one position keep the order of the literal list (findTriggers keeps the last of equal hits).
 */
function checkPair(s: Search, haystack: string, bucket: PairBucket, at: number): void {
  // A longer literal ends past `to` when its third character does.
  const longer = at + 2 < s.to ? bucket.byThird.get(haystack.charCodeAt(at + 2)) : undefined;
  const short = bucket.short;
  if (!longer) check(s, haystack, short, at);
  else if (short.length === 0) check(s, haystack, longer, at);
  else {
    let a = 0;
    let b = 0;
    while (a < short.length || b < longer.length) {
      const takeShort = b >= longer.length || (a < short.length && short[a] < longer[b]);
      checkOne(s, haystack, takeShort ? short[a++] : longer[b++], at);
    }
  }
}

function check(s: Search, haystack: string, candidates: number[], at: number): void {
  for (let k = 0; k < candidates.length; k++) checkOne(s, haystack, candidates[k], at);
}

/** Records literal i at `at` when it is there, within range, and not part of a longer word. */
function checkOne(s: Search, haystack: string, i: number, at: number): void {
  const text = s.text;
  const lit = s.literals[i];
  const needle = lit.text;
  if (at + needle.length > s.to || !haystack.startsWith(needle, at)) return;
  if (isAlnum(needle[0]) && isAlnum(text[at - 1])) return;
  let end = at + needle.length;
  if (isAlnum(needle[needle.length - 1]) && isAlnum(text[end])) {
    // "H100s": a plural s followed by a word boundary.
    if (!(lit.plural && (text[end] === 's' || text[end] === 'S') && !isAlnum(text[end + 1]))) return;
    end++;
  }
  s.hits.push({ start: at, end, index: i });
}

/** Keeps the longest of overlapping hits (then the leftmost); hits with identical spans are all kept. */
export function longestNonOverlapping<T extends Span>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  const taken = new Map<number, Span>(); // start offset of each kept span -> the span
  const occupied: Span[] = [];
  for (const h of sorted) {
    const same = taken.get(h.start);
    if (same && same.end === h.end) {
      kept.push(h);
      continue;
    }
    if (overlapsAny(occupied, h)) continue;
    kept.push(h);
    taken.set(h.start, h);
    insertSorted(occupied, h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Binary search over disjoint spans sorted by start. */
function overlapsAny(sorted: Span[], s: Span): boolean {
  const lo = partitionPoint(sorted, (o) => o.end <= s.start);
  return lo < sorted.length && sorted[lo].start < s.end;
}

function insertSorted(sorted: Span[], s: Span): void {
  sorted.splice(partitionPoint(sorted, (o) => o.start < s.start), 0, s);
}
