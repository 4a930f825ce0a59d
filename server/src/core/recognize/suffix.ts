/**
 * What a number turns into from the word right after it: a percentage ("30%", "30 percent", "3‰"),
 * percentage points ("6个百分点", "6 percentage points", "50 bps"), a multiple ("3x", "10-fold", "3倍"),
 * or a Chinese share (九成 = 90%, 八五折 = 85%).
 */
import type { QuantityKind } from '../model';
import { LEXICON, WordTable } from './lexicon';
import { matchLoose } from './read-zh';
import { isAlnum, isAsciiLetter, isDigit, isSpace, type Source } from './text';
import { ZH_DIGITS } from './zh-numeral';

export interface KindSuffix {
  kind: QuantityKind;
  /** Value multiplier (‰ -> 0.1, basis points -> 0.01, 成 -> 10). */
  scale: number;
  /** Extra value after the suffix (七成六 -> +6, 三成半 -> +5). */
  add?: number;
  end: number;
}

const EN_PERCENT = new WordTable(LEXICON.percent.en.map((p) => [p.text, p.scale] as const));
const EN_POINTS = new WordTable(LEXICON.points.en.map((p) => [p.text, p.scale] as const));
const EN_POINTS_OF = LEXICON.points.enPointsOf;
const EN_MULTIPLE = LEXICON.multiples.enSuffix;
const ZH_MULTIPLE = LEXICON.multiples.zhSuffix;

const endsWord = (s: string) => (end: number) => !isAsciiLetter(s[end]) && !isDigit(s[end]);

export function kindSuffix(src: Source, pos: number, core: { value: number; integerWritten: boolean; chinese: boolean }): KindSuffix | null {
  const s = src.norm;
  const lower = src.lower;
  let p = pos;
  while (isSpace(s[p]) && p - pos < 4) p++;
  const spaced = p > pos;
  // Chinese points first: "个百分点" contains "百分", never read it as anything else.
  for (const z of LEXICON.points.zh) {
    const end = matchLoose(s, p, z.text);
    if (end !== null) return { kind: 'points', scale: z.scale, end };
  }
  const enSpaced = p - pos <= 1;
  if (enSpaced) {
    const points = EN_POINTS.at(lower, p, endsWord(lower));
    if (points && (spaced || points.word.length <= 4)) return { kind: 'points', scale: points.data, end: points.end };
    if (spaced) {
      for (const w of EN_POINTS_OF) {
        if (lower.startsWith(w, p) && !isAsciiLetter(lower[p + w.length])) {
          return { kind: 'points', scale: 1, end: p + w.indexOf(' ') };
        }
      }
    }
    const pct = EN_PERCENT.at(lower, p, (end) => !isAsciiLetter(lower[end]));
    if (pct && (spaced || !isAsciiLetter(pct.word[0])) && !lower.startsWith(' point', pct.end)) {
      return { kind: 'percent', scale: pct.data, end: pct.end };
    }
  }
  const mult = multipleAt(src, pos, p);
  if (mult !== null) return { kind: 'multiple', scale: 1, end: mult };
  return zhShare(src, p, core);
}

/** "3x", "3×", "10-fold" glued to the number; "3 times" after a space; "3倍". */
function multipleAt(src: Source, pos: number, p: number): number | null {
  const lower = src.lower;
  for (const m of EN_MULTIPLE) {
    const spacedWord = m.length > 1 && isAsciiLetter(m[0]) && m !== 'fold';
    if (spacedWord && p === pos) continue;
    const at = spacedWord ? p : pos;
    if (lower.startsWith(m, at) && !isAlnum(lower[at + m.length])) return at + m.length;
  }
  for (const m of ZH_MULTIPLE) if (src.norm.startsWith(m, p) && p - pos <= 1) return p + m.length;
  return null;
}

/** 九成 (90%), 七成六 (76%), 三成半 (35%), 八折 (80%), 9.5折 (95%), 75折 (75%). */
function zhShare(src: Source, p: number, core: { value: number; integerWritten: boolean; chinese: boolean }): KindSuffix | null {
  const s = src.norm;
  const c = s[p];
  if (c !== '成' && c !== '折') return null;
  const rule = LEXICON.zhShares[c];
  const following = s[p + 1];
  if (rule && following !== undefined && rule.notBefore.includes(following)) return null;
  if (c === '折') {
    if (core.value <= 0) return null;
    if (core.value < 10) return { kind: 'percent', scale: 10, end: p + 1 };
    if (!core.chinese && core.integerWritten && core.value < 100) return { kind: 'percent', scale: 1, end: p + 1 };
    return null;
  }
  if (core.value <= 0 || core.value > 10) return null;
  let q = p + 1;
  while (isSpace(s[q]) && q - p < 3) q++;
  if (s[q] === '半') return { kind: 'percent', scale: 10, add: 5, end: q + 1 };
  const d = ZH_DIGITS.get(s[q] ?? '');
  if (d !== undefined && d > 0 && core.integerWritten && !ZH_DIGITS.has(s[q + 1] ?? '')) {
    return { kind: 'percent', scale: 10, add: d, end: q + 1 };
  }
  return { kind: 'percent', scale: 10, end: p + 1 };
}
