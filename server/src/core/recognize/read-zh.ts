/**
 * Readers that start at a Chinese character: numerals (三百五十万, 一万三), fractions (五分之一,
 * 三百五又三分之一), percent prefixes (百分之三十, 千分之二), discounts written as digit runs (三八折),
 * and fixed words for multiples and halves (翻倍, 一半).
 */
import { baseCore, FRACTION_PLACE, type Core } from './core';
import { zhDigitRunLength } from './exclude';
import { LEXICON, WordTable } from './lexicon';
import { isSpace, skipSpaces, type Source } from './text';
import { parseZhNumeral, ZH_BIG, ZH_DIGITS, ZH_SMALL, type ZhNumeral } from './zh-numeral';

const PERCENT_PREFIX = LEXICON.percent.zhPrefix;
const MULTIPLE_WORDS = new WordTable(Object.entries(LEXICON.multiples.zhWords));
const HALF_WORDS = new WordTable(LEXICON.multiples.zhHalf.map((w) => [w, 0.5] as const));
const SHARE_WORDS = new WordTable(Object.entries(LEXICON.zhShareWords));
const FIXED_NUMBERS = new WordTable(Object.entries(LEXICON.zhFixedNumbers));

/** Formal unit characters match their everyday forms in fixed words (仟分之 = 千分之). */
const FORMAL_UNITS: Record<string, string> = { 拾: '十', 佰: '百', 仟: '千' };

/** Matches `word` at `pos` allowing spaces between its characters (百 分 之, 个 百 分点). */
export function matchLoose(s: string, pos: number, word: string): number | null {
  let j = pos;
  for (let k = 0; k < word.length; k++) {
    if (k > 0) j = skipSpaces(s, j, 4);
    const c = s[j];
    if (c === undefined || (c !== word[k] && FORMAL_UNITS[c] !== word[k])) return null;
    j++;
  }
  return j;
}

function fromZhNumeral(z: ZhNumeral, start = z.start): Core {
  const core = baseCore({
    start,
    end: z.inner && z.inner.trailing ? z.inner.end : z.end,
    numStart: z.start,
    numEnd: z.end,
    value: z.value,
    place: z.place,
    decimals: z.decimals,
    scale: z.scale,
    scaleWord: z.scaleWord,
    grouping: z.grouping,
    numerals: z.numerals,
    source: 'zh',
    weak: z.weak,
  });
  if (z.inner) core.inner = { text: z.inner.text, bound: z.inner.bound };
  return core;
}

/** 负 before a numeral. */
function readSigned(src: Source, pos: number): { z: ZhNumeral; negative: boolean; start: number } | null {
  const j = skipSpaces(src.norm, pos, 2);
  const negative = src.norm[j] === '负' || src.norm[j] === '-';
  const at = negative ? j + 1 : j;
  const z = parseZhNumeral(src, at);
  return z ? { z, negative, start: j } : null;
}

/** A numeral, then maybe 分之 (a fraction) or 又 (a mixed number). */
export function readZhNumber(src: Source, start: number): Core | null {
  const s = src.norm;
  const z = parseZhNumeral(src, start);
  if (!z) return null;
  // Adjacent bare digits (三四十, 二三十): an approximate span of values, not one number.
  if (z.end < s.length && ZH_DIGITS.has(s[z.end]!) && z.numerals === 'chinese' && !z.inner) {
    return null;
  }
  const frac = afterFraction(src, z);
  if (frac) return frac;
  const mixedAt = skipSpaces(s, z.end, 2);
  if (s[mixedAt] === '又' && !z.inner) {
    const f = readZhNumberFractionOnly(src, mixedAt + 1);
    if (f) {
      const value = z.value + f.value;
      return { ...fromZhNumeral(z), end: f.end, numEnd: f.end, value, place: FRACTION_PLACE * Math.abs(value), kind: undefined, weak: false };
    }
  }
  return fromZhNumeral(z);
}

function readZhNumberFractionOnly(src: Source, pos: number): Core | null {
  const j = skipSpaces(src.norm, pos, 2);
  const z = parseZhNumeral(src, j);
  return z ? afterFraction(src, z) : null;
}

/** "X分之Y" after a parsed denominator X. */
function afterFraction(src: Source, den: ZhNumeral): Core | null {
  const s = src.norm;
  const p = skipSpaces(s, den.end, 4);
  const after = matchLoose(s, p, '分之');
  if (after === null || den.inner) return null;
  const num = readSigned(src, after);
  if (!num || num.z.inner || den.value === 0) return null;
  const numerator = (num.negative ? -1 : 1) * num.z.value;
  return baseCore({
    start: den.start,
    end: num.z.end,
    numStart: den.start,
    numEnd: num.z.end,
    value: numerator / den.value,
    place: FRACTION_PLACE * Math.abs(numerator / den.value),
    numerals: den.numerals === num.z.numerals ? den.numerals : 'mixed',
    source: 'zh',
    kind: 'ratio',
  });
}

/** 百分之三十, 千分之２．４, 百 分 之 2: a percent whose number follows the prefix. */
export function readZhPercentPrefix(src: Source, start: number): Core | null {
  for (const p of PERCENT_PREFIX) {
    const after = matchLoose(src.norm, start, p.text);
    if (after === null) continue;
    const num = readSigned(src, after);
    if (!num) return null;
    const s = src.norm;
    if (num.z.end < s.length && ZH_DIGITS.has(s[num.z.end]!) && num.z.numerals === 'chinese') return null;
    const core = fromZhNumeral(num.z, start);
    core.value = (num.negative ? -1 : 1) * num.z.value * p.scale;
    core.place = num.z.place * p.scale;
    core.kind = 'percent';
    core.weak = false;
    core.numStart = num.start;
    return core;
  }
  return null;
}

/** 翻倍, 翻两番 (multiples), 一半, 半数 (a half), 半成 (5%), 半折 and 打对折 (50%). */
export function readZhFixedWord(src: Source, start: number): Core | null {
  const share = SHARE_WORDS.at(src.norm, start);
  if (share && (share.word !== '对折' || src.norm[start - 1] === '打')) {
    return baseCore({ start, end: share.end, value: share.data, place: 0, numerals: 'chinese', source: 'zh', kind: 'percent' });
  }
  const fixed = FIXED_NUMBERS.at(src.norm, start);
  if (fixed) return baseCore({ start, end: fixed.end, value: fixed.data, place: 1, numerals: 'chinese', source: 'zh' });
  const m = MULTIPLE_WORDS.at(src.norm, start);
  if (m) return baseCore({ start, end: m.end, value: m.data, place: 1, numerals: 'chinese', source: 'zh', kind: 'multiple' });
  const h = HALF_WORDS.at(src.norm, start);
  if (h) return baseCore({ start, end: h.end, value: h.data, place: 0.05, numerals: 'chinese', source: 'zh', kind: 'ratio' });
  return null;
}

/**
 * Discounts written digit by digit: 三八折 (38%), 九 九 折 (99%), 7 2 折. Returns null unless 折
 * follows a run of exactly two digits.
 */
export function readDigitDiscount(src: Source, start: number): Core | null {
  const s = src.norm;
  const digits: number[] = [];
  let j = start;
  while (digits.length < 3) {
    const c = s[j];
    const d = c !== undefined ? (ZH_DIGITS.get(c) ?? (c >= '0' && c <= '9' ? Number(c) : undefined)) : undefined;
    if (d === undefined) break;
    digits.push(d);
    j++;
    let k = j;
    while (isSpace(s[k]) && k - j < 2) k++;
    if (s[k] === '折' && digits.length === 2) {
      return baseCore({
        start,
        end: k + 1,
        numEnd: j,
        value: digits[0]! * 10 + digits[1]!,
        place: 1,
        numerals: s[start]! >= '0' && s[start]! <= '9' ? 'arabic' : 'chinese',
        source: 'zh',
        kind: 'percent',
      });
    }
    j = k;
  }
  return null;
}

/** Length of a run of Chinese digits with no unit after it (二〇二四, 一一): not one number. */
export function bareDigitRun(src: Source, start: number): number {
  const n = zhDigitRunLength(src, start);
  if (n < 2) return 0;
  const next = src.norm[start + n];
  if (next !== undefined && (ZH_SMALL.has(next) || ZH_BIG.has(next))) return 0;
  return n;
}
