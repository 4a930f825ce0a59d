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
 * "，两家合计", "四家加起来") or after a determiner (en: "the two companies", "all four", "these three", "the
 * next four"), or counting a word for members ("three labs"), with the sum cue between it and the total
 * (the caller tests the cue). Such a count is never an addend, nor the total (sums.ts).
 */
/** "the two", "all four", and with a word placing the group in a ranking: "the next four", "the top five", "the other three". */
const DETERMINER_EN = /(?:^|\b)(?:the|these|those|all|all the|both)(?:\s+(?:next|top|other|remaining|last|first|leading|biggest|largest|bottom|smaller))?\s*$/i;
/** "three labs together", "four companies combined": a small count of a word for members names them wherever it stands. */
const MEMBER_NOUN_EN = /^\s*(?:[a-z-]+\s+)?(?:compan(?:y|ies)|firms?|labs?|players?|buyers?|vendors?|providers?|hyperscalers?|clouds?|banks?|funds?|investors?|backers?|members?|rivals?|peers?|startups?|groups?|customers?|countries|country|makers?|chipmakers?|suppliers?|operators?|carriers?|brands?)\b/i;
const CLAUSE_HEAD_ZH = /^(?:\s|这|那|上述|前|后|则|而)*$/;
/** "四家", "两者", "三方": a count with a party classifier names parties wherever it stands ("是后四家合计"). */
const PARTY_COUNT_ZH = /^[\d两二三四五六七八九十]+(?:家|者|方)$/;

export function namesParties(view: SentenceView, q: Quantity): boolean {
  if (q.kind !== 'count' && q.kind !== 'number') return false;
  if (q.bound !== 'exact' || !Number.isInteger(q.value) || q.value < 2 || q.value > 20) return false;
  const before = textBefore(view, q, 24);
  if (view.lang === 'zh') return PARTY_COUNT_ZH.test(q.text) || CLAUSE_HEAD_ZH.test(before.replace(/^.*[，,]/, ''));
  return DETERMINER_EN.test(before) || MEMBER_NOUN_EN.test(q.unit ?? '') || MEMBER_NOUN_EN.test(textAfter(view, q, 24));
}

/** The distributive word itself, last in the text before a share: where the list of parties ends. */
const DISTRIBUTIVE_WORD = /(?:\beach\b|各(?![类种项地方])|(?<!平)均|每家|分别|\brespectively\b)[^，,；;：:。、\d]{0,30}$/i;
/** A name: capitalised words ("Acme", "Meta Platforms"). */
const NAME_EN = "[A-Z][\\w&.'’-]*(?:\\s+[A-Z][\\w&.'’-]*)*";
/** "Acme and Globex", "Acme, Globex and Initech" right before "each". */
const NAMES_EN = new RegExp(`(?:${NAME_EN})(?:\\s*,\\s*${NAME_EN})*,?\\s+and\\s+${NAME_EN}\\s*$`);

/**
 * How many parties a distributed share is of, from the list of names right before the distributive word:
 * "微软和Meta各采购了约15万块" → 2, "谷歌、亚马逊、甲骨文和腾讯各约5万块" → 4, "Acme, Globex and Initech each" → 3.
 * Undefined when no list of two or more is written there.
 */
export function partiesOfShare(view: SentenceView, q: Quantity): number | undefined {
  const before = view.text.slice(0, q.start - view.span.start);
  const word = DISTRIBUTIVE_WORD.exec(before);
  // "Initech, Hooli and Umbrella about 20,000 each": the names come right before the share's hedge or verb.
  const after = !word && EACH_AFTER.test(textAfter(view, q, 16));
  if (!word && !after) return undefined;
  const head = word ? before.slice(0, word.index) : before.replace(/(?:\s*\b[a-z]+\b){0,3}\s*$/, '').replace(/[约近为有了都也]{0,4}$/, '');
  if (view.lang === 'zh') {
    // The names' clause: separators between them; a count word after them ("三家") says the same.
    const names = head.replace(/^[\s\S]*[，,；;：:。]/, '').replace(/[\d两二三四五六七八九十]+(?:家|个|者)?(?:公司|企业|厂商)?(?:则|也|都)?$/, '');
    const n = (names.match(/[、和与及]/g) ?? []).length + 1;
    return n >= 2 ? n : undefined;
  }
  const m = NAMES_EN.exec(head.replace(/^[\s\S]*(?:[;:]|\.\s)/, ''));
  return m ? (m[0].match(/,|\band\b/g) ?? []).length - (/,\s+and\b/.test(m[0]) ? 1 : 0) + 1 : undefined;
}
