/**
 * A figure governed by coordinated products is a joint figure: "500,000 A100s and H100s", "A100 and H100
 * GPUs", "the H100 and the A100 sold for", "50万块A100和H100", "H100和A100的售价". It counts or prices
 * both together (or either, undecided), never the first product alone: judged as the first one's, a total
 * for the pair would be a false wrong scale or contradiction. So the binder records no single product
 * for it, and a product that stands as its subject stands for a group (`grouped`, as "Microsoft and Meta"
 * does: see subject.ts and checks/facts/findings.ts).
 */
import type { Span } from '../model';
import type { EntityMention } from './mentions';

/** Between two coordinated names: a conjunction or a list comma, and an article. */
const PRODUCT_COORDINATION = /^\s*(?:、|,|，|和|与|及|以及|或|and|&|or|as well as)\s*(?:the\s+)?$/i;
const PRODUCT_KINDS = new Set(['product', 'model']);

/** The product mention `m` is coordinated with a product mention of another entity right before or after it. */
export function isJointProduct(text: string, m: EntityMention, mentions: readonly EntityMention[]): boolean {
  const products = mentions.filter((o) => PRODUCT_KINDS.has(o.kind) && o.entity !== m.entity);
  return products.some((o) => (o.start >= m.end ? coordinated(text, m, o) : o.end <= m.start && coordinated(text, o, m)));
}

function coordinated(text: string, first: Span, second: Span): boolean {
  return second.start - first.end <= 16 && PRODUCT_COORDINATION.test(text.slice(first.end, second.start));
}
