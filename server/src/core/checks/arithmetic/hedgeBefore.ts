/**
 * A bound word written before the name of the whole a share is of, not right before the share's digits:
 * "超过全年的三成" is "more than three tenths of the year", as "全年的超过三成" would be; "近总额的一半" is "nearly
 * half of the total". The recogniser reads only a hedge next to the number (recognize/hedges.ts), so the
 * share comes to the relation as an exact 三成 ([25%, 35%]); the relation applies the bound the writer put
 * before the phrase, with the recogniser's own meaning of that word and its own interval rules.
 */
import type { Quantity } from '../../model';
import { LEXICON } from '../../recognize/lexicon';
import { intervalOf } from '../../recognize/precision';

const ZH_BEFORE = new Map(LEXICON.hedges.filter((h) => h.lang === 'zh' && h.where === 'before').map((h) => [h.text, h.bound]));

/** The share read with the bound word before its whole's name; unchanged when it carries a bound of its own. */
export function boundedBefore(share: Quantity, word: string | undefined): Quantity {
  const bound = word ? ZH_BEFORE.get(word) : undefined;
  if (!bound || share.bound !== 'exact' || share.low === null || share.high === null) return share;
  // The written width of an exact share is one unit of its last digit (三成: ten points).
  const { low, high } = intervalOf(share.kind, share.value, share.high - share.low, bound);
  return { ...share, bound, low, high };
}
