/**
 * The cardinal grammar of English number words: units, teens and tens, "hundred", big multipliers
 * ("one million two thousand", "three lakh crore"), "and" between groups, and dozens
 * ("three hundred and two dozens" = 324).
 */
import type { Tok, TokType } from './en-tokens';

export interface IntResult {
  value: number;
  place: number;
  next: number; // index of the first token not used
  /** Index of the last value token used, and whether an "and" came right before it. */
  last: number;
  andBeforeLast: boolean;
  fromArticle: boolean;
  count: number;
}

/** Standard cardinal grammar with hundreds, big multipliers and dozens. */
export function parseInteger(t: Tok[], i: number): IntResult | null {
  let total = 0;
  let current = 0;
  let curPlace = Infinity;
  let minPlace = Infinity;
  let lastType: TokType | 'hundred' | null = null;
  let lastMult = Infinity;
  let smallSinceHundred = 0;
  let fromArticle = false;
  let k = i;
  let last = -1;
  let andBeforeLast = false;
  let count = 0;
  let pendingAnd = false;
  if (t[k]?.type === 'article') {
    const n = t[k + 1];
    if (!n || (n.type !== 'mult' && n.type !== 'dozen')) return null;
    current = 1;
    curPlace = 1;
    smallSinceHundred = 1;
    lastType = 'unit';
    fromArticle = true;
    k++;
  }
  for (; k < t.length; k++) {
    const tok = t[k]!;
    const ty = tok.type;
    if (ty === 'and') {
      if (pendingAnd || lastType === null || lastType === 'zero') break;
      pendingAnd = true;
      continue;
    }
    const afterAnd = pendingAnd;
    let ok = false;
    if (ty === 'zero') {
      ok = lastType === null && !afterAnd;
      if (ok) {
        current = 0;
        curPlace = 1;
      }
    } else if (ty === 'unit') {
      ok = lastType === null || lastType === 'mult' || lastType === 'hundred' || (lastType === 'tens' && smallSinceHundred % 10 === 0);
      if (ok) {
        current += tok.value;
        smallSinceHundred += tok.value;
        curPlace = 1;
      }
    } else if (ty === 'teen' || ty === 'tens') {
      ok = lastType === null || lastType === 'mult' || lastType === 'hundred';
      if (ok) {
        current += tok.value;
        smallSinceHundred = tok.value;
        curPlace = ty === 'tens' ? 10 : 1;
      }
    } else if (ty === 'mult' && tok.value === 100) {
      ok = !afterAnd && (lastType === 'unit' || lastType === 'teen' || lastType === 'tens') && current % 100 !== 0;
      if (ok) {
        const small = current % 100;
        current = current - small + small * 100;
        curPlace *= 100;
        smallSinceHundred = 0;
        lastType = 'hundred';
        last = k;
        andBeforeLast = false;
        count++;
        continue;
      }
    } else if (ty === 'mult') {
      if (!afterAnd && current === 0 && lastType === 'mult' && tok.value > lastMult && total > 0) {
        total *= tok.value;
        minPlace *= tok.value;
        lastMult = tok.value;
        ok = true;
      } else if (!afterAnd && current > 0 && tok.value < lastMult && lastType !== null && lastType !== 'zero') {
        total += current * tok.value;
        minPlace = Math.min(minPlace, curPlace * tok.value);
        current = 0;
        curPlace = Infinity;
        lastMult = tok.value;
        smallSinceHundred = 0;
        ok = true;
      }
    } else if (ty === 'dozen') {
      ok = !afterAnd && lastType !== null && lastType !== 'zero' && lastType !== 'mult';
      if (ok) {
        const small = lastType === 'hundred' ? current : smallSinceHundred;
        current = current - small + small * 12;
        curPlace = 1;
        last = k;
        count++;
        k++;
        lastType = ty;
        break;
      }
    }
    if (!ok) break;
    lastType = ty;
    last = k;
    andBeforeLast = afterAnd;
    pendingAnd = false;
    count++;
  }
  if (last < 0) return null;
  const value = total + current;
  const place = Math.min(minPlace, curPlace);
  return { value, place: place === Infinity ? 1 : place, next: last + 1, last, andBeforeLast, fromArticle, count };
}
