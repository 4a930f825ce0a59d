/**
 * Turns a Core into a Quantity by reading its surroundings, in order: what comes before it (currency,
 * or a reason it is not a claim), scale words right after the digits, what it is followed by
 * (attach.ts), whether a lone Chinese numeral or a bare year should be dropped (accept.ts), then the
 * hedge and the interval the wording allows (precision.ts).
 */
import type { Bound, Lang, Quantity } from '../model';
import { hopelessWeak, keepLoneOne, keepWeak, TIME_UNITS } from './accept';
import { hasFullWidth } from './arabic';
import { attach, type Reading } from './attach';
import type { Core } from './core';
import { currencyAfter, currencyBefore } from './currency';
import { alnumRunEnd, excludedAfter, excludedBefore, isYear, monthAfter, monthBefore, phoneRunEnd } from './exclude';
import { fractionOver } from './fraction-over';
import { hedgeAfter, hedgeBefore } from './hedges';
import { asMagnitude } from './magnitude';
import { LEXICON } from './lexicon';
import { intervalOf, tidy } from './precision';
import { readEnScale } from './scale';
import { isAlnum, isAsciiLetter, isCjk, type Source } from './text';
import { coordinatedMeasure, datedBefore, readMeasureUnit, zhNounLengthAt } from './units';
import { yearBeforeNoun } from './yearBeforeNoun';

export interface Context {
  src: Source;
  lang: Lang;
  /** End of the previous quantity: look-backs never cross it. */
  floor: number;
  /** End of the last model-name number ("Llama 3"): a number right after it belongs to the name. */
  modelChainEnd: number;
}

export interface Assembled {
  q: Quantity | null;
  skipTo: number;
  /** Set when the number was part of a model or product name. */
  modelEnd?: number;
}

const ZH_SCALES = new Map(LEXICON.scales.filter((x) => x.lang === 'zh').map((x) => [x.text, x.value] as const));

export function assemble(core: Core, ctx: Context): Assembled {
  const { src, lang } = ctx;
  const s = src.norm;
  const reject = (skipTo: number): Assembled => ({ q: null, skipTo: Math.max(skipTo, core.start + 1) });
  if (hopelessWeak(src, core)) return reject(core.end);

  const cur = core.kind === undefined || core.kind === 'vague' ? currencyBefore(src, core.start, ctx.floor, lang) : null;
  if (!cur || cur.start === core.start) {
    const found = excludedBefore(src, core.start, ctx.floor, ctx.modelChainEnd);
    const ex = found === 'glued' && wordThenPrice(src, core) ? null : found;
    if (ex === 'model' || ex === 'glued') {
      const end = Math.max(alnumRunEnd(s, core.start), core.start + 1);
      return { q: null, skipTo: end, modelEnd: end };
    }
    if (ex === 'phone') return reject(phoneRunEnd(s, core.start));
    if (ex) return reject(core.end);
  }

  const start = cur ? cur.start : core.start;
  const r = scaled(src, core, !!cur);
  if (!cur && r.kind === 'number' && r.scale === 1) {
    const f = fractionOver(src, core, r.end);
    if (f) Object.assign(r, { value: f.value, place: 0, numEnd: f.end, end: f.end, kind: 'ratio' });
  }

  const exA = excludedAfter(src, core.numStart, r.numEnd, {
    integer: core.integer && r.scale === 1 && r.kind === 'number' && !cur,
    intDigits: core.intDigits,
    currencyFollows: currencyAfter(src, r.numEnd) !== null,
  });
  if (exA) return reject(Math.max(exA.skipTo, r.end));
  const dayOfMonth = core.integer && r.scale === 1 && r.value <= 31 && !cur;
  if (dayOfMonth && (monthBefore(src, core.start, ctx.floor) || monthAfter(src, r.numEnd))) return reject(r.end);

  const a = attach(src, lang, { ...r, currency: cur?.code }, {
    integerWritten: core.decimals === 0 && Number.isInteger(core.value) && !core.grouping,
    chinese: core.numerals === 'chinese',
    currencyBefore: !!cur,
  });
  // A number glued to letters that no suffix explained ("180ml", "3rd", "5G") is not a claim.
  if (isAsciiLetter(s[a.end]) && isAlnum(s[a.end - 1])) return { q: null, skipTo: alnumRunEnd(s, core.start) };
  if (!keepWeak(src, core, a)) return reject(a.kind === 'number' ? core.end : a.end);
  if (!keepLoneOne(src, core, a)) return reject(a.end);
  // "Baidu's 2023 H100 purchases": a year before a counted noun, not a count (yearBeforeNoun.ts).
  if (a.kind === 'count' && core.integer && a.scale === 1 && yearBeforeNoun(s, core.start, s.slice(core.start, core.end))) return reject(core.end);
  if (a.kind === 'number' && !a.unit && core.integer && a.scale === 1 && core.intDigits === 4 && isYear(a.value)) {
    // A bare four-digit number is a year, unless it is coordinated with a measured number ("1979 and 989
    // TFLOPS", "分别为1979和989 TFLOPS"): then it is a value of that unit.
    // A time word right before it keeps it a year ("in 2023 and 40 GW by 2030").
    const measure = datedBefore(src.norm, core.start) ? null : coordinatedMeasure(src, a.end);
    if (!measure) return reject(a.end);
    const f = measure.factor;
    Object.assign(a, { value: a.value * f, place: a.place * f, scale: a.scale * f, unit: measure.unit });
  }

  const { bound, hedge } = boundOf(src, ctx, core, start, a);
  const value = tidy(a.value);
  const interval = a.kind === 'vague' ? { low: core.low ?? null, high: core.high ?? null } : intervalOf(a.kind, value, a.place, bound);
  const q: Quantity = {
    start,
    end: a.end,
    text: src.text.slice(start, a.end),
    kind: a.kind,
    value,
    low: interval.low,
    high: interval.high,
    bound,
    style: {
      lang,
      decimals: core.decimals,
      scale: a.scale,
      scaleWord: r.scaleWord,
      grouping: core.grouping,
      fullWidth: hasFullWidth(src.text, core.numStart, r.numEnd),
      numerals: core.numerals,
      numberSpan: { start: core.numStart - start, end: r.numEnd - start },
    },
  };
  if (a.currency) q.currency = a.currency;
  if (a.unit) q.unit = a.unit;
  if (a.unitEnd !== undefined && a.unitEnd > a.end) q.unitAfter = src.text.slice(a.end, a.unitEnd);
  if (hedge) q.hedge = hedge;
  return { q: asMagnitude(src, q, ctx.floor), skipTo: a.end };
}

interface Scaled extends Reading {
  numEnd: number;
  scaleWord: string;
}

/** Scale words right after the digits: "1.6B", "650 million", "13 lakh", and 十打 (ten dozen). */
function scaled(src: Source, core: Core, hasCurrency: boolean): Scaled {
  const r: Scaled = {
    kind: core.kind ?? 'number',
    value: core.value,
    place: core.place,
    scale: core.scale,
    end: core.end,
    currency: undefined,
    numEnd: core.numEnd,
    scaleWord: core.scaleWord,
  };
  // Words take a scale word only after a small number: "one and a half billion", not "two million billion".
  const small = core.source !== 'words' || Math.abs(core.value) < 1000;
  // "4.8TB/s": a unit of measurement, not a scale letter (T) with letters after it.
  if (!hasCurrency && r.kind === 'number' && readMeasureUnit(src, r.numEnd)) return r;
  if (core.numerals === 'arabic' && small && r.scale === 1 && (r.kind === 'number' || r.kind === 'percent')) {
    const sc = readEnScale(src, r.numEnd, { hasCurrency, intDigits: core.intDigits });
    if (sc) return withScale(src, r, sc.scale, sc.end);
  }
  const zh = r.scale === 1 && r.kind === 'number' && core.source !== 'words' ? ZH_SCALES.get(src.norm[r.numEnd] ?? '') : undefined;
  if (zh !== undefined && src.norm[r.numEnd + 1] !== '折') return withScale(src, r, zh, r.numEnd + 1);
  return r;
}

function withScale(src: Source, r: Scaled, scale: number, end: number): Scaled {
  return { ...r, scale, scaleWord: src.text.slice(r.numEnd, end), value: r.value * scale, place: r.place * scale, numEnd: end, end };
}

/** The bound and hedge word: 多/余/几 inside the numeral first, else a hedge before, else one after. */
function boundOf(src: Source, ctx: Context, core: Core, start: number, a: Reading): { bound: Bound; hedge?: string } {
  if (core.inner) return { bound: core.inner.bound, hedge: core.inner.text };
  if (a.odd) return { bound: 'over', hedge: a.odd };
  const base: Bound = core.bound ?? 'exact';
  const h = hedgeBefore(src, start, ctx.floor) ?? hedgeAfter(src, a.end, ctx.lang);
  if (!h) return { bound: base };
  // "over 3 years", "under two months": a preposition of time, not a bound on the count.
  const word = h.text.toLowerCase();
  if (a.unit && TIME_UNITS.has(a.unit) && (word === 'over' || word === 'under')) return { bound: base };
  return { bound: a.kind === 'vague' ? base : h.bound, hedge: h.text };
}

/**
 * A price glued to the lower-case word before it, in Chinese text that writes no space between scripts
 * ("每百万tokens1.10美元"): a word of three or more lower-case letters, opened by a Chinese character or
 * a space, then a number that a currency word follows. Product and model names (H100, gpt4) have
 * capitals or digits, or no currency after them.
 */
function wordThenPrice(src: Source, core: Core): boolean {
  const s = src.norm;
  let j = core.start;
  while (j > 0 && s[j - 1]! >= 'a' && s[j - 1]! <= 'z' && core.start - j < 20) j--;
  if (core.start - j < 3 || !(j === 0 || isCjk(s[j - 1]) || s[j - 1] === ' ')) return false;
  // Only a unit word ("tokens"), never a model name ("llama3").
  if (zhNounLengthAt(src, j) !== core.start - j) return false;
  const after = ZH_SCALES.has(s[core.numEnd] ?? '') ? core.numEnd + 1 : core.numEnd;
  return currencyAfter(src, after) !== null && isCjk(s[after]);
}
