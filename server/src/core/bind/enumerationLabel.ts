/**
 * In an enumeration of labelled figures ("缓存命中0.07美元、未命中0.27美元、输出1.10美元", "cache hit $0.07;
 * cache miss $0.27 and output $1.10"), each figure takes the label written before it, never another
 * item's, however near that stands:
 * - a label in a later item (past the separator that ends this figure's item), right before a figure of
 *   its own, is that figure's: "输出" is the 1.10美元's, never the 0.27美元's;
 * - a label right before the figure of an earlier item is that item's, when this figure's item writes a
 *   label of its own ("未命中"): "缓存命中" is the 0.07美元's. Items with no label of their own share the
 *   one before them ("营收分别为100亿美元、200亿美元").
 */
import type { Quantity, Span } from '../model';

/** What ends an item of an enumeration: 、, a comma or semicolon, or a coordinator. */
const ITEM_END = String.raw`(?:[、,，;；]|and|以及|和|及|与)`;
/** From this figure to a later item's label: the separator ending this figure's item, then any items between. */
const TO_LATER_ITEM = new RegExp(String.raw`^\s*${ITEM_END}(?:[^。.!?！？]|\.(?=\d))*$`, 'i');
/**
 * The enumeration comma, then a label of the figure's own (a few characters, no figure, no break). Only
 * 、 lists items for sure: after a comma a figure's words are as often a comparison with the one before
 * ("营收609亿美元，比上一财年的270亿美元…"), whose measure it shares.
 */
const OWN_LABEL = /^\s*、\s*[^\s\d、,，;；。:：]{1,12}\s*[:：]?\s*$/;
/** Between a label and its own figure: a colon, 为/是/of/at/is, and a hedge at most. */
const LABEL_TO_FIGURE = /^\s*(?:[:：]|为|是|of|at|is)?\s*(?:约|近|about|around|roughly)?\s*$/i;

/** How far after a label its own figure may start. */
const LABEL_REACH = 12;

/** The trigger t labels another figure, in another item of an enumeration than q's. */
export function labelsOtherItem(text: string, t: Span, q: Span, quantities: readonly Quantity[]): boolean {
  const labelled = quantities.find((o) => o.start >= t.end && o.start - t.end <= LABEL_REACH && LABEL_TO_FIGURE.test(text.slice(t.end, o.start)));
  if (!labelled || (labelled.start === q.start && labelled.end === q.end)) return false;
  if (t.start >= q.end) return TO_LATER_ITEM.test(text.slice(q.end, t.start));
  return labelled.end <= q.start && OWN_LABEL.test(text.slice(labelled.end, q.start));
}
