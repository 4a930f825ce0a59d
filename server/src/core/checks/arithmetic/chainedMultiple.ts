/**
 * A second multiple of the same subject, written on after the first one's base: "$109.1 billion, nearly 12
 * times China's $9.3 billion and about 20 times the UK's $4.5 billion", "1091亿美元，约是中国93亿美元的12倍、
 * 英国45亿美元的24倍". The first multiple's subject carries over: only a joining word ("and", a comma, 、, 和)
 * and the second base's name may stand between the first base and the second multiple, so the subject is
 * not in doubt. The second multiple's own base is read as the first one's was (ratios.ts).
 */
import type { Quantity } from '../../model';
import { HEDGE_EN } from './cues';
import { gapBetween, neighbour, type SentenceView } from './view';

export interface ReadPair {
  a: Quantity;
  b: Quantity;
}

/** Between the first base and the second multiple: "and about", ", and roughly", ", ". */
const JOIN_EN = new RegExp(`^\\s*(?:,\\s*(?:and\\s+)?|and\\s+)(?:${HEDGE_EN}\\s+)?$`, 'i');
/** Between the first multiple and the second base: "、英国", "，和英国的" (a name, no verb). */
const JOIN_ZH = /^\s*(?:[、，,]|和|与|及)\s*(?:[、，,和与及])?\s*[^\s，,。；;\d是为约]{0,8}?$/;
/** Between the second multiple and its base (en): "the UK's" ("times" is mostly part of the multiple). */
const TIMES_TO_BASE_EN = /^\s*(?:(?:times|x|×)\s+)?(?:(?:of|that of)\s+)?(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?(?:(?:about|around|roughly|some)\s+)?$/;
/** Between the second base and its multiple (zh): "的". */
const BASE_TO_M_ZH = /^\s*的\s*(?:约|近|接近|超过)?\s*$/;

/** The subject and base of `m` when it continues a multiple already read in the sentence. */
export function chainedReading(view: SentenceView, m: Quantity, read: ReadonlyMap<Quantity, ReadPair>): ReadPair | undefined {
  const prev = neighbour(view, m, -1);
  if (!prev) return undefined;
  if (view.lang === 'zh') {
    const first = neighbour(view, prev, -1);
    const earlier = first && read.get(first);
    if (!earlier || !BASE_TO_M_ZH.test(gapBetween(view, prev, m)) || !JOIN_ZH.test(gapBetween(view, first, prev))) return undefined;
    return { a: earlier.a, b: prev };
  }
  const earlier = [...read.values()].find((r) => r.b === prev);
  const next = neighbour(view, m, 1);
  if (!earlier || !next || !JOIN_EN.test(gapBetween(view, prev, m))) return undefined;
  return TIMES_TO_BASE_EN.test(gapBetween(view, m, next)) ? { a: earlier.a, b: next } : undefined;
}
