/**
 * Figures distributed over several parties, and the count words that name those parties, as a sum reads
 * them: "Microsoft and Meta each bought about 150,000, 300,000 for the two", "微软和Meta各买了约15万块，
 * 两家合计约30万块", "谷歌、亚马逊…则分别约为5万块，四家加起来约20万块".
 *
 * A figure governed by a distributive word (each, 各, 均, 分别 over one figure) stands for one equal share
 * per party, so the parties' total is N × the figure. The count word before the total ("两家", "the two
 * companies", "all four") names the parties: it gives N and is never an addend.
 */
import type { Quantity } from '../../model';
import { textAfter, textBefore, type SentenceView } from './view';

/**
 * Right before the figure: "each bought about", "各买了约", "则分别约为", "均为". "分别" (respectively)
 * distributes only when it governs a lone figure; a run of figures after it pairs one to one (sums.ts
 * keeps those as ordinary parts).
 */
const EACH_BEFORE_EN = /\beach\b[^,;:.\d]{0,30}$/i;
// Not "各类/各项" (every kind of) nor "平均" (an average).
const EACH_BEFORE_ZH = /(?:各(?![类种项地方])|(?<!平)均|每家|每个|每人)[^，,；;：:。、\d]{0,6}$/;
const RESPECTIVELY_BEFORE = /(?:分别|\brespectively\b)[^，,；;：:。、\d]{0,6}$/i;
/** Right after the figure: "50,000 each", "a piece", "各5万" is read before. */
const EACH_AFTER = /^\s*(?:(?:each|apiece|a piece|per (?:company|firm|lab|buyer|head))\b|每家|每个)/i;

export type Distribution = 'each' | 'respectively';

/** How a distributive word governs `q`, if one does. */
export function distributionOf(view: SentenceView, q: Quantity): Distribution | undefined {
  const before = textBefore(view, q, 24);
  if (EACH_BEFORE_EN.test(before) || EACH_BEFORE_ZH.test(before) || EACH_AFTER.test(textAfter(view, q, 16))) return 'each';
  if (RESPECTIVELY_BEFORE.test(before)) return 'respectively';
  return undefined;
}

/**
 * A count word naming the parties a total is over: a small whole number at the head of its clause (zh:
 * "，两家合计", "四家加起来") or after a determiner (en: "the two companies", "all four", "these three"),
 * with the sum cue between it and the total (the caller tests the cue).
 */
const DETERMINER_EN = /(?:^|\b)(?:the|these|those|all|all the|both)\s*$/i;
const CLAUSE_HEAD_ZH = /^(?:\s|这|那|上述|前|后|则|而)*$/;

export function namesParties(view: SentenceView, q: Quantity): boolean {
  if (q.kind !== 'count' && q.kind !== 'number') return false;
  if (q.bound !== 'exact' || !Number.isInteger(q.value) || q.value < 2 || q.value > 20) return false;
  const before = textBefore(view, q, 24);
  return view.lang === 'zh' ? CLAUSE_HEAD_ZH.test(before.replace(/^.*[，,]/, '')) : DETERMINER_EN.test(before);
}
