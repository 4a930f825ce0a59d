/**
 * Numbers that are not claims: parts of names and codes (GPT-4, H100, Llama 3, FY2024, Q3, SCP-173,
 * v1.2.3), dates and times (3月18日, March 18, 2024-03-18, 10:30, 2023年), ordinals (第3家, 3rd),
 * labels (Figure 2, version 4), footnote markers ([^1], [2]), list numbering and phone-like strings.
 * Each test returns where to resume scanning so an excluded run is skipped whole.
 */
import { LEXICON, WordTable, table, wordSet } from './lexicon';
import { zhNounLengthAt } from './units';
import { ZH_DIGITS } from './zh-numeral';
import { atLineStart, isAlnum, isAsciiLetter, isCjk, isDigit, isSpace, type Source } from './text';

const X = LEXICON.exclusions;
const MODELS = wordSet(X.enModelNames);
const LABELS = wordSet(X.enLabelWords);
const MONTHS = table(X.enMonths);
const TIME_SUFFIXES = wordSet(X.enTimeSuffixes);
const ZH_LABELS = wordSet(X.zhLabelPrefixes);
const ZH_DATE_SUFFIXES = wordSet(X.zhDateSuffixes);
const ZH_NON_NUMBER = new WordTable(LEXICON.zhNonNumberWords.map((w) => [w, true] as const));

export interface Exclusion {
  reason: 'glued' | 'model' | 'label' | 'ordinal' | 'date' | 'time' | 'year' | 'code' | 'footnote' | 'list' | 'phone' | 'idiom';
  /** Scan on from here. */
  skipTo: number;
}

const boundaryBefore = (s: string) => (start: number) => !isAsciiLetter(s[start - 1]);

/** Looks at what comes right before the number (its first character at `start`). */
export function excludedBefore(src: Source, start: number, floor: number, modelChainEnd: number): Exclusion['reason'] | null {
  const s = src.norm;
  const c = s[start - 1];
  if (c === undefined || start <= floor) return null;
  if (isAsciiLetter(c) || c === '_') return 'glued';
  if ((c === '-' || c === '.') && isAsciiLetter(s[start - 2]) && !isAsciiLetter(s[start])) return 'model';
  if (c === '#' || c === '@' || c === '^' || c === '\\' || c === '&') return 'code';
  if (c === '=' && isAsciiLetter(s[start - 2])) return 'code';
  // Q1'24, '90s: an apostrophe before two digits abbreviates a year.
  const twoDigits = isDigit(s[start]) && isDigit(s[start + 1]) && !isDigit(s[start + 2]) && s[start + 2] !== '.';
  if ((c === "'" || c === '’') && twoDigits && (isAlnum(s[start - 2]) || s[start + 2] === 's')) return 'year';
  if (inUrl(s, start)) return 'code';
  if (c === '+' && phoneDigits(s, start) >= 8) return 'phone';
  if (c === '/' && (isAsciiLetter(s[start - 2]) || s[start - 2] === '/')) return 'code';
  if (c === ':' && isDigit(s[start - 2])) return 'time';
  if (isDigit(c)) return 'code';
  let p = start;
  while (p > floor && isSpace(s[p - 1]) && start - p < 1) p--;
  if (modelChainEnd >= 0 && p === modelChainEnd) return 'model';
  const lower = src.lower;
  if (p < start || s[p - 1] === '-') {
    const q = s[p - 1] === '-' ? p - 1 : p;
    const model = MODELS.endingAt(lower, q, boundaryBefore(lower));
    if (model && model.start >= floor) return 'model';
  }
  if (p < start) {
    const label = LABELS.endingAt(lower, p, boundaryBefore(lower));
    if (label && label.start >= floor) return 'label';
  }
  const zhLabel = ZH_LABELS.endingAt(s, p);
  if (zhLabel && zhLabel.start >= floor) {
    const prev = s[zhLabel.start - 1];
    if (zhLabel.word === '第' || zhLabel.word.length > 1 || !isCjk(prev) || !X.zhLabelNotAfter.includes(prev!)) return 'ordinal';
  }
  return null;
}

/** Inside a URL or a path-like token ("https://x.com/2024/q4?id=123", "www.site.com/7"). */
function inUrl(s: string, start: number): boolean {
  let j = start;
  while (j > 0 && start - j < 200 && !isSpace(s[j - 1]) && !isCjk(s[j - 1]) && s[j - 1] !== '(' && s[j - 1] !== '<') j--;
  const token = s.slice(j, start);
  return token.includes('://') || token.startsWith('www.');
}

/** An English month name right before the number: "March 18", "mar . 18". */
export function monthBefore(src: Source, start: number, floor: number): boolean {
  let p = start;
  while (p > floor && (isSpace(src.norm[p - 1]) || src.norm[p - 1] === '.') && start - p < 3) p--;
  if (p === start) return false;
  const m = MONTHS.endingAt(src.lower, p, boundaryBefore(src.lower));
  return !!m && m.start >= floor && (m.word !== 'may' || src.norm[m.start] === 'M');
}

/** An English month name right after the number: "18 March". */
export function monthAfter(src: Source, end: number): boolean {
  if (!isSpace(src.norm[end])) return false;
  const m = MONTHS.at(src.lower, end + 1, (e) => !isAsciiLetter(src.lower[e]));
  return !!m && (m.word !== 'may' || src.norm[m.start] === 'M');
}

/** Looks at what follows the number (`end` is after its digits and scale word). */
export function excludedAfter(
  src: Source,
  start: number,
  end: number,
  info: { integer: boolean; intDigits: number; currencyFollows: boolean },
): Exclusion | null {
  const s = src.norm;
  const c = s[end];
  if (c === ':' && isDigit(s[end + 1]) && info.integer) {
    return { reason: 'time', skipTo: skipWhile(s, end, (ch) => isDigit(ch) || ch === ':') };
  }
  if (info.integer) {
    let p = end;
    while (isSpace(s[p]) && p - end < 1) p++;
    const t = TIME_SUFFIXES.at(src.lower, p, (e) => !isAsciiLetter(src.lower[e]));
    if (t) return { reason: 'time', skipTo: t.end };
  }
  if ((c === '-' || c === '/') && isDigit(s[end + 1]) && info.integer) {
    const groups = digitGroups(s, start, c);
    const first = groups.lengths[0] ?? 0;
    const total = groups.lengths.reduce((a, b) => a + b, 0);
    if (groups.lengths.length >= 3) return { reason: c === '/' ? 'date' : 'phone', skipTo: groups.end };
    if (c === '-' && (s[start] === '0' || total >= 9 || (groups.lengths[1] ?? 0) >= 5)) {
      return { reason: 'phone', skipTo: groups.end };
    }
    const second = Number(s.slice(end + 1, groups.end));
    if (c === '-' && first === 4 && isYear(Number(s.slice(start, end))) && (groups.lengths[1] ?? 0) <= 2 && second >= 1 && second <= 12) {
      return { reason: 'date', skipTo: groups.end };
    }
  }
  if (s[start - 1] === '[' && c === ']') return { reason: 'footnote', skipTo: end + 1 };
  // 10-K, 10-Q, 8-K: filing forms and codes (a dash and one capital letter).
  if (c === '-' && s[end + 1]! >= 'A' && s[end + 1]! <= 'Z' && !isAlnum(s[end + 2]) && info.integer) {
    return { reason: 'code', skipTo: end + 2 };
  }
  const listMark = c === ')' || c === '、' || (c === '.' && isSpace(s[end + 1]) && end + 2 < s.length);
  if (info.integer && atLineStart(s, start) && listMark && !isDigit(s[end + 1])) {
    return { reason: 'list', skipTo: end + 1 };
  }
  if (info.integer && (s[start - 1] === '(' || s[start - 1] === '（') && atLineStart(s, start - 1) && (c === ')' || c === '）')) {
    return { reason: 'list', skipTo: end + 1 };
  }
  // Chinese dates: 2023年, 3月, 18日, 90年代, 2024财年, 三季度 (but 日活跃用户 is a noun). Digit-only
  // Chinese years (二〇二四年) never get here: the scanner skips runs of bare Chinese digits.
  let p = end;
  while (isSpace(s[p]) && p - end < 1) p++;
  if (s[p] === X.zhYearSuffix && info.intDigits === 4) {
    return { reason: 'year', skipTo: p + 1 };
  }
  const dateWord = info.currencyFollows ? undefined : ZH_DATE_SUFFIXES.at(s, p);
  if (dateWord && zhNounLengthAt(src, p) <= dateWord.word.length && s[start - 1] !== X.zhMonthNeedsCount) {
    return { reason: 'date', skipTo: dateWord.end };
  }
  return null;
}

export function isYear(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}

/** A Chinese non-number word covering `pos` (零一万物, 双十一, 一成不变). */
const NON_NUMBER_FIRSTS = new Set(LEXICON.zhNonNumberWords.map((w) => w[0]!));

export function inZhNonNumberWord(src: Source, pos: number): number | null {
  for (let start = Math.max(0, pos - 4); start <= pos; start++) {
    if (!NON_NUMBER_FIRSTS.has(src.norm[start]!)) continue;
    const m = ZH_NON_NUMBER.at(src.norm, start);
    if (m && m.end > pos) return m.end;
  }
  return null;
}

/** End of a glued alphanumeric run (to skip "180ml", "1H24", "3rd" whole). */
export function alnumRunEnd(s: string, from: number): number {
  let j = from;
  while (j < s.length) {
    const ch = s[j];
    if (isAlnum(ch) || ch === '_') j++;
    else if ((ch === '-' || ch === '.') && isAlnum(s[j + 1])) j++;
    else break;
  }
  return j;
}

/** End of a phone-like run starting at `start`. */
export function phoneRunEnd(s: string, start: number): number {
  let j = start;
  while (j < s.length && j - start < 24 && (isDigit(s[j]) || ((s[j] === ' ' || s[j] === '-' || s[j] === '.') && isDigit(s[j + 1])))) j++;
  return j;
}

/** Digits in a phone-like run: digits, spaces, dashes, dots and brackets ("+1 800 555 0199"). */
function phoneDigits(s: string, start: number): number {
  let n = 0;
  for (let j = start; j < s.length && j - start < 24; j++) {
    const ch = s[j]!;
    if (isDigit(ch)) n++;
    else if (ch !== ' ' && ch !== '-' && ch !== '.' && ch !== '(' && ch !== ')') break;
  }
  return n;
}

function skipWhile(s: string, from: number, ok: (c: string) => boolean): number {
  let j = from;
  while (j < s.length && ok(s[j]!)) j++;
  return j;
}

function digitGroups(s: string, start: number, sep: string): { lengths: number[]; end: number } {
  const lengths: number[] = [];
  let j = start;
  for (let n = 0; n < 6; n++) {
    const from = j;
    while (j < s.length && isDigit(s[j])) j++;
    lengths.push(j - from);
    if (s[j] !== sep || !isDigit(s[j + 1])) break;
    j++;
  }
  return { lengths, end: j };
}

/** A run of Chinese digits only (二〇二四, 三八): length in characters, for year and discount tests. */
export function zhDigitRunLength(src: Source, start: number): number {
  let j = start;
  while (j < src.norm.length && ZH_DIGITS.has(src.norm[j]!) && j - start < 8) j++;
  return j - start;
}
