/**
 * Reads a number written with Arabic digits (ASCII or full-width, already folded in `norm`):
 * thousands groups ("1,234,567", "40 000"), decimals, exponents ("1.3e6"), powers ("2^5").
 * Version-like runs ("1.2.3", "192.168.1.2") are read to their end and flagged so the caller can
 * skip them whole instead of restarting inside them.
 */
import { isDigit, isAsciiLetter, type Source } from './text';

export interface ArabicNumber {
  start: number;
  end: number;
  /** Digits before the point, separators removed. */
  intDigits: string;
  /** Digits after the point as written ("4.800" -> "800"). */
  fracDigits: string;
  value: number;
  grouping: boolean;
  /** Place value of the last written digit (1 for "150", 0.1 for "1.6"). */
  place: number;
  /** A run of dotted groups such as "1.2.3": never a quantity. */
  version: boolean;
  /** Written with an exponent or a power: precision is meaningless, treat as exact. */
  scientific: boolean;
}

/** Separators accepted between groups of three digits, besides the comma. */
const SPACE_GROUPS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

const MAX_DIGITS = 40;

export function parseArabic(src: Source, start: number): ArabicNumber | null {
  const s = src.norm;
  let j = start;
  let intDigits = '';
  let grouping = false;
  while (j < s.length && isDigit(s[j])) intDigits += s[j++];
  if (intDigits.length > 0 && intDigits.length <= 3) {
    const sep = s[j];
    // A full-width comma groups full-width digits (４，５６５); after ASCII digits it is punctuation.
    const fullWidthComma = src.text.charCodeAt(j) === 0xff0c;
    const commaOk = !fullWidthComma || src.text.charCodeAt(j - 1) >= 0xff10;
    if ((sep === ',' && commaOk) || (sep !== undefined && SPACE_GROUPS.has(sep))) {
      const grouped = readGroups(s, j, sep);
      if (grouped.count > 0) {
        intDigits += grouped.digits;
        j = grouped.end;
        grouping = true;
      }
    }
  }
  let fracDigits = '';
  let version = false;
  if (s[j] === '.' && isDigit(s[j + 1])) {
    let k = j + 1;
    while (k < s.length && isDigit(s[k])) fracDigits += s[k++];
    j = k;
    // A second dotted group makes the whole run a version or an address.
    while (s[j] === '.' && isDigit(s[j + 1]) && intDigits.length > 0) {
      version = true;
      j++;
      while (j < s.length && isDigit(s[j])) j++;
    }
  }
  if (intDigits.length === 0 && fracDigits.length === 0) return null;
  if (version) {
    return { start, end: j, intDigits, fracDigits, value: NaN, grouping, place: 1, version, scientific: false };
  }
  if (intDigits.replace(/^0+/, '').length + fracDigits.length > MAX_DIGITS) {
    return { start, end: j, intDigits, fracDigits, value: Infinity, grouping, place: 1, version: false, scientific: false };
  }
  let value = Number(`${intDigits || '0'}.${fracDigits || '0'}`);
  let place = Math.pow(10, -fracDigits.length);
  let scientific = false;
  const exp = readExponent(s, j);
  if (exp) {
    value = Number(`${intDigits || '0'}.${fracDigits || '0'}e${exp.exponent}`);
    j = exp.end;
    scientific = true;
    place = 0;
  } else {
    const pow = readPower(s, j);
    if (pow) {
      value = Math.pow(value, pow.exponent);
      j = pow.end;
      scientific = true;
      place = 0;
    }
  }
  return { start, end: j, intDigits, fracDigits, value, grouping, place, version: false, scientific };
}

/** Reads ",ddd,ddd" (or " ddd ddd"): every group exactly three digits, one kind of separator. */
function readGroups(s: string, from: number, sep: string): { digits: string; end: number; count: number } {
  let j = from;
  let digits = '';
  let count = 0;
  while (s[j] === sep && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
    digits += s.slice(j + 1, j + 4);
    j += 4;
    count++;
  }
  return { digits, end: j, count };
}

/** "e10", "E-1", "e+14" directly after the digits, and not the start of a word ("3eggs"). */
function readExponent(s: string, j: number): { exponent: number; end: number } | null {
  if (s[j] !== 'e' && s[j] !== 'E') return null;
  let k = j + 1;
  let sign = '';
  if (s[k] === '+' || s[k] === '-') sign = s[k++]!;
  let digits = '';
  while (k < s.length && isDigit(s[k]) && digits.length < 4) digits += s[k++];
  if (digits.length === 0 || isDigit(s[k]) || isAsciiLetter(s[k])) return null;
  return { exponent: Number(sign + digits), end: k };
}

/** "^23", "^-1", "^+23", "^--23" (two minus signs cancel). */
function readPower(s: string, j: number): { exponent: number; end: number } | null {
  if (s[j] !== '^') return null;
  let k = j + 1;
  let negative = false;
  while ((s[k] === '+' || s[k] === '-') && k - j <= 3) {
    if (s[k] === '-') negative = !negative;
    k++;
  }
  let digits = '';
  while (k < s.length && isDigit(s[k]) && digits.length < 4) digits += s[k++];
  if (digits.length === 0 || isDigit(s[k])) return null;
  return { exponent: (negative ? -1 : 1) * Number(digits), end: k };
}

/** True when any character of the original span is a full-width digit or point. */
export function hasFullWidth(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}
