/**
 * Sums whose parts the sentence does not all write, so the figures it does write are no test of the total.
 * Part of the sums detector (sums.ts).
 *
 * - The summing verb's subject is a place elsewhere: "…, which came to $90 billion (our table sums to
 *   $93B)", "the chart above adds up to", "上表合计". The total sums that table or chart, not the
 *   figures before it in the sentence.
 * - The list names an item with no figure: "Spending by Oracle, IBM's $20B and SAP's $15B sums to $47B":
 *   Oracle's share is written elsewhere (a table above, an earlier paragraph), so $20B + $15B is not the
 *   writer's sum. Read as a careful reader does: the item is a company or product named where a list item
 *   stands (before a list joiner, right ahead of the first figure's own item), and that item names one too.
 */
import type { FactBase } from '../../facts/index';
import type { Quantity } from '../../model';
import { findEntityMentions } from '../../bind/mentions';
import { sameDimension } from './operands';
import type { SentenceView } from './view';

const PLACE_EN = '(?:(?:our|the|this|that|its|their)\\s+(?:own\\s+)?(?:table|chart|exhibit|column|grid|schedule)(?:\\s+(?:above|below|here))?|the\\s+(?:figures|numbers|rows|items|list|amounts)\\s+(?:above|below)|the\\s+above)';
const CUE_EN = '(?:add(?:s|ed)?\\s+up|sum(?:s|med)?|totals|totall?ed|comes?\\s+to|came\\s+to|combine[sd]?)';
/** "our table sums to", "the chart above adds up to", "the figures above total": the verb's subject is elsewhere. */
const ELSEWHERE_EN = new RegExp(`\\b${PLACE_EN}\\s+${CUE_EN}\\b`, 'i');
/** "上表合计", "表中各项加总为", "上图三家合计". */
const ELSEWHERE_ZH = /(?:上表|下表|表中|表格|上图|图中|前表)[^，。；;\d]{0,8}?(?:合计|总计|共计|加总|加起来|相加|之和)/;

/** Whether the words between the parts and the total make a table or chart the sum's subject. */
export function summedElsewhere(gap: string): boolean {
  return ELSEWHERE_EN.test(gap) || ELSEWHERE_ZH.test(gap);
}

/** A joiner between list items: a comma, "、", "and", "和". */
const ITEM_JOINER = /(?:,|，|、|\band\b|和|及|与)(?!.*(?:,|，|、|\band\b|和|及|与))/s;
const CLAUSE_BREAK = /[;；。:：]/g;
/** What may follow the named item before its joiner: a possessive, "的", a space. */
const AFTER_NAME = /^(?:['’]s?|的)?\s*$/;
/** A list of names paired with a list of figures ("A and B spent $3B and $5B respectively"): every item has its figure. */
const RESPECTIVELY = /\brespectively\b|分别|各自/i;
/** The first part's own item: its owner's name in the possessive, then at most two words that are no verb ("IBM's earlier "). */
const OWN_ITEM_EN = /^(?:['’]s?)?\s*(?:(?!(?:is|was|are|were|spent|reached|hit|came|comes|of|at|to|with)\b)[A-Za-z-]+\s+){0,2}$/i;
const OWN_ITEM_ZH = /^的[^为是达有占约\d]{0,6}$/;
/** Or the owner named right after the figure: "$20B for IBM", "$20B from IBM". */
const OWNER_AFTER_EN = /^\s+(?:for|from|by|at)\s+(?:the\s+)?/i;

/**
 * Whether a list item before the first part names a company or product and carries no figure, the first
 * part's own item naming its owner ("for Oracle, IBM's $20B and SAP's $15B").
 */
export function itemWithoutFigure(view: SentenceView, first: Quantity, kb: FactBase): boolean {
  if (RESPECTIVELY.test(view.text)) return false;
  const upTo = first.start - view.span.start;
  const clause = view.text.slice(0, upTo);
  let from = 0;
  for (const m of clause.matchAll(CLAUSE_BREAK)) from = m.index + 1;
  const prefix = clause.slice(from);
  const joiner = ITEM_JOINER.exec(prefix);
  if (!joiner) return false;
  const ownItem = prefix.slice(joiner.index + joiner[0].length);
  const before = prefix.slice(0, joiner.index);
  // The earlier item is its own: the last joiner before it (if any) starts it.
  const earlier = ITEM_JOINER.exec(before);
  const item = earlier ? before.slice(earlier.index + earlier[0].length) : before;
  // The item has no figure of the parts' kind ("The 2025 guidance for Oracle" has a year, no amount).
  const itemStart = view.span.start + from + (earlier ? earlier.index + earlier[0].length : 0);
  const itemEnd = view.span.start + from + joiner.index;
  if (view.quantities.some((q) => q.start >= itemStart && q.end <= itemEnd && sameDimension(q, first)) || !ownedItem(view, first, ownItem, kb)) return false;
  const last = companies(item, kb).pop();
  return last !== undefined && AFTER_NAME.test(item.slice(last.end));
}

/** The first part's item names its owner: "IBM's earlier $20B", "IBM的200亿美元", "$20B for IBM". */
function ownedItem(view: SentenceView, first: Quantity, ownItem: string, kb: FactBase): boolean {
  const owner = companies(ownItem, kb).pop();
  if (owner) {
    const rest = ownItem.slice(owner.end);
    return /^\s*(?:the\s+)?$/i.test(ownItem.slice(0, owner.start)) && (view.lang === 'zh' ? OWN_ITEM_ZH.test(rest.trim()) : OWN_ITEM_EN.test(rest));
  }
  if (!/^\s*(?:the\s+)?$/i.test(ownItem)) return false;
  const after = view.text.slice(first.end - view.span.start, first.end - view.span.start + 40);
  const m = OWNER_AFTER_EN.exec(after);
  const next = m ? companies(after, kb)[0] : undefined;
  return next !== undefined && next.start === m![0].length;
}

function companies(words: string, kb: FactBase) {
  return findEntityMentions(words, kb).filter((m) => m.kind === 'company' || m.kind === 'product');
}
