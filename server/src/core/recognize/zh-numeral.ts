/**
 * Reads a Chinese numeral, alone or mixed with Arabic digits: 三百五十万, 两千亿, 一万三, 4.78万亿,
 * 3万4000, 1,100.9亿, 十点二三三, 500余万, 二十几万, 7 万5 千4 百. Fractions (五分之一, 三百五又三分之一)
 * are read by zh-fraction.ts on top of this.
 *
 * Big units multiply everything below them since the last bigger unit (一万五千亿 = 15000 x 10^8);
 * two big units in a row multiply (万亿 = 10^12, 万万 = 10^8). A single trailing digit after a unit of a
 * hundred or more is an abbreviation (两千四百五 = 2450, 一万三 = 13000) unless 零 came before it, or
 * unless a classifier or 倍 follows that digit: then the digit counts something of its own (380亿三项
 * is 380亿 and "three items", 两万五个 is not read as 25000 either but 两万 and 五个).
 */
import type { Bound } from '../model';
import { parseArabic } from './arabic';
import { LEXICON } from './lexicon';
import { isDigit, skipSpaces, type Source } from './text';
import { measureUnitStartsAt, zhCountWordStartsAt } from './units';

export interface ZhNumeral {
  start: number;
  /** End of the numeral; a trailing 多/余 with nothing numeric after it is left out (四百多 -> 四百). */
  end: number;
  value: number;
  /** Place value of the last written digit (precision). */
  place: number;
  decimals: number;
  /** Trailing big units read as the scale word (16亿 -> 亿, 4.78万亿 -> 万亿); 1 and '' when none. */
  scale: number;
  scaleWord: string;
  numerals: 'arabic' | 'chinese' | 'mixed';
  grouping: boolean;
  /** One character, or units only (十, 百万): needs a classifier or isolation to count as a number. */
  weak: boolean;
  /** 多/余/几 written inside or right after the numeral. */
  inner?: { text: string; bound: Bound; start: number; end: number; trailing: boolean };
}

export const ZH_DIGITS = new Map(Object.entries(LEXICON.zhDigits));
export const ZH_SMALL = new Map(Object.entries(LEXICON.zhSmallUnits));
export const ZH_BIG = new Map(Object.entries(LEXICON.zhBigUnits));
const INNER = new Map(LEXICON.hedges.filter((h) => h.where === 'inside').map((h) => [h.text, h.bound]));

export const ZH_NUMERAL_CHARS: ReadonlySet<string> = new Set([...ZH_DIGITS.keys(), ...ZH_SMALL.keys(), ...ZH_BIG.keys()]);

export function isZhNumeralChar(c: string | undefined): boolean {
  return c !== undefined && ZH_NUMERAL_CHARS.has(c);
}

interface Part {
  level: number;
  value: number;
  place: number;
}

const MAX_TOKENS = 40;

/**
 * Parses from `start` (a Chinese numeral character or an Arabic digit). Returns null when nothing
 * numeric is there. Spaces between tokens are allowed (一百 五 十 二); trailing spaces are not taken.
 */
export function parseZhNumeral(src: Source, start: number): ZhNumeral | null {
  const s = src.norm;
  const parts: Part[] = [];
  let sec = 0;
  let secPlace = Infinity;
  let pend: { value: number; place: number; chinese: boolean } | null = null;
  let lastUnit = 0;
  let lastSmall = Infinity;
  let afterZero = false;
  let tokens = 0;
  let chineseDigits = 0;
  let arabicRuns = 0;
  let digitTokens = 0;
  let grouping = false;
  let decimals = 0;
  let end = start;
  let j = start;
  let bigRunStart = -1;
  let inner: ZhNumeral['inner'];
  let decimalValue: number | null = null;

  // A lone digit right after a unit of a hundred or more, followed by a classifier (亿三项, 万五个):
  // the digit is a count of its own, not the colloquial tail (一万三 = 13000). A classifier that
  // opens with a numeral (千米) continues the numeral instead, so it is not taken as a count word.
  const startsOwnCount = (k: number): boolean => {
    if (afterZero || lastUnit < 100 || tokens === 0) return false;
    const next = s[k + 1];
    if (next === undefined || ZH_NUMERAL_CHARS.has(next) || next === '点') return false;
    return zhCountWordStartsAt(src, k + 1);
  };

  const finalize = (): { value: number; place: number } => {
    let value = 0;
    let place = Infinity;
    for (const p of parts) {
      value += p.value;
      place = Math.min(place, p.place);
    }
    value += sec;
    place = Math.min(place, secPlace);
    if (pend) {
      const abbreviated = pend.chinese && !afterZero && lastUnit >= 100 && pend.value > 0;
      const mult = abbreviated ? lastUnit / 10 : 1;
      value += pend.value * mult;
      if (pend.value !== 0 || place === Infinity) place = Math.min(place, pend.place * mult);
    }
    return { value, place: place === Infinity ? 1 : place };
  };

  while (j < s.length && tokens < MAX_TOKENS) {
    const k = tokens > 0 ? skipSpaces(s, j, 4) : j;
    const c = s[k]!;
    const digit = ZH_DIGITS.get(c);
    if (digit !== undefined) {
      if (pend) break;
      if (startsOwnCount(k)) break;
      if (digit === 0) {
        // 零 is a placeholder (一千零五), or the integer part of 零点五.
        if (s[skipSpaces(s, k + 1, 2)] === '点' && tokens === 0) {
          pend = { value: 0, place: 1, chinese: true };
          digitTokens++;
        } else afterZero = true;
      } else {
        pend = { value: digit, place: 1, chinese: true };
        chineseDigits++;
        digitTokens++;
      }
      tokens++;
      end = j = k + 1;
      bigRunStart = -1;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(s[k + 1]))) {
      if (pend) break;
      const a = parseArabic(src, k);
      if (!a || a.version || !Number.isFinite(a.value)) break;
      pend = { value: a.value, place: a.place, chinese: false };
      grouping ||= a.grouping;
      decimals = a.fracDigits.length;
      arabicRuns++;
      digitTokens++;
      tokens++;
      end = j = a.end;
      bigRunStart = -1;
      continue;
    }
    // 千瓦, 兆瓦时: a unit of measurement, not a numeral (945亿千瓦时 is 945亿 kWh).
    if ((ZH_SMALL.has(c) || ZH_BIG.has(c)) && measureUnitStartsAt(src, k)) break;
    const small = ZH_SMALL.get(c);
    if (small !== undefined) {
      if (small >= lastSmall) break;
      if (!pend && tokens > 0 && !afterZero && bigRunStart < 0 && sec > 0) break;
      const v = pend ? pend.value : 1;
      sec += v * small;
      secPlace = Math.min(secPlace, (pend ? pend.place : 1) * small);
      lastSmall = small;
      lastUnit = small;
      pend = null;
      afterZero = false;
      tokens++;
      end = j = k + 1;
      bigRunStart = -1;
      continue;
    }
    const big = ZH_BIG.get(c);
    if (big !== undefined) {
      const x = sec + (pend ? pend.value : 0);
      let xPlace = Math.min(secPlace, pend ? pend.place : Infinity);
      const lower = parts.filter((p) => p.level < big);
      if (x === 0 && lower.length === 0) {
        const last = parts[parts.length - 1];
        if (last && last.level === big && bigRunStart >= 0) {
          // 万万: multiply what the previous 万 made.
          last.value *= big;
          last.place *= big;
          last.level = big * big;
        } else if (parts.length === 0 && tokens === 0) {
          parts.push({ level: big, value: big, place: big });
          bigRunStart = k;
        } else {
          break;
        }
      } else {
        let value = x;
        for (const p of lower) {
          value += p.value;
          xPlace = Math.min(xPlace, p.place);
        }
        if (xPlace === Infinity) xPlace = 1;
        for (const p of lower) parts.splice(parts.indexOf(p), 1);
        parts.push({ level: big, value: value * big, place: xPlace * big });
        if (bigRunStart < 0) bigRunStart = k;
      }
      sec = 0;
      secPlace = Infinity;
      pend = null;
      lastUnit = big;
      lastSmall = Infinity;
      afterZero = false;
      tokens++;
      end = j = k + 1;
      continue;
    }
    if (c === '点' && tokens > 0) {
      const dec = readZhDecimals(src, k + 1);
      if (!dec) break;
      const int = finalize();
      decimalValue = int.value + dec.value;
      decimals = dec.digits;
      secPlace = Math.pow(10, -dec.digits);
      end = j = dec.end;
      tokens++;
      // 三点五亿: a big unit after the decimals scales the whole number.
      const after = s[j];
      const bigAfter = after !== undefined ? ZH_BIG.get(after) : undefined;
      if (bigAfter !== undefined && parts.length === 0 && int.value < bigAfter) {
        let unitEnd = j + 1;
        let mult = bigAfter;
        const second = ZH_BIG.get(s[unitEnd] ?? '');
        if (second !== undefined && second > bigAfter) {
          mult *= second;
          unitEnd++;
        }
        return result({ value: decimalValue * mult, place: secPlace * mult, scaleStart: j, end: unitEnd, scale: mult });
      }
      break;
    }
    const innerBound = INNER.get(c);
    if (innerBound !== undefined && tokens > 0 && !inner && (lastUnit > 0 || (pend && !pend.chinese && pend.value >= 10))) {
      // 二十几万 / 一百零几万: 几 stands for a digit; 多/余 follow a unit or a round Arabic number.
      if (c === '几' && pend) break;
      const fin = finalize();
      sec = fin.value - parts.reduce((a, p) => a + p.value, 0);
      secPlace = Math.min(secPlace, fin.place);
      pend = null;
      inner = { text: c, bound: innerBound, start: k, end: k + 1, trailing: true };
      tokens++;
      j = k + 1;
      const next = s[skipSpaces(s, j, 4)];
      if (next !== undefined && ZH_BIG.has(next)) {
        inner.trailing = false;
        end = j;
        continue;
      }
      break;
    }
    break;
  }

  if (decimalValue !== null) {
    return result({ value: decimalValue, place: secPlace, scaleStart: -1, end, scale: 1 });
  }
  if (tokens === 0 || (digitTokens === 0 && parts.length === 0 && sec === 0)) return null;
  const fin = finalize();
  let scale = 1;
  if (bigRunStart >= 0 && bigRunStart > start) {
    for (let i = bigRunStart; i < end; i++) {
      const u = ZH_BIG.get(s[i]!);
      if (u !== undefined) scale *= u;
    }
  }
  return result({ value: fin.value, place: fin.place, scaleStart: scale > 1 ? bigRunStart : -1, end, scale });

  function result(r: { value: number; place: number; scaleStart: number; end: number; scale: number }): ZhNumeral | null {
    if (!Number.isFinite(r.value)) return null;
    const mantissaEnd = r.scaleStart >= 0 ? r.scaleStart : r.end;
    let unitInMantissa = false;
    for (let i = start; i < mantissaEnd && !unitInMantissa; i++) unitInMantissa = ZH_SMALL.has(s[i]!) || ZH_BIG.has(s[i]!);
    const numerals: ZhNumeral['numerals'] =
      arabicRuns === 0 ? 'chinese' : chineseDigits > 0 || unitInMantissa ? 'mixed' : 'arabic';
    // 万一, 亿万: a numeral that starts with a big unit has no digit of its own.
    const weak = r.end - start === 1 || digitTokens === 0 || ZH_BIG.has(s[start]!);
    const out: ZhNumeral = {
      start,
      end: r.end,
      value: r.value,
      place: r.place,
      decimals,
      scale: r.scale,
      scaleWord: r.scaleStart >= 0 ? src.text.slice(r.scaleStart, r.end) : '',
      numerals,
      grouping,
      weak,
    };
    if (inner) out.inner = inner;
    return out;
  }
}

/** Digits after 点: Chinese digits or one Arabic run (十点二三三, 一百五十四点零, 四百 点 五). */
function readZhDecimals(src: Source, from: number): { value: number; digits: number; end: number } | null {
  const s = src.norm;
  let j = skipSpaces(s, from, 2);
  let digits = '';
  while (j < s.length && digits.length < 20) {
    const d = ZH_DIGITS.get(s[j]!);
    if (d !== undefined && s[j] !== '两' && s[j] !== '俩') digits += String(d);
    else if (isDigit(s[j])) digits += s[j];
    else break;
    j++;
  }
  if (digits.length === 0) return null;
  return { value: Number(`0.${digits}`), digits: digits.length, end: j };
}
