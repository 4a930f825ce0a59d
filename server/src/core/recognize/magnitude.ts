/**
 * An order of magnitude is not a value. "On the order of $10 billion", "百亿美元量级", "千亿级" say how
 * big a figure is to within a factor of ten; read as the point $10B, a $13B fact would contradict it
 * or another measure's $10B would "match" it. Such a figure becomes kind 'vague' (never judged as an
 * exact number) with the interval it states: 百亿美元量级 is [100亿, 1000亿); "on the order of X" is
 * X within a factor of √10 either way.
 */
import type { Quantity } from '../model';
import { LEXICON } from './lexicon';
import { isAsciiLetter, isSpace, type Source } from './text';

const EN_BEFORE = (LEXICON.vague.enMagnitudeBefore ?? []).map((w) => w.toLowerCase());
/** Longest first, so 数量级 is read before 量级 and 级别 before 级. */
const ZH_AFTER = [...(LEXICON.vague.zhMagnitudeAfter ?? [])].sort((a, b) => b.length - a.length);
/** 量级 and 级 follow a figure written with a scale word (百亿, 10亿), not a level or grade ("3级"). */
const MIN_ZH_SCALE = 1e4;
const HALF_DECADE = Math.sqrt(10);

/** The magnitude word around q, if any, and q read as the magnitude it states. */
export function asMagnitude(src: Source, q: Quantity, floor: number): Quantity {
  if (q.kind !== 'money' && q.kind !== 'number' && q.kind !== 'count') return q;
  const before = enBefore(src, q.start, floor);
  if (before) return vague(q, q.value / HALF_DECADE, q.value * HALF_DECADE, before);
  const after = q.style.scale >= MIN_ZH_SCALE ? zhAfter(src, q.end) : undefined;
  if (after) return vague(q, q.value, q.value * 10, after);
  return q;
}

function vague(q: Quantity, low: number, high: number, hedge: string): Quantity {
  return { ...q, kind: 'vague', low, high, bound: 'range', hedge };
}

function enBefore(src: Source, start: number, floor: number): string | undefined {
  let p = start;
  while (p > floor && isSpace(src.lower[p - 1]) && start - p < 2) p--;
  for (const w of EN_BEFORE) {
    const from = p - w.length;
    if (from >= floor && src.lower.startsWith(w, from) && !isAsciiLetter(src.lower[from - 1] ?? '')) return src.text.slice(from, p);
  }
  return undefined;
}

function zhAfter(src: Source, end: number): string | undefined {
  const s = src.norm;
  // "百亿美元的量级": 的 may stand between.
  const at = s[end] === '的' ? end + 1 : end;
  return ZH_AFTER.find((w) => s.startsWith(w, at));
}
