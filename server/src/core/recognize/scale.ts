/**
 * English scale words after digits: "1.6B", "$2bn", "650 million", "150k", "322 hundred",
 * "13 lakh", "3 dozens". Case matters for the one-letter forms ("10M" is ten million, "1m" alone is
 * a metre; with a currency sign "$1.6m" is money), as in the conformance data.
 */
import { LEXICON, WordTable, type ScaleEntry } from './lexicon';
import { isAsciiLetter, isDigit, isSpace, type Source } from './text';

const EN_SCALES = LEXICON.scales.filter((s) => s.lang === 'en');
const EXACT = new WordTable(EN_SCALES.filter((s) => s.caseSensitive).map((s) => [s.text, s] as const));
const FOLDED = new WordTable(EN_SCALES.filter((s) => !s.caseSensitive).map((s) => [s.text.toLowerCase(), s] as const));

export interface ScaleMatch {
  scale: number;
  end: number;
}

/**
 * The scale word(s) starting at `pos` (right after the digits), or null.
 * `intDigits` is the number of digits before the point (some letters need two: "10G" but not "5G").
 */
export function readEnScale(src: Source, pos: number, opts: { hasCurrency: boolean; intDigits: number }): ScaleMatch | null {
  const first = matchOne(src, pos, opts);
  if (!first) return null;
  let scale = first.entry.value;
  let end = first.end;
  // "hundred million", "lakh crore": a second, larger word multiplies.
  const second = matchOne(src, end, opts);
  if (second && second.spaced && second.entry.value > first.entry.value && second.entry.join !== 'glued' && second.entry.value >= 1000) {
    scale *= second.entry.value;
    end = second.end;
  }
  return { scale, end };
}

function matchOne(
  src: Source,
  pos: number,
  opts: { hasCurrency: boolean; intDigits: number },
): { entry: ScaleEntry; end: number; spaced: boolean } | null {
  let p = pos;
  while (p < src.norm.length && isSpace(src.norm[p]) && p - pos < 2) p++;
  const spaced = p > pos;
  const boundary = (end: number): boolean => !isAsciiLetter(src.norm[end]) && !isDigit(src.norm[end]);
  const candidates = [EXACT.at(src.norm, p, (end) => boundary(end)), FOLDED.at(src.lower, p, (end) => boundary(end))];
  let best: { entry: ScaleEntry; end: number } | null = null;
  for (const m of candidates) {
    if (!m) continue;
    const e = m.data;
    if (spaced && e.join === 'glued') continue;
    if (!spaced && e.join === 'spaced') continue;
    if (e.needsCurrency && !opts.hasCurrency) continue;
    if (e.minDigits !== undefined && opts.intDigits < e.minDigits) continue;
    if (!best || m.end > best.end) best = { entry: e, end: m.end };
  }
  return best ? { ...best, spaced } : null;
}
