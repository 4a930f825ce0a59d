/**
 * What a count counts: a product name ("H100s", "A100"), a unit noun ("weekly users", "tokens",
 * "周活跃用户", "单词"), or a Chinese classifier with or without a noun ("15万块H100", "1.6万个").
 */
import { LEXICON, WordTable, table, wordSet } from './lexicon';
import { isAlnum, isAsciiLetter, isDigit, isSpace, prepare, type Source } from './text';
import { MONTH_NAME_EN } from '../text/monthNames';

const EN_NOUNS = new WordTable(LEXICON.unitNouns.flatMap((u) => u.en.map((w) => [w, u.unit] as const)));
const ZH_NOUNS = new WordTable(LEXICON.unitNouns.flatMap((u) => u.zh.map((w) => [w, u.unit] as const)));
const EN_MODIFIERS = wordSet(LEXICON.unitModifiers.en);
const ZH_MODIFIERS = wordSet(LEXICON.unitModifiers.zh);
const ZH_CLASSIFIERS = table(LEXICON.classifiers.zh);
const EN_PER_UNITS = new WordTable(LEXICON.perUnits.flatMap((u) => u.en.map((w) => [w, u.unit] as const)));
const ZH_PER_UNITS = new WordTable(LEXICON.perUnits.flatMap((u) => u.zh.map((w) => [w, u.unit] as const)));

export interface UnitMatch {
  end: number;
  /** The counted thing: a product name or a canonical noun; '' for a bare classifier. */
  unit: string;
  classifier?: string;
  /** A noun or product was read (not just a classifier). */
  noun?: boolean;
  /** "四个多月", "三个多星期": 多/余 between the classifier and a time noun, a floor on the count. */
  odd?: string;
}

const MEASURES = new WordTable((LEXICON.measureUnits ?? []).flatMap((u) => u.words.map((w) => [w, { unit: u.unit, factor: u.factor ?? 1 }] as const)));

/**
 * "1979 and 989 TFLOPS", "1979和989 TFLOPS", "1979–989 TFLOPS": the unit of a measured number that the
 * number at `pos` is coordinated with (and, or, to, 和, 与, 及, 或, 、, a dash or slash between them).
 * Coordination joins like with like, so a value written before such a pair is a value of that unit.
 */
const COORDINATOR = /^\s*(?:and|or|to|&|和|与|及|跟|或|至|、|[-–—~～/])\s*\d[\d,]*(?:\.\d+)?/i;

export function coordinatedMeasure(src: Source, pos: number): { unit: string; factor: number } | null {
  const m = COORDINATOR.exec(src.norm.slice(pos, pos + 24));
  if (!m) return null;
  const measure = readMeasureUnit(src, pos + m[0].length);
  return measure && { unit: measure.unit, factor: measure.factor };
}

/**
 * Whether the digits ending at `end` of `text` are a measured value: a unit of measurement follows them
 * ("1979 TFLOPS") or a measured number they are coordinated with ("1979 and 989 TFLOPS"). For readers
 * of plain text (the period patterns: such digits are never a year).
 */
export function measuredAt(text: string, start: number, end: number): boolean {
  const src = prepare(text.slice(end, end + 40));
  return readMeasureUnit(src, 0) !== null || (!datedBefore(text, start) && coordinatedMeasure(src, 0) !== null);
}

/** Words after which a four-digit number is a year: a preposition of time, a quarter or a month, 在/于/截至. */
const DATED_BEFORE = new RegExp(
  String.raw`(?:\b(?:in|by|since|during|until|till|before|after|of|from|through|throughout|circa|year|fiscal|FY|CY|Q[1-4]|H[12]|${MONTH_NAME_EN})\.?|在|于|截至|截止|到|从|自|年)\s*$`,
  'i',
);

/** A word of time right before `start` keeps four digits a year ("in 2023 and 40 GW by 2030"). */
export function datedBefore(text: string, start: number): boolean {
  return DATED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/**
 * A unit of measurement right after a number, glued or after one space ("4.8TB/s", "1979 TFLOPS",
 * "700瓦"), matched as written. A letter or digit right after it means a longer word ("Watson").
 * `factor` converts the written unit to `unit`, the one the fact base records the measure in
 * (千瓦时 = 1e-9 TWh, 千瓦 = 1000 W).
 */
export function readMeasureUnit(src: Source, pos: number): { end: number; unit: string; factor: number; glued: boolean } | null {
  const s = src.norm;
  const j = s[pos] === ' ' ? pos + 1 : pos;
  const m = MEASURES.at(s, j, (end) => !isAlnum(s[end]));
  return m ? { end: m.end, unit: m.data.unit, factor: m.data.factor, glued: j === pos } : null;
}

/**
 * A unit of measurement that opens with a Chinese numeral character starts at `pos` (千瓦, 千瓦时,
 * 兆瓦): the numeral before it ends there, so "945亿千瓦时" is 945亿 kWh, not 945亿 and a thousand watts.
 */
export function measureUnitStartsAt(src: Source, pos: number): boolean {
  const s = src.norm;
  return MEASURES.at(s, pos, (end) => !isAlnum(s[end])) !== undefined;
}

/**
 * A Chinese classifier or the multiple suffix 倍 starts at `pos` (项, 个, 家, 年, 倍): a digit right
 * before it counts those things, so it is a number of its own, not the tail of the numeral before.
 */
export function zhCountWordStartsAt(src: Source, pos: number): boolean {
  const s = src.norm;
  return ZH_CLASSIFIERS.at(s, pos) !== undefined || LEXICON.multiples.zhSuffix.some((w) => s.startsWith(w, pos));
}

/** English words end at a non-letter; a Chinese noun may be followed by anything ("单词30美元"). */
const wordEnd = (s: string) => (end: number) => !isAsciiLetter(s[end - 1]) || (!isAsciiLetter(s[end]) && !isDigit(s[end]));

/**
 * A product-like token at `pos`: 1-4 capital letters, 2-4 digits, up to 3 capitals, optional plural
 * "s" (H100, H100s, A100, MI300X, GB200, H20). Returns the name without the plural.
 */
function readProduct(src: Source, pos: number): { end: number; name: string } | null {
  const s = src.norm;
  if (isAlnum(s[pos - 1])) return null;
  let j = pos;
  while (j < s.length && s[j]! >= 'A' && s[j]! <= 'Z' && j - pos < 4) j++;
  const letters = j - pos;
  if (letters === 0) return null;
  const digitsStart = j;
  while (j < s.length && isDigit(s[j]) && j - digitsStart < 4) j++;
  if (j - digitsStart < 2) return null;
  const tailStart = j;
  while (j < s.length && s[j]! >= 'A' && s[j]! <= 'Z' && j - tailStart < 3) j++;
  const nameEnd = j;
  if (s[j] === 's' && !isAlnum(s[j + 1])) j++;
  if (isAlnum(s[j])) return null;
  return { end: j, name: src.text.slice(pos, nameEnd) };
}

/** English: "[modifiers] (product [noun] | noun)" after at least one space: "150k H100s", "100 million weekly users". */
export function readEnUnit(src: Source, pos: number): UnitMatch | null {
  const s = src.lower;
  let j = pos;
  if (s[j] === '-' && isAsciiLetter(s[j + 1])) j++;
  else {
    if (!isSpace(s[j])) return null;
    while (isSpace(s[j]) && j - pos < 2) j++;
  }
  for (let n = 0; n < 3; n++) {
    const mod = EN_MODIFIERS.at(s, j, wordEnd(s));
    if (!mod || !isSpace(s[mod.end])) break;
    // Only skip a modifier when a unit follows it; "new" alone is not a unit.
    j = mod.end + 1;
  }
  const product = readProduct(src, j);
  if (product) {
    let end = product.end;
    if (isSpace(s[end])) {
      const noun = EN_NOUNS.at(s, end + 1, wordEnd(s));
      if (noun && noun.data === 'GPU') end = noun.end;
    }
    return { end, unit: product.name };
  }
  const noun = EN_NOUNS.at(s, j, wordEnd(s));
  if (noun) return { end: noun.end, unit: noun.data };
  return null;
}

/** Chinese: "[classifier][modifiers](product | noun)" right after the number, spaces tolerated. */
export function readZhUnit(src: Source, pos: number): UnitMatch | null {
  const s = src.lower;
  let j = pos;
  while (isSpace(s[j]) && j - pos < 2) j++;
  const direct = zhNounOrProduct(src, j);
  if (direct) return direct;
  const cls = ZH_CLASSIFIERS.at(src.norm, j);
  if (!cls) return null;
  let k = cls.end;
  while (isSpace(s[k]) && k - cls.end < 1) k++;
  const noun = zhNounOrProduct(src, k);
  if (noun) return { ...noun, classifier: cls.word, noun: true };
  const odd = oddTimeSpan(src, k);
  if (odd && cls.word === '个') return { ...odd.noun, classifier: cls.word, noun: true, odd: odd.word };
  return { end: cls.end, unit: cls.data, classifier: cls.word };
}

/**
 * "四个多月", "两个多小时": 多 (or 余) between 个 and a unit of time says "some N and more" of that time
 * unit; the count is a stretch of time with a floor, never a bare "四个" (an operand of nothing).
 */
const ODD_WORDS = ['多', '余'];
const TIME_NOUN_UNITS = new Set(['month', 'week', 'day', 'hour', 'minute', 'year', 'quarter']);

function oddTimeSpan(src: Source, pos: number): { noun: UnitMatch; word: string } | null {
  const word = ODD_WORDS.find((w) => src.norm.startsWith(w, pos));
  if (!word) return null;
  const noun = ZH_NOUNS.at(src.lower, pos + word.length);
  const cls = noun ? null : ZH_CLASSIFIERS.at(src.norm, pos + word.length);
  const unit = noun?.data ?? cls?.data;
  const end = noun?.end ?? cls?.end;
  return unit && end !== undefined && TIME_NOUN_UNITS.has(unit) ? { noun: { end, unit }, word } : null;
}

function zhNounOrProduct(src: Source, pos: number): UnitMatch | null {
  let j = pos;
  for (let n = 0; n < 2; n++) {
    const mod = ZH_MODIFIERS.at(src.lower, j);
    if (!mod) break;
    j = mod.end;
  }
  const product = readProduct(src, j);
  if (product) {
    const noun = ZH_NOUNS.at(src.lower, product.end, wordEnd(src.lower));
    return { end: noun && noun.data === 'GPU' ? noun.end : product.end, unit: product.name };
  }
  const noun = ZH_NOUNS.at(src.lower, j, zhWordEnd(src.lower));
  if (noun) return { end: noun.end, unit: noun.data };
  return null;
}

/**
 * Chinese text writes no space between scripts: a Latin noun of three letters or more may be followed
 * by the next number ("每百万tokens1.10美元"); shorter ones keep the English boundary.
 */
const zhWordEnd = (s: string) => (end: number, word: string) =>
  wordEnd(s)(end) || (word.length >= 3 && /^[a-z]+$/.test(word) && isDigit(s[end]));

/** Length of the Chinese unit noun starting at `pos` (日活跃用户), 0 when none. */
export function zhNounLengthAt(src: Source, pos: number): number {
  return ZH_NOUNS.at(src.lower, pos)?.word.length ?? 0;
}

/** The noun of a price denominator: "month", "token", "月", "单词". */
export function readPerUnit(src: Source, pos: number, lang: 'en' | 'zh'): { end: number; unit: string } | null {
  if (lang === 'en') {
    const m = EN_PER_UNITS.at(src.lower, pos, (end) => !isAsciiLetter(src.lower[end]) || src.lower.startsWith('s', end));
    if (!m) return null;
    const end = src.lower[m.end] === 's' && !isAsciiLetter(src.lower[m.end + 1]) ? m.end + 1 : m.end;
    return { end, unit: m.data };
  }
  const m = ZH_PER_UNITS.at(src.lower, pos);
  return m ? { end: m.end, unit: m.data } : null;
}
