/**
 * Reader that starts at an Arabic digit (or a sign or point before one): plain numbers, numbers that
 * continue as Chinese numerals (3万4000, 16亿, 500余万), fractions (1/10, ３／５, 1６分之5) and mixed
 * numbers (2 1/4).
 */
import { parseArabic } from './arabic';
import { baseCore, FRACTION_PLACE, type Core } from './core';
import { readZhNumber } from './read-zh';
import { isDigit, isSpace, skipSpaces, type Source } from './text';
import { ZH_BIG, ZH_SMALL } from './zh-numeral';

export interface ArabicRead {
  core: Core | null;
  /** Where to resume when the core is null or rejected. */
  skipTo: number;
}

const ZH_CONTINUATION = new Set(['多', '余', '几', '又', '分', '点']);

/** `signStart` is where a sign ('-', '负') was seen, or -1. */
export function readArabicAt(src: Source, at: number, signStart: number): ArabicRead {
  const s = src.norm;
  const a = parseArabic(src, at);
  if (!a) return { core: null, skipTo: at + 1 };
  if (a.version || !Number.isFinite(a.value)) return { core: null, skipTo: a.end };
  const sign = signStart >= 0 ? -1 : 1;
  const start = signStart >= 0 ? signStart : at;

  // Chinese units or fraction words after the digits: read the whole thing as a Chinese numeral.
  const k = skipSpaces(s, a.end, 2);
  const next = s[k];
  if (!a.scientific && next !== undefined && (ZH_SMALL.has(next) || ZH_BIG.has(next) || ZH_CONTINUATION.has(next))) {
    const zc = readZhNumber(src, at);
    if (zc && zc.end > a.end) {
      zc.start = start;
      zc.numStart = start;
      zc.value *= sign;
      zc.source = 'arabic';
      zc.intDigits = a.intDigits.length;
      return { core: zc, skipTo: zc.end };
    }
  }

  // Fractions: 1/10, -3/2; mixed numbers: 2 1/4 (whole part of at most three digits).
  if (s[a.end] === '/' && isDigit(s[a.end + 1]) && a.fracDigits.length === 0 && !a.grouping) {
    const d = parseArabic(src, a.end + 1);
    if (d && !d.version && d.fracDigits.length === 0 && d.value !== 0 && s[d.end] !== '/' && !looksLikeDate(a.value, d.value, signStart)) {
      const value = (sign * a.value) / d.value;
      const core = baseCore({ start, end: d.end, value, place: FRACTION_PLACE * Math.abs(value), kind: 'ratio' });
      return { core, skipTo: d.end };
    }
    return { core: null, skipTo: d ? skipDateLike(s, d.end) : a.end + 1 };
  }
  if (isSpace(s[a.end]) && a.fracDigits.length === 0 && !a.grouping && a.intDigits.length <= 3) {
    const p = skipSpaces(s, a.end, 2);
    const n = parseArabic(src, p);
    if (n && !n.version && n.fracDigits.length === 0 && !n.grouping && s[n.end] === '/' && isDigit(s[n.end + 1])) {
      const d = parseArabic(src, n.end + 1);
      if (d && d.value !== 0 && d.fracDigits.length === 0 && s[d.end] !== '/') {
        const value = sign * (a.value + n.value / d.value);
        return { core: baseCore({ start, end: d.end, value, place: FRACTION_PLACE * Math.abs(value) }), skipTo: d.end };
      }
    }
  }

  const integer = a.fracDigits.length === 0 && !a.grouping && !a.scientific && signStart < 0;
  const core = baseCore({
    start,
    end: a.end,
    numStart: start,
    value: sign * a.value,
    place: a.place,
    decimals: a.fracDigits.length,
    grouping: a.grouping,
    intDigits: a.intDigits.length,
    integer,
  });
  return { core, skipTo: a.end };
}

/** 12/31, 3/18: a month and a day that no one writes as a fraction (1/16, 1/20, 1/25 stay ratios). */
function looksLikeDate(month: number, day: number, signStart: number): boolean {
  return signStart < 0 && month >= 1 && month <= 12 && day >= 13 && day <= 31 && day !== 16 && day !== 20 && day !== 25;
}

function skipDateLike(s: string, from: number): number {
  let j = from;
  while (j < s.length && (isDigit(s[j]) || s[j] === '/')) j++;
  return j;
}
