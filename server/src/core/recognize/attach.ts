/**
 * What follows a number and changes what it is: a kind suffix (%, 个百分点, 倍, 成), a currency word
 * (with 角/分 after 元), or a unit: a noun, a product, a classifier ("150k H100s", "15万块H100",
 * "billions of dollars").
 */
import type { Lang, QuantityKind } from '../model';
import { cnySubunitAt, cnySubunitsAfter, colloquialYuanAt, currencyAfter } from './currency';
import { kindSuffix } from './suffix';
import { isCjk, type Source } from './text';
import { readEnUnit, readMeasureUnit, readZhUnit, type UnitMatch } from './units';
import { ZH_DIGITS } from './zh-numeral';

export interface Reading {
  kind: QuantityKind;
  value: number;
  place: number;
  scale: number;
  end: number;
  currency: string | undefined;
  unit?: string;
  classifier?: string;
  /** A noun or product followed the classifier (一台服务器), not just the classifier (一个). */
  withNoun?: boolean;
  /** 多/余 written between the classifier and a time noun ("四个多月"): the count is a floor. */
  odd?: string;
  /** Where a unit written after a space ends ("12 GW"): read, but `end` stays before it. */
  unitEnd?: number;
}

/** Reads what follows `r.end` and returns the updated reading (the input is not modified). */
export function attach(src: Source, lang: Lang, r: Reading, hints: { integerWritten: boolean; chinese: boolean; currencyBefore: boolean }): Reading {
  const out = { ...r };
  if (out.kind !== 'number' && out.kind !== 'vague') return out;
  // "4.8TB/s", "1979 TFLOPS": a measurement, still a number, with its unit (a glued unit is part of
  // the quantity's text; a spaced one is read, not covered).
  const measure = out.kind === 'number' && !out.currency ? readMeasureUnit(src, out.end) : null;
  // A prefixed unit is read in the base's unit ("945亿千瓦时" = 94.5 TWh); the scale keeps the factor so
  // a fix is written back in kWh, as subunits of a currency do ("50 cents").
  if (measure) {
    const f = measure.factor;
    return { ...out, value: out.value * f, place: out.place * f, scale: out.scale * f, unit: measure.unit, end: measure.glued ? measure.end : out.end, ...(measure.glued ? {} : { unitEnd: measure.end }) };
  }
  const ks = hints.currencyBefore || out.kind === 'vague' ? null : kindSuffix(src, out.end, { value: out.value, integerWritten: hints.integerWritten, chinese: hints.chinese });
  if (ks) {
    out.kind = ks.kind;
    out.value = out.value * ks.scale + (ks.add ?? 0);
    out.place = ks.add !== undefined ? 1 : out.place * ks.scale;
    out.scale *= ks.scale;
    out.end = ks.end;
    return out;
  }
  // "三块五": a classifier 块 with tenths after it is colloquial yuan (currency.ts).
  const spoken = out.kind === 'number' && out.scale === 1 && Number.isInteger(out.value) && (!out.currency || out.currency === 'CNY') ? colloquialYuanAt(src, out.end, (at) => zhDigitAt(src, at)) : null;
  if (spoken) return { ...out, kind: 'money', currency: 'CNY', value: out.value + spoken.add, place: spoken.place, end: spoken.end };
  const ca = currencyAfter(src, out.end) ?? vagueCurrency(src, out.end, out.kind) ?? prefixedSubunit(src, out, hints.currencyBefore);
  if (ca && (!out.currency || ca.code === out.currency)) {
    out.currency = ca.code;
    out.value *= ca.factor;
    out.place *= ca.factor;
    out.scale *= ca.factor;
    out.end = ca.end;
    // After 元, or after 毛 ("人民币四毛五": 0.45): the smaller subunits that follow.
    if (ca.code === 'CNY' && (ca.factor === 1 || ca.factor === 0.1)) {
      const sub = cnySubunitsAfter(src, out.end, (at) => zhDigitAt(src, at), ca.factor);
      if (sub) {
        out.value += sub.add;
        out.place = Math.min(out.place, 0.01);
        out.end = sub.end;
      }
    }
  }
  if (out.currency && out.kind === 'number') out.kind = 'money';
  if (out.kind === 'number' || (out.kind === 'vague' && !out.currency)) {
    const u = vagueOf(src, out.end, out.kind) ?? (lang === 'zh' || isCjk(src.norm[out.end]) ? readZhUnit(src, out.end) : readEnUnit(src, out.end));
    if (u) {
      if (out.kind === 'number') out.kind = 'count';
      if (u.unit) out.unit = u.unit;
      if (u.classifier) out.classifier = u.classifier;
      out.withNoun = u.noun === true;
      if (u.odd) out.odd = u.odd;
      out.end = u.end;
    }
  }
  return out;
}

/** "人民币四毛", "¥5角": 角/毛/分 right after a number whose currency was written before it (currency.ts). */
function prefixedSubunit(src: Source, r: Reading, currencyBefore: boolean): ReturnType<typeof currencyAfter> {
  if (!currencyBefore || r.currency !== 'CNY' || r.kind !== 'number') return null;
  const sub = cnySubunitAt(src, r.end);
  return sub ? { end: sub.end, code: 'CNY', factor: sub.factor } : null;
}

/** "billions of dollars", "millions of users": the noun after "of" of a vague magnitude. */
function vagueOf(src: Source, end: number, kind: QuantityKind): UnitMatch | null {
  if (kind !== 'vague' || !src.lower.startsWith(' of', end)) return null;
  return readEnUnit(src, end + 3);
}

/** "billions of dollars": the currency after "of". */
function vagueCurrency(src: Source, end: number, kind: QuantityKind): ReturnType<typeof currencyAfter> {
  if (kind !== 'vague' || !src.lower.startsWith(' of ', end)) return null;
  return currencyAfter(src, end + 3);
}

function zhDigitAt(src: Source, at: number): { value: number; end: number } | null {
  const c = src.norm[at];
  if (c === undefined) return null;
  const d = ZH_DIGITS.get(c) ?? (c >= '0' && c <= '9' ? Number(c) : undefined);
  return d === undefined ? null : { value: d, end: at + 1 };
}
