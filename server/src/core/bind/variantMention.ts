/**
 * A tier or edition of a product is not the product. "o3-pro", "Claude Max", "ChatGPT Team",
 * "ChatGPT企业版" name a variant: when the base has no name for it, the alias before it still matches
 * ("o3", "ChatGPT"), and a price of the variant would be judged by the product's own (o3-pro's $20 by
 * o3's $2, a Team seat by the Plus price). Likewise a tier word standing on its own between the name
 * and the figure ("ChatGPT Plus costs $20 a month and the Pro tier $200", "Plus每月20美元，专业版每月
 * 200美元") makes the figure that tier's. Such a figure binds no entity: what the base records for the
 * product does not cover it.
 *
 * The tier words are data: the lexicon's `variantWords`, plus the one-word suffixes the entity list
 * itself uses for variants (a product or model whose name is its parent product's name and one word:
 * "ChatGPT Plus", "GPT-4 Turbo", "GPT-4o mini").
 */
import type { Span } from '../model';
import { LEXICON } from '../recognize/lexicon';
import type { BindingKnowledge } from './knowledge';
import { escapeRegExp } from '../text/escapeRegExp';

interface VariantWords {
  /** English words, lower case. */
  en: Set<string>;
  zh: string[];
}

const PRODUCT_KINDS = new Set(['product', 'model']);
const cache = new WeakMap<BindingKnowledge, VariantWords>();

function variantWords(kb: BindingKnowledge): VariantWords {
  const cached = cache.get(kb);
  if (cached) return cached;
  const en = new Set(LEXICON.variantWords.en.map((w) => w.toLowerCase()));
  for (const entity of kb.entities.values()) {
    const parent = entity.parent === undefined ? undefined : kb.entities.get(entity.parent);
    if (!parent || !PRODUCT_KINDS.has(entity.kind) || !PRODUCT_KINDS.has(parent.kind)) continue;
    for (const name of entity.names.en) {
      for (const base of parent.names.en) {
        const suffix = name.startsWith(base) ? /^[\s-]([A-Za-z]{2,})$/.exec(name.slice(base.length)) : null;
        if (suffix) en.add(suffix[1].toLowerCase());
      }
    }
  }
  const words = { en, zh: [...LEXICON.variantWords.zh] };
  cache.set(kb, words);
  return words;
}

/** Right after a name: "-pro" in any case (o3-pro, o1-mini), or " Max" capitalised (Claude Max). */
const EN_AFTER = /^(?:-([A-Za-z]+)|\s+([A-Z][A-Za-z]*))(?![\w-])/;
/** Standing alone: a capitalised word ("the Pro tier"), never "plus" the conjunction. */
const EN_STANDALONE = /(?<![\w-])[A-Z][A-Za-z]*(?![\w-])/g;

/** The name ending at `end` is followed by a tier word: it names a variant of itself. */
export function namesVariant(text: string, end: number, kb: BindingKnowledge): boolean {
  const words = variantWords(kb);
  const after = text.slice(end, end + 24);
  const en = EN_AFTER.exec(after);
  if (en && words.en.has((en[1] ?? en[2]).toLowerCase())) return true;
  const zh = after.replace(/^\s+/, '');
  return words.zh.some((w) => zh.startsWith(w));
}

/**
 * A tier word standing alone in text[from, to) (outside the names in `names`) that the name `own`
 * does not itself contain: the figure after it is that tier's.
 */
export function variantBetween(text: string, from: number, to: number, own: Span, names: readonly Span[], kb: BindingKnowledge): boolean {
  if (to <= from) return false;
  const words = variantWords(kb);
  const ownText = text.slice(own.start, own.end).toLowerCase();
  const outsideNames = (start: number, end: number) => !names.some((n) => n.start < end && start < n.end);
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(EN_STANDALONE)) {
    const word = m[0].toLowerCase();
    const at = from + (m.index ?? 0);
    if (words.en.has(word) && !ownText.includes(word) && outsideNames(at, at + m[0].length)) return true;
  }
  for (const w of words.zh) {
    for (let i = slice.indexOf(w); i >= 0; i = slice.indexOf(w, i + 1)) {
      if (!ownText.includes(w) && outsideNames(from + i, from + i + w.length)) return true;
    }
  }
  for (const m of slice.matchAll(variantPhrases(words))) {
    const at = from + (m.index ?? 0);
    const mark = (m[1] ?? m[2] ?? m[3]).toLowerCase().replace(/\s/g, '');
    if (!ownText.replace(/\s/g, '').includes(mark) && outsideNames(at, at + m[0].length)) return true;
  }
  return false;
}

/**
 * A variant named by a mark and a noun, standing alone: a size ("the 32K version", "the 70B model",
 * 32K版本) or a comparative ("its larger sibling") before one of the lexicon's variant nouns, or a tier
 * word in any case before one that is not "model" ("the pro tier"; "business model" is no variant).
 * The mark is group 1 or 2 (English) or 3 (Chinese).
 */
const phrasesOf = new WeakMap<VariantWords, RegExp>();
function variantPhrases(words: VariantWords): RegExp {
  let re = phrasesOf.get(words);
  if (!re) {
    const nouns = LEXICON.variantWords.nouns ?? { en: [], zh: [] };
    const alternatives = (list: readonly string[]) => list.map(escapeRegExp).join('|');
    const size = '\\d+(?:\\.\\d+)?\\s?[KkMB]';
    const comparatives = LEXICON.variantWords.marks?.en ?? [];
    const sized = `(?<![\\w.-])(${[size, ...comparatives.map(escapeRegExp)].join('|')})[\\s-]+(?:context\\s+)?(?:${alternatives(nouns.en)})s?(?![\\w-])`;
    const tiered = `(?<![\\w.-])(${alternatives([...words.en])})[\\s-]+(?:${alternatives(nouns.en.filter((n) => n !== 'model'))})s?(?![\\w-])`;
    const zh = `(?<![\\w.])(${size})\\s*(?:上下文)?(?:${alternatives(nouns.zh)})`;
    re = new RegExp(`${sized}|${tiered}|${zh}`, 'gi');
    phrasesOf.set(words, re);
  }
  return re;
}
