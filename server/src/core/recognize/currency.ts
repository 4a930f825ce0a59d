/**
 * Currency written before a number ("$", "US$", "hk $", "€", "USD ", "人民币") or after it
 * ("dollars", "美元", "亿元人民币", "cents", "块钱"). Conventions (see test/fixtures/recognizer/README.md):
 * bare "$" is USD; 元, 人民币, RMB, CNY, 块钱 are CNY; "¥" alone is CNY in Chinese text and JPY in
 * English text; HK$ is HKD, NT$ is TWD, 日元 JPY, 欧元 EUR, 英镑 GBP.
 */
import type { Lang } from '../model';
import { LEXICON, WordTable } from './lexicon';
import { isAsciiLetter, isDigit, isSpace, type Source } from './text';

interface CurrencyRef {
  code: string;
  /** Multiplier to base units: 0.01 for cents and pence. */
  factor: number;
}

const SIGNS = new WordTable(LEXICON.currencies.flatMap((c) => c.signs.map((s) => [s, c.code] as const)));
const DOLLAR_PREFIXES = new WordTable(
  LEXICON.currencies.flatMap((c) => (c.dollarPrefixes ?? []).map((p) => [p, c.code] as const)),
);
const CODES = new WordTable(
  LEXICON.currencies.flatMap((c) => c.codes.map((code) => [code.toLowerCase(), c.code] as const)),
);
const ZH_PREFIX = new WordTable(LEXICON.currencies.flatMap((c) => (c.zhPrefix ?? []).map((w) => [w, c.code] as const)));

const EN_AFTER = new WordTable<CurrencyRef>([
  ...LEXICON.currencies.flatMap((c) => c.en.map((w) => [w, { code: c.code, factor: 1 }] as const)),
  ...LEXICON.subunits.flatMap((u) => (u.onlyAfterMain ? [] : u.en.map((w) => [w, { code: u.code, factor: u.factor }] as const))),
]);
const ZH_AFTER = new WordTable<CurrencyRef>([
  ...LEXICON.currencies.flatMap((c) => c.zh.map((w) => [w, { code: c.code, factor: 1 }] as const)),
  ...LEXICON.subunits.flatMap((u) => (u.onlyAfterMain ? [] : u.zh.map((w) => [w, { code: u.code, factor: u.factor }] as const))),
]);
const CNY_SUBUNITS = new WordTable(
  LEXICON.subunits.filter((u) => u.onlyAfterMain).flatMap((u) => u.zh.map((w) => [w, u.factor] as const)),
);

export interface CurrencyBefore {
  start: number;
  code: string;
}

/** A currency sign or code that ends right before `numStart` (a space or two allowed), not before `floor`. */
export function currencyBefore(src: Source, numStart: number, floor: number, lang: Lang): CurrencyBefore | null {
  let p = numStart;
  while (p > floor && isSpace(src.norm[p - 1]) && numStart - p < 2) p--;
  if (p <= floor) return null;
  const sign = SIGNS.endingAt(src.norm, p, (start) => start >= floor);
  if (sign) {
    let code = sign.data;
    let start = sign.start;
    if (sign.word === '$') {
      // "US$", "hk $", "c $", "u.s $": a country prefix, possibly separated by one space.
      let q = start;
      if (q > floor && isSpace(src.norm[q - 1])) q--;
      const prefix = DOLLAR_PREFIXES.endingAt(src.lower, q, (s) => s >= floor && !isAsciiLetter(src.lower[s - 1]));
      if (prefix && prefixLooksLikeCountry(src, prefix.start, prefix.end, start)) {
        code = prefix.data;
        start = prefix.start;
      }
    } else if (sign.word === '¥') {
      code = lang === 'zh' || followsZhScale(src, numStart) ? LEXICON.yenSign.zh : LEXICON.yenSign.en;
    }
    return { start, code };
  }
  const codeWord = CODES.endingAt(src.lower, p, (start) => start >= floor && !isAsciiLetter(src.lower[start - 1]));
  if (codeWord && (p < numStart || !isAsciiLetter(src.norm[numStart]))) {
    return { start: codeWord.start, code: codeWord.data };
  }
  const zh = ZH_PREFIX.endingAt(src.norm, p, (start) => start >= floor);
  if (zh) return { start: zh.start, code: zh.data };
  return null;
}

/**
 * Two-letter prefixes (US, HK, NT) always count; a single letter only when glued in capitals ("C$",
 * "A$") or, for Canada, in the spaced lower-case form of the conformance data ("c $"): "a $5 deal" is
 * an article, not Australia.
 */
function prefixLooksLikeCountry(src: Source, start: number, end: number, dollarAt: number): boolean {
  if (end - start > 1) return true;
  if (end === dollarAt) return src.norm[start]! >= 'A' && src.norm[start]! <= 'Z';
  return src.lower[start] === 'c';
}

function followsZhScale(src: Source, numStart: number): boolean {
  for (let j = numStart; j < src.norm.length && j - numStart < 24; j++) {
    const c = src.norm[j]!;
    if (c === '亿' || c === '万') return true;
    if (!isDigit(c) && c !== '.' && c !== ',') return false;
  }
  return false;
}

export interface CurrencyAfter {
  end: number;
  code: string;
  factor: number;
}

/** A currency word or sign starting at `pos` (after the number and its scale). */
export function currencyAfter(src: Source, pos: number): CurrencyAfter | null {
  let p = pos;
  while (isSpace(src.norm[p]) && p - pos < 2) p++;
  const zh = ZH_AFTER.at(src.norm, p);
  if (zh) return { end: zh.end, code: zh.data.code, factor: zh.data.factor };
  // English words need a space or a hyphen before them ("50 dollars", "12-cent"); "¢" may be glued.
  let q = p;
  if (p === pos && src.norm[p] === '-' && isAsciiLetter(src.norm[p + 1])) q = p + 1;
  const en = EN_AFTER.at(src.lower, q, (end) => !isAsciiLetter(src.lower[end]));
  if (en && (q > pos || !isAsciiLetter(src.norm[q]))) {
    return { end: en.end, code: en.data.code, factor: en.data.factor };
  }
  // Signs written after the amount ("100 ₡", "100₾"); $ and ¥ only ever lead.
  const sign = SIGNS.at(src.norm, p);
  if (sign && sign.word !== '$' && sign.word !== '¥') return { end: sign.end, code: sign.data, factor: 1 };
  return null;
}

/**
 * "人民币四毛", "人民币五角": after a number that 人民币 or ¥ opened, 角/毛 (0.1 yuan) and 分 (0.01) are the
 * unit of the number itself, not subunits after 元. Only with the currency written before: a bare 毛 or 分
 * after a number is too often something else (毛利, 分钟, 三分之一) to read as money.
 */
export function cnySubunitAt(src: Source, pos: number): { end: number; factor: number } | null {
  const unit = CNY_SUBUNITS.at(src.norm, pos);
  return unit ? { end: unit.end, factor: unit.data } : null;
}

/**
 * After "50元": "6角三分" as extra subunits (returned as an amount to add and the new end); after "四毛",
 * only 分. Each must be smaller than the unit before it (`below`, in yuan).
 */
export function cnySubunitsAfter(
  src: Source,
  pos: number,
  readDigit: (at: number) => { value: number; end: number } | null,
  below = 1,
): { add: number; end: number } | null {
  let add = 0;
  let end = pos;
  let last = below;
  for (let n = 0; n < 2; n++) {
    const d = readDigit(end);
    if (!d) break;
    const unit = CNY_SUBUNITS.at(src.norm, d.end);
    if (!unit || unit.data >= last) break;
    last = unit.data;
    add += d.value * unit.data;
    end = unit.end;
  }
  return end > pos ? { add, end } : null;
}

/**
 * Colloquial yuan: "三块五" (3.5元), "两块八毛五" (2.85元), "十二块五毛钱". 块 is also a classifier ("三块H100",
 * "两块八英寸晶圆"), so it is money only when a numeral for tenths follows it directly and the amount
 * ends there: 毛/角 (with an optional hundredths numeral and 分), 钱, or a word that cannot continue a
 * noun phrase (punctuation, the end, 的, 左右, 多, 一杯 / 每斤). Returns the yuan to add to the number
 * before 块, the place of its last digit and where the amount ends.
 */
export function colloquialYuanAt(
  src: Source,
  pos: number,
  readDigit: (at: number) => { value: number; end: number } | null,
): { add: number; place: number; end: number } | null {
  if (src.norm[pos] !== '块') return null;
  const tenths = readDigit(pos + 1);
  if (!tenths || tenths.value === 0) return null;
  let add = tenths.value * 0.1;
  let place = 0.1;
  let end = tenths.end;
  if (TENTHS_UNIT.has(src.norm[end])) {
    end++;
    const hundredths = readDigit(end);
    if (hundredths && (src.norm[hundredths.end] === '分' || endsSpokenAmount(src.norm, hundredths.end))) {
      add += hundredths.value * 0.01;
      place = 0.01;
      end = hundredths.end + (src.norm[hundredths.end] === '分' ? 1 : 0);
    }
  } else if (!endsSpokenAmount(src.norm, end)) {
    return null;
  }
  if (src.norm[end] === '钱') end++;
  return { add, place, end };
}

const TENTHS_UNIT = new Set(['毛', '角']);
/** What may follow a spoken amount: not a letter or digit that would make 块 a classifier of a noun. */
const AFTER_SPOKEN_AMOUNT = /^(?:$|[\s，,。；;：:！？!?、）)」』"”’]|的|钱|左右|多|一(?=[杯瓶斤个份张次碗盒包])|每)/;

function endsSpokenAmount(norm: string, at: number): boolean {
  return AFTER_SPOKEN_AMOUNT.test(norm.slice(at, at + 2));
}
