/**
 * Whether an amount can be a part of a total, as far as the bound metrics tell: a round's valuation is
 * not part of the money the rounds raised ("raised $900 million at $9.9 billion … the two rounds brought
 * in $3.2 billion"), while a segment's revenue is part of revenue. The measure family is the metric id
 * before its first dot ("revenue.cloud-segment" is revenue), or the family of the metric it is a share of.
 * When either amount has no bound metric nothing is known and it may be a part.
 */
import type { FactBase } from '../../facts/index';
import type { Claim, Quantity } from '../../model';
import type { SentenceView } from './view';

export function family(metric: string, kb: FactBase): string {
  const parent = kb.metrics.get(metric)?.shareOf ?? metric;
  return parent.split('.')[0];
}

export function metricOf(q: Quantity, views: readonly SentenceView[]): string | undefined {
  for (const v of views) {
    const claim = v.claims.get(q.start);
    if (claim) return claim.metric?.value;
  }
  return undefined;
}

/** False only when both amounts are bound to metrics of different measure families. */
export function sameMeasure(part: Quantity, total: Quantity, views: readonly SentenceView[], kb: FactBase): boolean {
  const a = metricOf(part, views);
  const b = metricOf(total, views);
  return !a || !b || family(a, kb) === family(b, kb);
}

/** A measure counts only when the amount's own clause names it: one carried over from a sibling figure ("其中数据中心184亿美元…上一季度的181.2亿美元") may be the wrong one. */
export function ownMetric(c: Claim | undefined): string | undefined {
  return c?.metric?.how === 'explicit' ? c.metric.value : undefined;
}

/**
 * An amount written as a rise or fall binds no measure of its own (bind/riseWording.ts boundAsWritten), so
 * the words of its clause before it (`textBefore`, the text right before the amount) say whose change it
 * is: "…, while its revenue fell by $15 billion" names revenue, not the capex pair before it. "a fall of
 * $15 billion" names none and stays the pair's.
 */
export function clauseNamesAnotherMeasure(textBefore: string, pairFamily: string, kb: FactBase): boolean {
  const clause = textBefore.split(/[,，;；。:：]|\bwhile\b|而/i).pop() ?? '';
  const lower = clause.toLowerCase();
  return triggerWordsOf(kb).some((t) => t.family !== pairFamily && (t.lang === 'en' ? hasWord(lower, t.text) : clause.includes(t.text)));
}

/** Every trigger word with its measure's family, worked out once per fact base (English ones lower-cased, longer than two letters). */
const triggerWords = new WeakMap<FactBase, { text: string; lang: 'en' | 'zh'; family: string }[]>();
function triggerWordsOf(kb: FactBase): { text: string; lang: 'en' | 'zh'; family: string }[] {
  let words = triggerWords.get(kb);
  if (!words) {
    words = kb.metricTriggers
      .filter((t) => t.lang === 'zh' || t.text.length > 2)
      .map((t) => ({ text: t.lang === 'en' ? t.text.toLowerCase() : t.text, lang: t.lang, family: family(t.metric, kb) }));
    triggerWords.set(kb, words);
  }
  return words;
}

/** `word` in `text` as a whole word: no letter or digit right before or after it. */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z0-9]/.test(text[at - 1] ?? '') && !/[a-z0-9]/.test(text[at + word.length] ?? '')) return true;
  }
  return false;
}
