/**
 * A figure named by a short word that means a metric only in context: "R1's input is $0.55 on a cache
 * miss and $0.14 on a hit", "$0.27 input (cache miss), $0.07 (hit)", "未命中0.55美元、命中0.14美元". "Hit"
 * alone is no trigger (revenue hits $1 billion), but in a price sentence that names a cache or a miss it
 * names the cached-input price. The words and their condition are data (`guardedTriggers` in
 * metrics.yaml); this module reads them for the checks, which must not call the figure the cached price
 * "not the input price" when its own words say it is the hit price.
 *
 * A word names the figure nearest to it in the sentence (before or after), so "$0.55 on a miss and $0.14
 * on a hit" gives "hit" to $0.14 only. A word after a negation (未命中, "non-hit") is not read.
 * Part of the judge (judge.ts, through verdicts/wrongMetric.ts): it knows nothing of findings or messages.
 */
import type { Claim, Quantity } from '../../model';
import type { FactBase } from '../../facts/index';
import type { JudgeContext } from './judgement';
import { namesMetricAsOwn } from './anothersMetric';
import { escapeRegExp } from '../../text/escapeRegExp';

/**
 * The writer names `metric` for this figure: `where` (its clause, or its sentence) names it as the
 * claim entity's own measure, or a guarded word next to the figure does. Then a "matches `metric`, not
 * the bound one" verdict would blame the writer for the binder's choice.
 */
export function namesMetricForFigure(claim: Claim & { entity: NonNullable<Claim['entity']> }, metric: string, where: string | undefined, context: JudgeContext, kb: FactBase): boolean {
  if (where !== undefined && namesMetricAsOwn(where, metric, claim.entity.value, kb)) return true;
  return guardedWordNamesFigure(claim, metric, context.sentenceText, context.sentenceQuantities, kb);
}

/** A guarded metric's words and condition, compiled once per fact base. */
interface Guarded {
  words: RegExp;
  when: RegExp;
}

const compiled = new WeakMap<FactBase, Map<string, Guarded>>();

function guardedOf(kb: FactBase, metric: string): Guarded | undefined {
  let byMetric = compiled.get(kb);
  if (!byMetric) {
    byMetric = new Map();
    for (const m of kb.metrics.values()) {
      const g = m.guardedTriggers;
      if (!g || g.en.length + g.zh.length === 0) continue;
      byMetric.set(m.id, { words: wordsPattern(g.en, g.zh, true), when: wordsPattern(g.when.en, g.when.zh, false) });
    }
    compiled.set(kb, byMetric);
  }
  return byMetric.get(metric);
}

/** English words end where a word ends; a guarded word may not follow a negation (未, 不, non-). */
function wordsPattern(en: readonly string[], zh: readonly string[], guardNegation: boolean): RegExp {
  const negation = guardNegation ? String.raw`(?<![未不没非])(?<!non-)` : '';
  const alternatives = [...en.map((w) => String.raw`(?<![A-Za-z-])${escapeRegExp(w)}(?![A-Za-z])`), ...zh.map(escapeRegExp)];
  if (alternatives.length === 0) return /(?!)/;
  return new RegExp(`${negation}(?:${alternatives.join('|')})`, 'gi');
}

/**
 * The claim's sentence names `metric` for this figure by one of the metric's guarded words, and writes
 * one of its conditions elsewhere. Offsets of `quantities` are relative to the sentence.
 */
export function guardedWordNamesFigure(claim: Claim, metric: string, sentence: string | undefined, quantities: readonly Quantity[] | undefined, kb: FactBase): boolean {
  if (sentence === undefined) return false;
  const guarded = guardedOf(kb, metric);
  if (!guarded) return false;
  const at = claim.quantity.start - claim.sentence.start;
  const own = quantities?.find((q) => q.start === at);
  if (!own) return false;
  // Only the words beside the figure, and the condition within a bounded stretch of it: a long sentence
  // is not read again for each of its figures.
  const from = Math.max(0, own.start - WORD_REACH);
  const near = sentence.slice(from, Math.min(sentence.length, own.end + WORD_REACH));
  const around = figuresAround(quantities!, from, from + near.length);
  for (const m of near.matchAll(guarded.words)) {
    const start = from + (m.index ?? 0);
    const end = start + m[0].length;
    if (nearest(around, start, end) !== own) continue;
    // The condition must be written apart from the word itself ("cache" of "cache-hit" counts, the word "hit" does not).
    const lo = Math.max(0, start - CONDITION_REACH);
    const rest = sentence.slice(lo, start) + ' '.repeat(end - start) + sentence.slice(end, end + CONDITION_REACH);
    guarded.when.lastIndex = 0;
    if (guarded.when.test(rest)) return true;
  }
  return false;
}

/** How far from the figure a guarded word is read, and how far from the word its condition. */
const WORD_REACH = 24;
const CONDITION_REACH = 160;

/** The figures overlapping [from, to) and the nearest one outside on each side (quantities are in order). */
function figuresAround(quantities: readonly Quantity[], from: number, to: number): Quantity[] {
  const inside = quantities.filter((q) => q.end > from && q.start < to);
  const before = quantities.filter((q) => q.end <= from).at(-1);
  const after = quantities.find((q) => q.start >= to);
  return [...(before ? [before] : []), ...inside, ...(after ? [after] : [])];
}

/** The figure nearest to [start, end): by the characters between them. */
function nearest(quantities: readonly Quantity[], start: number, end: number): Quantity | undefined {
  let best: Quantity | undefined;
  let bestGap = Infinity;
  for (const q of quantities) {
    const gap = q.end <= start ? start - q.end : q.start >= end ? q.start - end : 0;
    if (gap < bestGap) {
      best = q;
      bestGap = gap;
    }
  }
  return best;
}
