/**
 * The claim recogniser: finds the numbers of a text and reads each as a Quantity (kind, value, the
 * interval its wording allows, currency, unit, hedge, and how it was written).
 *
 *   recognize('OpenAI的年化收入约为16亿美元')  -> [{ text: '16亿美元', kind: 'money', value: 1.6e9,
 *     low: 1.44e9, high: 1.76e9, currency: 'USD', bound: 'approx', hedge: '约为', ... }]
 *
 * Linear time, never throws, offsets are UTF-16 code units into `text`, spans sorted and disjoint.
 */
import type { Lang, Quantity } from '../model';
import { scan } from './scan';
import { isCjk, prepare } from './text';

export { formatLike } from './format';
export { intervalOf, rangeInterval, writtenHalfWidth } from './precision';
export type { Interval } from './precision';

export interface RecognizeOptions {
  /** Language of the text; guessed from its characters when absent (any CJK -> 'zh'). */
  lang?: Lang;
}

export function recognize(text: string, options?: RecognizeOptions): Quantity[] {
  try {
    return recognizeUnchecked(text, options);
  } catch {
    // The scan is written not to throw; this guard keeps an editor alive if it ever does.
    return [];
  }
}

/** recognize() without the safety net: the property tests call this so a throw is seen, not hidden. */
export function recognizeUnchecked(text: string, options?: RecognizeOptions): Quantity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lang = options?.lang ?? guessLang(text);
  return scan(prepare(text), lang);
}

export function guessLang(text: string): Lang {
  for (let i = 0; i < text.length; i++) if (isCjk(text[i])) return 'zh';
  return 'en';
}
