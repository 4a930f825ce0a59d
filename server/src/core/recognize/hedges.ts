/**
 * Hedge and bound words around a quantity. Leading words ("about", "more than", "约", "超过") and
 * trailing ones ("左右", "以上", "or so") stay OUTSIDE the quantity span and are recorded in `hedge`;
 * 多/余/几 written inside a Chinese numeral (1000多万, 500余万) are read by the numeral parser and are
 * inside the span.
 */
import type { Bound, Lang } from '../model';
import { LEXICON, WordTable, type HedgeEntry } from './lexicon';
import { isAlnum, isAsciiLetter, isCjk, isSpace, type Source } from './text';
import { isZhNumeralChar } from './zh-numeral';

const GAP = LEXICON.zhHedgeGap;

const BEFORE_EN = new WordTable(
  LEXICON.hedges.filter((h) => h.lang === 'en' && h.where === 'before').map((h) => [h.text, h] as const),
);
const BEFORE_ZH = new WordTable(
  LEXICON.hedges.filter((h) => h.lang === 'zh' && h.where === 'before').map((h) => [h.text, h] as const),
);
const AFTER_EN = new WordTable(
  LEXICON.hedges.filter((h) => h.lang === 'en' && h.where === 'after').map((h) => [h.text, h] as const),
);
const AFTER_ZH = new WordTable(
  LEXICON.hedges.filter((h) => h.lang === 'zh' && h.where === 'after').map((h) => [h.text, h] as const),
);

export interface HedgeMatch {
  start: number;
  end: number;
  text: string;
  bound: Bound;
}

const isSymbol = (h: HedgeEntry): boolean => !isAsciiLetter(h.text[0]);

/** The hedge word ending right before `start` (English needs a space unless it is a symbol like "~"). */
export function hedgeBefore(src: Source, start: number, floor: number): HedgeMatch | null {
  let p = start;
  while (p > floor && isSpace(src.norm[p - 1]) && start - p < 2) p--;
  const spaced = p < start;
  const en = BEFORE_EN.endingAt(src.lower, p, (s) => s >= floor && !isAsciiLetter(src.lower[s - 1]));
  // "5000万~1亿": a tilde right after a number joins a range; it is not "about".
  const rangeTilde = en && isSymbol(en.data) && (isAlnum(src.norm[en.start - 1]) || isZhNumeralChar(src.norm[en.start - 1]) || src.norm[en.start - 1] === '%');
  if (en && (spaced || isSymbol(en.data)) && !rangeTilde) return toMatch(src, en.start, en.end, en.data);
  const zh = zhHedgeEndingAt(src, p, floor);
  if (zh) return zh;
  // 大约创造了35亿美元, 约有两万人: the adverb stands before a short verb phrase.
  for (let q = p - 1; q >= floor && p - q <= GAP.maxGap; q--) {
    const c = src.norm[q]!;
    if (!isCjk(c) || GAP.breakers.includes(c) || isZhNumeralChar(c)) break;
    const h = zhHedgeEndingAt(src, q, floor);
    if (h && (h.text.length > 1 || (p - q === 1 && GAP.singleCharGap.includes(c)))) return h;
  }
  return null;
}

function zhHedgeEndingAt(src: Source, p: number, floor: number): HedgeMatch | null {
  const zh = BEFORE_ZH.endingAt(src.norm, p, (s) => s >= floor);
  if (zh && !(zh.data.notAfter && zh.start > 0 && zh.data.notAfter.includes(src.norm[zh.start - 1]!))) {
    return toMatch(src, zh.start, zh.end, zh.data);
  }
  return null;
}

/** The hedge word right after `end`: "左右", "以上", " or so", " plus", "-plus". */
export function hedgeAfter(src: Source, end: number, lang: Lang): HedgeMatch | null {
  const odd = subunitOdd(src, end);
  if (odd) return odd;
  let p = end;
  while (isSpace(src.norm[p]) && p - end < 1) p++;
  const zh = AFTER_ZH.at(src.norm, p);
  if (zh && lang === 'zh') return toMatch(src, zh.start, zh.end, zh.data);
  let q = p;
  if (q === end && src.norm[q] === '-') q++;
  if (q === end) return null;
  const en = AFTER_EN.at(src.lower, q, (e) => !isAsciiLetter(src.lower[e]));
  return en ? toMatch(src, en.start, en.end, en.data) : null;
}

/**
 * "四毛多", "五角多": 多 right after 毛 or 角 says "and some fen more", a floor (多少 is "how much", not a bound).
 * After 元 it is left alone: "三亿元多用于算力" is "mostly", not "more than".
 */
function subunitOdd(src: Source, end: number): HedgeMatch | null {
  const unit = src.norm[end - 1];
  if ((unit !== '毛' && unit !== '角') || src.norm[end] !== '多' || src.norm[end + 1] === '少') return null;
  return { start: end, end: end + 1, text: '多', bound: 'over' };
}

function toMatch(src: Source, start: number, end: number, h: HedgeEntry): HedgeMatch {
  return { start, end, text: src.text.slice(start, end), bound: h.bound };
}
