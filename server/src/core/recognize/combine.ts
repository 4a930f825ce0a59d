/**
 * Joins neighbouring quantities the scan found separately:
 * - ranges: "$25k to $40k", "2.5万至4万美元", "30-40%" (not "from 5% to 10%", which is a change);
 * - price denominators: "$30 per 1M tokens", "$20 a month", "每75万个单词30美元", "每月20美元", and one
 *   written once for coordinated prices ("$0.01 per thousand tokens and output $0.03": sharedPer.ts);
 * - dollars and cents: "3 dollars 50 cents", "thirteen dollars forty five".
 */
import type { Lang, Quantity } from '../model';
import { LEXICON, wordSet, type WordTable } from './lexicon';
import { tidy } from './precision';
import { isAsciiLetter, isPunct, isSpace, type Source } from './text';
import { readPerUnit } from './units';
import { sharePerInCoordination } from './sharedPer';

const CONNECTORS = new Set([...LEXICON.rangeConnectors.en, ...LEXICON.rangeConnectors.zh]);
const CHANGE_OPENERS = wordSet(LEXICON.changeOpeners);
const BETWEEN = wordSet(LEXICON.rangeOpeners);
const EN_PER = LEXICON.perWords.en;
const ZH_PER = LEXICON.perWords.zhPrefix;
const PER_AMOUNTS_EN = Object.entries(LEXICON.perAmounts.en);
const NOT_PER_AFTER = ['earlier', 'ago', 'later', 'before', 'after', 'prior'];

export function combine(src: Source, lang: Lang, qs: Quantity[]): Quantity[] {
  const ranged = joinRanges(src, qs);
  shareCurrencyInLists(src, ranged);
  shareCurrencyInSlashPairs(src, ranged);
  const cents = lang === 'en' ? joinCents(src, ranged) : ranged;
  for (let k = 0; k < cents.length; k++) {
    const q = cents[k]!;
    if (q.kind !== 'money' || q.per) continue;
    const per = perAfter(src, q, cents[k + 1]) ?? perBefore(src, q, cents[k - 1], k > 0 ? cents[k - 1]!.end : 0);
    if (per) {
      q.per = per;
      q.unit = per.unit;
    }
  }
  sharePerInCoordination(src, cents);
  return cents;
}

const LIST_SEPARATORS = new Set(['、', '和', '与', '及', ',', ', ', 'and', ', and', '以及']);

/**
 * "2.4亿、7.5亿和15.5亿美元": amounts listed with the same scale word share the currency written after
 * the last one. Only bare numbers with that exact scale word take it.
 */
function shareCurrencyInLists(src: Source, qs: Quantity[]): void {
  for (let k = qs.length - 1; k > 0; k--) {
    const q = qs[k]!;
    if (q.kind !== 'money' || !q.currency || q.style.scaleWord === '') continue;
    for (let j = k - 1; j >= 0; j--) {
      const prev = qs[j]!;
      const next = qs[j + 1]!;
      const gap = src.norm.slice(prev.end, next.start).trim();
      if (prev.kind !== 'number' || prev.style.scaleWord !== q.style.scaleWord || !LIST_SEPARATORS.has(gap)) break;
      prev.kind = 'money';
      prev.currency = q.currency;
    }
  }
}

/**
 * "0.8/4美元", "2.5/10元": a price sheet's pair written with the currency once, after the second price,
 * is two prices (input / output) in that currency. Only a bare number (no unit, no scale word) right
 * before the slash takes it, and only from a price written without a scale word ("3/4亿美元" is left alone).
 */
function shareCurrencyInSlashPairs(src: Source, qs: Quantity[]): void {
  for (let k = 1; k < qs.length; k++) {
    const [prev, q] = [qs[k - 1]!, qs[k]!];
    if (q.kind !== 'money' || !q.currency || q.style.scaleWord !== '' || q.bound !== 'exact') continue;
    if (prev.kind !== 'number' || prev.unit || prev.style.scaleWord !== '' || prev.bound !== 'exact') continue;
    if (src.norm.slice(prev.end, q.start).trim() !== '/' || /[/\d]\s*$/.test(src.norm.slice(Math.max(0, prev.start - 2), prev.start))) continue;
    prev.kind = 'money';
    prev.currency = q.currency;
  }
}

function joinRanges(src: Source, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1];
    const merged = b ? rangeOf(src, a, b) : null;
    if (merged) {
      out.push(merged);
      k++;
    } else out.push(a);
  }
  return out;
}

function rangeOf(src: Source, a: Quantity, b: Quantity): Quantity | null {
  const gap = src.lower.slice(a.end, b.start);
  if (gap.length > 6) return null;
  const connector = gap.trim();
  const between = wordEndingBefore(src, a.start, BETWEEN);
  if (connector === 'and' || connector === '和') {
    if (!between) return null;
  } else if (!CONNECTORS.has(connector)) return null;
  if ((connector === 'to' || connector === '到') && wordEndingBefore(src, a.start, CHANGE_OPENERS)) return null;
  if (connector.length > 1 && isAsciiLetter(connector[0]) && !isSpace(gap[0])) return null;
  // "three-nought-four", "twenty-one": hyphens between number words compound them, they do not span.
  if (connector === '-' && (startsWithLetter(a) || startsWithLetter(b))) return null;
  const hedged = hedgesWholeRange(src, a, connector);
  if ((a.bound !== 'exact' && !hedged) || b.bound !== 'exact' || (a.hedge && !hedged) || b.hedge) return null;
  if (a.kind !== b.kind && a.kind !== 'number' && b.kind !== 'number') return null;
  if (a.currency && b.currency && a.currency !== b.currency) return null;
  // "30-40万", "$25-40k": the first end borrows the second end's scale when it has none.
  // "$50-100 million": a bare second end only joins with a dash, never with "to" (rose 12.5% to 3,100).
  if (b.kind === 'number' && a.kind !== 'number' && !['-', '–', '—', '~'].includes(connector)) return null;
  let factor = 1;
  if (a.style.scale === 1 && a.style.scaleWord === '' && b.style.scale > 1 && b.style.scaleWord !== '' && a.value * b.style.scale <= b.value) {
    factor = b.style.scale;
  }
  const lowValue = a.value * factor;
  if (!(lowValue < b.value)) return null;
  const low = a.low === null ? null : tidy(a.low * factor);
  const q: Quantity = {
    start: a.start,
    end: b.end,
    text: src.text.slice(a.start, b.end),
    kind: b.kind === 'number' ? a.kind : b.kind,
    value: tidy((lowValue + b.value) / 2),
    low,
    high: b.high,
    bound: 'range',
    style: {
      ...b.style,
      numberSpan: { start: a.style.numberSpan.start, end: b.start - a.start + b.style.numberSpan.end },
    },
  };
  const currency = b.currency ?? a.currency;
  if (currency) q.currency = currency;
  const unit = b.unit ?? a.unit;
  if (unit) q.unit = unit;
  // "10–12 GW": the range ends where its second end does, so the unit written after it is the range's.
  if (b.unitAfter) q.unitAfter = b.unitAfter;
  if (between) q.hedge = src.text.slice(between.start, between.end);
  else if (hedged && a.hedge) q.hedge = a.hedge;
  return q;
}

/** Dashes and tildes: the connectors that join two ends written as one figure ("28-29", "5000万~1亿"). */
const TIGHT_CONNECTORS = new Set(['-', '–', '—', '~', '～']);

/**
 * "~$28-29B", "about 30-40%", "约28-29亿美元": an "about" written before a range the dash or tilde joins
 * hedges the whole range, not its first end alone (read alone, "$28" lost the second end's scale). Only an
 * approximating hedge before the first end, and only those tight connectors: "from about $5 to $10 billion"
 * is a change, and "more than 5-10%" is left alone.
 */
function hedgesWholeRange(src: Source, a: Quantity, connector: string): boolean {
  if (a.bound !== 'approx' || !a.hedge || !TIGHT_CONNECTORS.has(connector)) return false;
  return src.text.slice(Math.max(0, a.start - a.hedge.length - 2), a.start).includes(a.hedge);
}

function startsWithLetter(q: Quantity): boolean {
  return isAsciiLetter(q.text[q.style.numberSpan.start]);
}

/** A word of `table` ending right before `start` (a space allowed): "between", "from", 介于, 从. */
function wordEndingBefore(src: Source, start: number, table: WordTable<true>): { start: number; end: number } | null {
  let j = start;
  while (j > 0 && isSpace(src.lower[j - 1]) && start - j < 2) j--;
  const m = table.endingAt(src.lower, j, (s) => !isAsciiLetter(src.lower[s - 1]) || !isAsciiLetter(src.lower[s]));
  return m ? { start: m.start, end: m.end } : null;
}

/** "$30 per 1M tokens", "$20 a month", "$20/month", "$0.5 per million tokens". */
function perAfter(src: Source, q: Quantity, next: Quantity | undefined): Quantity['per'] | null {
  const s = src.lower;
  let p = q.end;
  let matched = false;
  for (const w of EN_PER) {
    if (w === '/') {
      if (s[p] === '/') {
        p++;
        matched = true;
        break;
      }
      continue;
    }
    if (isSpace(s[p]) && s.startsWith(w, p + 1) && isSpace(s[p + 1 + w.length])) {
      p = p + 2 + w.length;
      matched = true;
      break;
    }
  }
  if (!matched) return null;
  if (next && next.start === p && (next.kind === 'count' || next.kind === 'number') && next.unit) {
    return { amount: next.value, unit: next.unit };
  }
  let amount = 1;
  for (const [word, value] of PER_AMOUNTS_EN) {
    if (s.startsWith(word.toLowerCase(), p) && isSpace(s[p + word.length])) {
      amount = value;
      p += word.length + 1;
      break;
    }
  }
  const unit = readPerUnit(src, p, 'en');
  if (!unit) return null;
  let k = unit.end;
  while (isSpace(s[k]) && k - unit.end < 2) k++;
  for (const w of NOT_PER_AFTER) if (s.startsWith(w, k) && !isAsciiLetter(s[k + w.length])) return null;
  return { amount, unit: unit.unit };
}

/** "每75万个单词30美元", "每月20美元", "用户每月支付20美元": 每 and a denominator shortly before. */
function perBefore(src: Source, q: Quantity, prev: Quantity | undefined, floor: number): Quantity['per'] | null {
  const s = src.norm;
  if (prev && prev.end <= q.start && q.start - prev.end <= 4 && noPunct(s, prev.end, q.start)) {
    const marker = s.slice(Math.max(0, prev.start - 1), prev.start);
    if (ZH_PER.includes(marker) && (prev.kind === 'count' || prev.kind === 'number') && prev.unit) {
      return { amount: prev.value, unit: prev.unit };
    }
  }
  for (let j = q.start - 1; j >= Math.max(floor, q.start - 12); j--) {
    if (isPunct(s[j])) return null;
    if (ZH_PER.includes(s[j]!)) {
      const unit = readPerUnit(src, j + 1, 'zh');
      return unit ? { amount: 1, unit: unit.unit } : null;
    }
  }
  return null;
}

function noPunct(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (isPunct(s[j]) && !isSpace(s[j])) return false;
  return true;
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "c $ 100 and fifty". */
function joinCents(src: Source, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1];
    if (b && a.kind === 'money' && Number.isInteger(a.value) && a.style.scale === 1 && !a.per) {
      const gap = src.lower.slice(a.end, b.start);
      const centsMoney = b.kind === 'money' && b.currency === a.currency && b.style.scale === 0.01;
      const bareCents = b.kind === 'number' && Number.isInteger(b.value) && b.value > 0 && b.value < 100 && clauseEndsAfter(src, b.end);
      if ((gap === ' ' || gap === ' and ') && (centsMoney || bareCents)) {
        const add = centsMoney ? b.value : b.value / 100;
        const value = tidy(a.value + add);
        out.push({ ...a, end: b.end, text: src.text.slice(a.start, b.end), value, low: value, high: value });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function clauseEndsAfter(src: Source, end: number): boolean {
  let j = end;
  while (isSpace(src.lower[j]) && j - end < 2) j++;
  const c = src.lower[j];
  return c === undefined || (isPunct(c) && !isSpace(c)) || src.lower.startsWith('and ', j);
}
