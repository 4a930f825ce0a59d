/**
 * Vague magnitudes: 数十亿, 几百万, 上百万, 成千上万, "billions", "tens of thousands", "several
 * billion", "multi-billion". They become kind 'vague': a representative value and a broad interval,
 * never checked as an exact number.
 */
import { baseCore, type Core } from './core';
import { LEXICON, WordTable, table } from './lexicon';
import { isAsciiLetter, isSpace, type Source } from './text';

const V = LEXICON.vague;
const ZH_PREFIXES = table(V.zhPrefixes);
const ZH_UNITS = table(V.zhUnits);
const ZH_WORDS = new WordTable(Object.entries(V.zhWords));
const EN_PLURALS = table(V.enPlurals);
const EN_TENS_OF = table(V.enTensOf);
const EN_QUANTIFIERS = new WordTable(V.enQuantifiers.map((q) => [q, true] as const));
const EN_SINGULAR_SCALES = table(LEXICON.enNumberWords.multipliers);

/** A representative value: the geometric middle of the interval, to one significant digit. */
function representative(low: number, high: number): number {
  const mid = Math.sqrt(low * high);
  return Number(mid.toPrecision(1));
}

function vagueCore(src: Source, start: number, end: number, low: number, high: number): Core {
  return baseCore({
    start,
    end,
    value: representative(low, high),
    place: 0,
    numerals: /[a-z]/i.test(src.norm[start] ?? '') ? 'arabic' : 'chinese',
    source: /[a-z]/i.test(src.norm[start] ?? '') ? 'words' : 'zh',
    kind: 'vague',
    low,
    high,
    bound: 'range',
  });
}

export function readZhVague(src: Source, at: number): Core | null {
  const word = ZH_WORDS.at(src.norm, at);
  if (word) return vagueCore(src, at, word.end, word.data[0], word.data[1]);
  const prefix = ZH_PREFIXES.at(src.norm, at);
  if (!prefix) return null;
  const unit = ZH_UNITS.at(src.norm, prefix.end);
  if (!unit) return null;
  return vagueCore(src, at, unit.end, prefix.data * unit.data, 10 * unit.data);
}

const wordBoundary = (s: string) => (end: number) => !isAsciiLetter(s[end]);

export function readEnVague(src: Source, at: number): Core | null {
  const s = src.lower;
  // "tens of thousands", "hundreds of millions"
  const tens = EN_TENS_OF.at(s, at, wordBoundary(s));
  if (tens && s.startsWith(' of ', tens.end)) {
    const plural = EN_PLURALS.at(s, tens.end + 4, wordBoundary(s));
    if (plural && plural.data >= 1000) {
      const base = tens.data * plural.data;
      return vagueCore(src, at, plural.end, 2 * base, 10 * base);
    }
  }
  const plural = EN_PLURALS.at(s, at, wordBoundary(s));
  if (plural) {
    const p = plural.data;
    const high = p === 100 ? 1000 : p === 12 ? 144 : 1000 * p;
    return vagueCore(src, at, plural.end, 2 * p, high);
  }
  // "several billion", "a few million", "multi-billion", "multibillion"
  const q = EN_QUANTIFIERS.at(s, at);
  if (q) {
    let j = q.end;
    if (s[j] === '-' || isSpace(s[j])) j++;
    const scale = EN_SINGULAR_SCALES.at(s, j, wordBoundary(s));
    if (scale && scale.data >= 100) return vagueCore(src, at, scale.end, 2 * scale.data, 10 * scale.data);
  }
  return null;
}
