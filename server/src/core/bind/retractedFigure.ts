/**
 * A figure the draft quotes as wording it withdraws is no claim of the draft: a corrections note's
 * "an earlier version said Microsoft paid "$6.5 billion"", "this piece originally stated $6.5 billion",
 * 原文误作65亿美元, 此前版本误写为65亿美元, 更正前为65亿美元. Checking it would argue with the correction
 * itself: the figure is wrong on purpose. The words must stand before the figure in its own sentence,
 * with no sentence break between (the correct figure that follows is checked as usual).
 */
import type { Quantity, Span } from '../model';

/** How far before the figure the withdrawing words are looked for. */
const REACH = 80;

const EN_RETRACTED = new RegExp(
  [
    // "an earlier version (of this story / of item 6) said/stated/gave/put/had …"
    String.raw`\b(?:an?\s+|the\s+)?(?:earlier|previous|prior|original|first)\s+(?:version|draft|edition)\b[^.;!?]{0,50}?\b(?:said|stated|gave|put|had|listed|reported|read|quoted|misstated)\b`,
    // "this article originally/incorrectly/mistakenly said …", "we misstated … as"
    String.raw`\b(?:originally|incorrectly|mistakenly|erroneously|wrongly)\s+(?:said|stated|gave|put|reported|listed|read|quoted|wrote)\b`,
    String.raw`\bmis(?:stated|reported|quoted)\b`,
  ].join('|') + String.raw`[^.;!?]*$`,
  'i',
);

const ZH_RETRACTED = /(?:原文|原稿|此前版本|前一版本|上一版本|旧版|初版|更正前)[^。；！？]{0,20}?(?:误作|误写为|误写作|误为|写作|写为|称|为)[^。；！？]*$|(?:误作|误写为|误写作|错写为|错写成)[^。；！？]{0,10}$/;

/**
 * A figure the sentence denies in passing: "about $650 million, not $6.5 billion", "6.5亿美元，而非65亿美元".
 * Only right after the comma or dash and its "not" ("not more than $5 billion", "not only $5 billion" are
 * bounds and claims; so is a bare 不是, as often "不是…而是" of a stated figure).
 */
const EN_DENIED = /[,—–]\s*(?:and\s+)?not\s+(?:the\s+)?$/i;
const ZH_DENIED = /(?:而非|并非|而不是)\s*$/;

/** The figure is quoted as withdrawn wording, or denied, not stated by the draft. */
export function retractedFigure(text: string, q: Quantity, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, q.start - REACH), q.start);
  return EN_RETRACTED.test(before) || ZH_RETRACTED.test(before) || EN_DENIED.test(before) || ZH_DENIED.test(before);
}
