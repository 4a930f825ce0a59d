/**
 * "$1.2 billion of revenue from that single customer", "来自微软的收入", "微软贡献的收入", "H20在2024年为英伟达
 * 带来120亿至150亿美元的收入", "the H20 brought Nvidia $12 billion in revenue", "Nvidia earned $12 billion
 * from the H20": revenue named with its source (a customer, a product, a segment) is the part of the
 * company's revenue that came from that source, not the company's total.
 *
 * When the source is a product or model the knowledge base knows, the revenue is that product's (its
 * facts are filed with it as product: factLookup.ts); any other source (a customer, "that customer", an
 * unknown line) leaves the measure unbound, since no total revenue is a value of it.
 */
import type { Quantity, Span } from '../model';
import type { EntityMention } from './mentions';

/** The English revenue words a source may follow ("revenue from", "sales from"). */
const EN_REVENUE = String.raw`(?:revenues?|sales|turnover)`;
/**
 * After the figure: "of revenue from", "in revenue from", "in sales from", then the source ("from that
 * single customer", "from the H20", "from its largest client").
 */
const EN_FROM_AFTER = new RegExp(String.raw`^\s+(?:(?:of|in)\s+)?(?:(?:annual|total|quarterly|yearly)\s+)?${EN_REVENUE}\s+from\s+`, 'i');
/** Sources that are the whole ("revenue from operations", "from contracts with customers") or no source at all. */
const EN_NOT_SOURCE = /^\s*(?:(?:continuing\s+)?operations|contracts\s+with\s+customers|(?:a|one|the)\s+(?:(?:prior|previous|same|last|year-earlier)\s+)?(?:year|quarter|period)|\d|[$€£¥])/i;
/** "<source> brought <owner> $…" (the owner is the verb's first object; "brought in $…" has none): before the figure. */
const EN_BROUGHT_BEFORE =
  /(?<![A-Za-z])(?:brought|brings|bring|bringing)\s+(?!(?:in|about|around|roughly|some|an|nearly|almost|over|up)\s)(?:[A-Za-z0-9'’-]+\s+){1,3}?(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|over|up\s+to)\s+)?$/i;
/** After the figure for "brought Nvidia $12 billion": "in revenue", "of revenue", "in sales". */
const EN_REVENUE_AFTER = new RegExp(String.raw`^\s+(?:(?:in|of)\s+)(?:(?:annual|total|quarterly|yearly)\s+)?${EN_REVENUE}(?![A-Za-z])`, 'i');
/** "Nvidia earned $12 billion from the H20": "from" right after the figure (and its revenue words). */
const EN_EARNED_FROM_AFTER = new RegExp(String.raw`^\s+(?:(?:(?:in|of)\s+)${EN_REVENUE}\s+)?from\s+`, 'i');
/** Verbs of earning before a figure whose source follows with "from" (or before the low end of its range). */
const EN_EARNED_BEFORE =
  /(?<![A-Za-z])(?:earned|earns|made|makes|generated|generates|took\s+in|brought\s+in|collected|booked|received)\s+(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|over|up\s+to|between)\s+)?(?:(?:US)?[$€£¥]?\d[\d.,]*(?:\s*(?:trillion|billion|million|bn))?\s+(?:to|and)\s+)?$/i;

/** 来自X的收入, X贡献的收入, 从X获得的收入: the source's phrase ends right before the revenue word. */
const ZH_REVENUE = '(?:收入|营收|销售额|销售收入)';
/** Before the figure: "来自微软的收入为", "微软贡献的收入约"; the source is what stands between 来自 and 的. */
const ZH_SOURCE_BEFORE = new RegExp(`(?:来自|源自|出自)([^，,。；;：:、\\d]{1,16}?)(?:的)?(?:${ZH_REVENUE})[^，,。；;\\d]{0,6}$|([^，,。；;：:、\\d]{1,16}?)(?:贡献|带来|创造)(?:了)?的(?:${ZH_REVENUE})[^，,。；;\\d]{0,6}$`);
/** After the figure: "12亿美元来自微软", "…的收入来自微软" is no part; "为英伟达带来120亿美元的收入" is. */
const ZH_SOURCE_BEFORE_BROUGHT = /([^，,。；;：:、]{1,24}?)(?:为|给|替)[^，,。；;\d]{1,12}?(?:带来|贡献|创造)(?:了)?(?:约|大约|近|超过|逾|最多|至少)?\s*$/;
const ZH_REVENUE_AFTER = new RegExp(`^\\s*(?:的)?(?:${ZH_REVENUE})`);

/** "to $15 billion", "-15亿美元", "至150亿美元": the high end of a range after its low end. */
const RANGE_PARTNER = /^\s*(?:to|and|[-–—]|至|到)\s*(?:US)?[$€£¥]?\s*\d[\d.,]*(?:\s*(?:trillion|billion|million|bn|[BMK](?![A-Za-z])|万亿|亿|万))?(?:\s*(?:美元|元|人民币))?/i;

/**
 * The measures a source divides: revenue, and the income "earned" reads as ("Nvidia earned $… from the
 * H20" is no part of Nvidia's total net income either). Shares and growth rates are not amounts of it.
 */
export function takesSource(metric: string): boolean {
  return /^(?:revenue(?:\.(?:ai|datacenter|cloud-segment|incremental-ai|annualized))?|net-income|operating-income)$/.test(metric);
}

export type RevenueSource =
  /** The revenue is this product's or model's. */
  | { product: EntityMention }
  /** The revenue came from a source whose revenue the base does not file (a customer): measure unbound. */
  | 'unbound';

const PRODUCT_KINDS = new Set(['product', 'model']);

/**
 * The source the revenue figure q is named with, if any: the product mention it names, or 'unbound'
 * for any other source. `mentions` are the sentence's entity mentions.
 */
export function revenueSource(text: string, q: Quantity, sentence: Span, mentions: readonly EntityMention[]): RevenueSource | undefined {
  const source = sourceSpan(text, q, sentence);
  if (!source) return undefined;
  const named = mentions.filter((m) => m.start >= source.start && m.end <= source.end);
  const product = named.find((m) => PRODUCT_KINDS.has(m.kind));
  return product ? { product } : 'unbound';
}

/** Where the source is written, for each of the shapes above. */
function sourceSpan(text: string, q: Quantity, sentence: Span): Span | undefined {
  // The low end of a range read as a figure of its own ("$12 billion to $15 billion of revenue from")
  // has the high end's source.
  const partner = RANGE_PARTNER.exec(text.slice(q.end, Math.min(sentence.end, q.end + 40)));
  const end = q.end + (partner ? partner[0].length : 0);
  const after = text.slice(end, Math.min(sentence.end, end + 80));
  const before = text.slice(Math.max(sentence.start, q.start - 60), q.start);
  const beforeStart = q.start - before.length;
  // English: "$1.2 billion of revenue from <source>", "earned $12 billion from <source>".
  const from = EN_FROM_AFTER.exec(after) ?? (EN_EARNED_BEFORE.test(before) ? EN_EARNED_FROM_AFTER.exec(after) : null);
  if (from) {
    const start = end + from[0].length;
    const rest = text.slice(start, Math.min(sentence.end, start + 60));
    if (!EN_NOT_SOURCE.test(rest)) return { start, end: start + sourceWordsLength(rest) };
  }
  // English: "the H20 brought Nvidia $12 billion in revenue": the subject of the verb, before it.
  const brought = EN_BROUGHT_BEFORE.exec(before);
  if (brought && EN_REVENUE_AFTER.test(after)) {
    const clauseStart = Math.max(before.lastIndexOf(',', brought.index), before.lastIndexOf(';', brought.index)) + 1;
    return { start: beforeStart + clauseStart, end: beforeStart + brought.index };
  }
  // Chinese: "来自微软的收入为12亿美元", "微软贡献的收入约12亿美元".
  const zh = ZH_SOURCE_BEFORE.exec(before);
  if (zh) {
    const s = zh[1] ?? zh[2];
    const start = beforeStart + zh.index + zh[0].indexOf(s);
    return { start, end: start + s.length };
  }
  // Chinese: "H20在2024年为英伟达带来120亿至150亿美元的收入".
  const zhBrought = ZH_SOURCE_BEFORE_BROUGHT.exec(before);
  if (zhBrought && ZH_REVENUE_AFTER.test(textAfterUnit(after))) {
    return { start: beforeStart + zhBrought.index, end: beforeStart + zhBrought.index + zhBrought[1].length };
  }
  return undefined;
}

/** The source's noun phrase: up to a clause break or a word that starts another phrase. */
function sourceWordsLength(rest: string): number {
  const end = /[,;:.!?()]|\s(?:in|for|during|over|last|this|and|which|that|while|or)\s/i.exec(rest);
  return end ? end.index : rest.length;
}

/** The text after a figure once a trailing unit word is past ("美元的收入" → "的收入"). */
function textAfterUnit(after: string): string {
  return after.replace(/^\s*(?:美元|元|人民币|亿|万)*/, '');
}

