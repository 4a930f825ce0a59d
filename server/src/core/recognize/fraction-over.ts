/**
 * "2000 over 3", "one over twenty", "one out of three": a fraction written with a word. Read only at
 * the end of a clause, so "$2000 over 3 years" and "over 3 years" stay amounts and durations.
 */
import { parseArabic } from './arabic';
import type { Core } from './core';
import { parseEnWords } from './en-words';
import { isAsciiLetter, isDigit, isPunct, isSpace, type Source } from './text';

const CONNECTORS = ['over', 'out of'];

export function fractionOver(src: Source, core: Core, end: number): { value: number; end: number } | null {
  const s = src.lower;
  if (!isSpace(s[end])) return null;
  let p = end;
  while (isSpace(s[p]) && p - end < 2) p++;
  let q = -1;
  for (const c of CONNECTORS) {
    if (s.startsWith(c, p) && isSpace(s[p + c.length])) q = p + c.length;
  }
  if (q < 0) return null;
  while (isSpace(s[q]) && q - p < 12) q++;
  let den: { value: number; end: number } | null = null;
  if (isDigit(s[q])) {
    const a = parseArabic(src, q);
    if (a && !a.version && Number.isFinite(a.value)) den = { value: a.value, end: a.end };
  } else if (isAsciiLetter(s[q])) {
    const w = parseEnWords(src, q);
    if (w && !w.fraction) den = { value: w.value, end: w.end };
  }
  if (!den || den.value === 0) return null;
  let k = den.end;
  while (isSpace(s[k]) && k - den.end < 3) k++;
  if (s[k] !== undefined && !isPunct(s[k])) return null;
  return { value: core.value / den.value, end: den.end };
}
