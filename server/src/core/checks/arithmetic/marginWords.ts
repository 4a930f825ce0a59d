/**
 * The words of a written margin, read from data/metrics.yaml so that a trigger added there reaches the
 * arithmetic too (writtenMargin.ts): a profit metric that has a margin (`shareOf` and `marginNames`: net
 * income, operating income) is named by its names and triggers; its margin by its
 * `marginNames`; the whole it is a share of (revenue) by that metric's names and triggers. A bare margin
 * ("margin", "profit margin", "利润率") is over whichever profit it follows: the names of the
 * `profit-margin` metric, the measure that names no particular profit.
 */
import type { FactBase } from '../../facts/index';
import type { Lang, Metric } from '../../model';
import { escapeRegExp } from '../../text/escapeRegExp';
import { HEDGE_EN, HEDGE_ZH } from './cues';

/** A profit metric's id, or `any` for a bare margin. */
export type MarginKind = string;
export const ANY_PROFIT = 'any';

/** The metric a bare margin names: a margin of no particular profit. */
const BARE_MARGIN_METRIC = 'profit-margin';

export interface MarginWords {
  /** ", a margin of", ", an operating margin of about", "，净利率约": the gap between profit and margin; group 1 is the margin word. */
  marginGap: RegExp;
  /** Margin word (lower case) → the profit it is over. */
  marginKind: Map<string, MarginKind>;
  /** The profit's own words right before it ("operating income of", "operating income rose to", "net income for the year was", "净利润"): group 1 is the word. */
  profitBefore: RegExp;
  /** The profit's own words right after it ("of operating profit"): group 1 is the word (English only). */
  profitAfter?: RegExp;
  /** Profit word (lower case) → its metric. */
  profitKind: Map<string, MarginKind>;
  /** The revenue's words before it, through other numbers ("sales grew 19% to"; English stops at a comma). */
  revenueBefore: RegExp;
  /** The revenue's words after it ("of revenue"; English only). */
  revenueAfter?: RegExp;
}

/** Longest first, so that "operating profit" is read before "profit" and "净利润" before "利润". */
const alternation = (words: Iterable<string>) =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

function build(kb: FactBase, lang: Lang): MarginWords {
  const metrics = [...kb.metrics.values()];
  const profits = metrics.filter((m): m is Metric & { shareOf: string } => !!m.shareOf && !!m.marginNames?.[lang]?.length);
  const marginKind = new Map<string, MarginKind>();
  const profitKind = new Map<string, MarginKind>();
  for (const w of kb.metrics.get(BARE_MARGIN_METRIC)?.names[lang] ?? []) marginKind.set(w.toLowerCase(), ANY_PROFIT);
  for (const m of profits) {
    for (const w of m.marginNames![lang]) marginKind.set(w.toLowerCase(), m.id);
    for (const w of [...m.names[lang], ...m.triggers[lang]]) if (!profitKind.has(w.toLowerCase())) profitKind.set(w.toLowerCase(), m.id);
  }
  const wholes = [...new Set(profits.map((m) => m.shareOf))].map((id) => kb.metrics.get(id)).filter((m): m is Metric => !!m);
  const margin = alternation(marginKind.keys());
  const profit = alternation(profitKind.keys());
  const revenue = alternation(wholes.flatMap((m) => [...m.names[lang], ...m.triggers[lang]]));
  if (lang === 'zh') {
    const link = `(?:为|是|达到|达|约为|约)*\\s*(?:${HEDGE_ZH})?\\s*$`;
    return {
      marginGap: new RegExp(`^\\s*[，,（(]\\s*(${margin})(?:约为|为|是|达到|达|约)*\\s*(?:${HEDGE_ZH})?\\s*$`),
      marginKind,
      profitBefore: new RegExp(`(${profit})${link}`),
      profitKind,
      revenueBefore: new RegExp(`(?:${revenue})${link}`),
    };
  }
  return {
    marginGap: new RegExp(`^\\s*[,(]\\s*(?:or\\s+|for\\s+)?(?:an?\\s+)?(${margin})\\s+(?:of\\s+|was\\s+|is\\s+)?(?:${HEDGE_EN}\\s+)?$`, 'i'),
    marginKind,
    profitBefore: new RegExp(`\\b(${profit})\\s+(?:(?:for|in) (?:the )?(?:full )?(?:year|quarter|period|fiscal year|Q[1-4]|(?:19|20)\\d{2})\\s+)?(?:of|was|were|came to|reached|at|(?:rose|grew|climbed|jumped|increased|fell|dropped|declined|shrank) to)?\\s*(?:${HEDGE_EN}\\s+)?$`, 'i'),
    profitAfter: new RegExp(`^\\s+(?:of|in)\\s+(${profit})\\b`, 'i'),
    profitKind,
    revenueBefore: new RegExp(`\\b(?:${revenue})\\b[^;:,]{0,25}$`, 'i'),
    revenueAfter: new RegExp(`^\\s+(?:of|in)\\s+(?:${revenue})\\b`, 'i'),
  };
}

/** Compiled once per fact base and language (the metrics are the fact base's). */
const cache = new WeakMap<FactBase, Partial<Record<Lang, MarginWords>>>();
export function marginWords(kb: FactBase, lang: Lang): MarginWords {
  let byLang = cache.get(kb);
  if (!byLang) cache.set(kb, (byLang = {}));
  return (byLang[lang] ??= build(kb, lang));
}
