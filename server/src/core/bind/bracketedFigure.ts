/**
 * "按估值排序：xAI（240亿美元）> Perplexity（90亿美元）> Mistral（58亿欧元）", "the leaders: OpenAI ($157B),
 * Anthropic ($61.5B) and xAI ($50B)": in a list or a ranking whose items are "Name (figure)", each figure
 * is the name's right before its bracket, however many names the sentence holds.
 *
 * The bracket holds the figure alone (a hedge before it allowed), it opens right after the name, and the
 * name opens an item: nothing stands between it and the sentence's start or the separator before it (a
 * comma, 、, a semicolon, a colon, a ranking sign, "and", 和). "只有OpenAI o1（60美元）" (a brand before the
 * name) and "估值58亿欧元（约62亿美元）" (a figure before the bracket) are left to the general rules.
 */
import type { Quantity, Span } from '../model';
import type { EntityMention } from './mentions';

/** Between the name and the figure: an opening bracket, a hedge. */
const OPENING = /^\s*[（(]\s*(?:约|近|超过|逾|(?:about|around|roughly|nearly|over|~|≈)\s*)?$/i;
const CLOSING = /^\s*[）)]/;
/** Before the name: the start of its sentence, or a separator of items. */
const ITEM_LEAD = /(?:^|[，,、；;：:>＞<＜→|]|(?<![A-Za-z])(?:and|or|vs\.?)|和|与|及|以及)\s*$/i;

/** The name whose "Name (figure)" item `q` is the figure of, among the sentence's usable mentions. */
export function bracketedItemOwner(text: string, q: Quantity, sentence: Span, mentions: readonly EntityMention[]): EntityMention | undefined {
  if (!CLOSING.test(text.slice(q.end, q.end + 3))) return undefined;
  const name = [...mentions].reverse().find((m) => m.end <= q.start);
  if (!name || !OPENING.test(text.slice(name.end, q.start))) return undefined;
  return ITEM_LEAD.test(text.slice(sentence.start, name.start)) ? name : undefined;
}
