/**
 * When a lone Chinese numeral is a number. 一, 两, 十 or units alone (百万) appear inside countless
 * words (一看, 两岸, 四川, 百度, 万一): they are kept only with a unit, a currency, a kind suffix or a
 * scale, or when they stand isolated between boundaries (“五”, 答案是四不是五). 一 with a bare
 * classifier is the indefinite article (一个, 一家, 一种) and after a determiner means "this/the same"
 * (这一年, 同一天); it stays a count only with a known noun (一台服务器) or a time unit (一年, 一个月).
 */
import type { QuantityKind } from '../model';
import type { Core } from './core';
import { LEXICON } from './lexicon';
import { isPunct, type Source } from './text';
import { ZH_BIG } from './zh-numeral';

const ISO_BEFORE = LEXICON.zhIsolation.before;
const ISO_AFTER = LEXICON.zhIsolation.after;
const ONE = LEXICON.zhOne;
export const TIME_UNITS: ReadonlySet<string> = new Set(['year', 'month', 'week', 'day', 'hour', 'quarter']);

/** First characters of anything that can follow a lone Chinese numeral and make it a quantity. */
const WEAK_FOLLOWERS = new Set(
  [
    ...Object.keys(LEXICON.classifiers.zh),
    ...LEXICON.unitNouns.flatMap((u) => u.zh),
    ...LEXICON.currencies.flatMap((c) => c.zh),
    ...LEXICON.points.zh.map((p) => p.text),
    ...LEXICON.multiples.zhSuffix,
    ...Object.keys(LEXICON.zhShares),
    ...LEXICON.scales.filter((x) => x.lang === 'zh').map((x) => x.text),
    ...LEXICON.subunits.flatMap((u) => u.zh),
    '%',
    '‰',
  ].map((w) => w[0]!),
);

function isolated(src: Source, start: number, end: number): boolean {
  const before = src.norm[start - 1];
  const after = src.norm[end];
  const okBefore = before === undefined || isPunct(before) || ISO_BEFORE.includes(before);
  const okAfter = after === undefined || isPunct(after) || ISO_AFTER.includes(after);
  return okBefore && okAfter;
}

/** Cheap early test: a weak numeral with nothing that could complete it, inside a word. */
export function hopelessWeak(src: Source, core: Core): boolean {
  if (!core.weak || core.kind) return false;
  let j = core.end;
  while (src.norm[j] === ' ' && j - core.end < 4) j++;
  return !WEAK_FOLLOWERS.has(src.norm[j] ?? '') && !isolated(src, core.start, core.end);
}

export interface Outcome {
  kind: QuantityKind;
  scale: number;
  end: number;
  classifier?: string;
  unit?: string;
  withNoun?: boolean;
}

/** False when a weak numeral, once its surroundings are read, is still part of a word. */
export function keepWeak(src: Source, core: Core, o: Outcome): boolean {
  if (!core.weak) return true;
  // 亿元, 万亿美元级别: a big unit with no digit names an order of magnitude, not an amount.
  if (core.source === 'zh' && ZH_BIG.has(src.norm[core.numStart] ?? '')) return false;
  if (o.scale !== 1 || o.kind !== 'number' || o.classifier) return true;
  return isolated(src, core.start, o.end);
}

/** False for 一 used as an article or after a determiner (see the module comment). */
export function keepLoneOne(src: Source, core: Core, o: Outcome): boolean {
  if (o.kind !== 'count' || !o.classifier) return true;
  if (src.norm[core.numStart] !== '一' || core.numEnd - core.numStart !== 1) return true;
  if (ONE.determiners.includes(src.norm[core.start - 1] ?? '\u0000')) return false;
  const timed = ONE.timeClassifiers.includes(o.classifier) || (o.unit !== undefined && TIME_UNITS.has(o.unit));
  return o.withNoun === true || timed;
}
