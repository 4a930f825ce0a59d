/**
 * An exchange rate is the currency pair's figure, never a company's: "按2024年年均汇率7.1957折算，百度营收约合
 * 187亿美元" states the dollar-yuan rate, not a measure of Baidu, and "using December's average of 7.28 yuan
 * per dollar, Microsoft's…" likewise. So a figure bound to a metric the fact base files only under currency
 * pairs (fx.rate) takes as its entity the pair the text names or converts between, or none at all.
 *
 * Which pair: the one whose two currencies, and no third, the sentence writes (as words, "美元", "yuan", as
 * the currencies of its amounts, or as a pair's alias, "人民币汇率", "USD/CNY"); when the sentence writes one
 * side at most, the same read over the paragraph, its headings and a table cell's column header, bound as context (it may warn, never
 * err). Only one currency written there, a side of one pair alone, names that pair when the rate is near
 * its recorded ones (`pairOfOneSide`). The pair's own facts say how it is quoted ("CNY/USD": yuan per dollar); a figure below 1 between
 * them is the other way round ("0.14 dollars per yuan") and binds no pair, since those facts would not
 * judge it.
 */
import type { Binding, Quantity, Span } from '../model';
import type { BindingKnowledge } from './knowledge';
import { LEXICON } from '../recognize/lexicon';
import { mentionsIn, type EntityMention } from './mentions';

/** A currency pair with facts of the metric, and the two currencies its facts are quoted in. */
interface QuotedPair {
  id: string;
  quote: string;
  base: string;
  /** The lowest and highest rate the pair's facts of the metric record. */
  low: number;
  high: number;
}

/**
 * The metrics only currency pairs own (some pair files facts of it, no other entity does), each with the
 * pairs filing it and how each is quoted ("CNY/USD": yuan per dollar). Read once per fact list.
 */
const pairMetricsCache = new WeakMap<object, ReadonlyMap<string, QuotedPair[]>>();

function pairMetrics(kb: BindingKnowledge): ReadonlyMap<string, QuotedPair[]> {
  if (!kb.facts) return new Map();
  const cached = pairMetricsCache.get(kb.facts);
  if (cached) return cached;
  const byMetric = new Map<string, QuotedPair[]>();
  const ownedElsewhere = new Set<string>();
  for (const f of kb.facts) {
    if (kb.entities.get(f.entity)?.kind !== 'currency-pair') {
      ownedElsewhere.add(f.metric);
      continue;
    }
    const sides = f.unit.split('/');
    const pairs = byMetric.get(f.metric) ?? [];
    const low = f.low ?? f.value ?? Infinity;
    const high = f.high ?? f.value ?? -Infinity;
    const known = pairs.find((p) => p.id === f.entity);
    if (known) {
      known.low = Math.min(known.low, low);
      known.high = Math.max(known.high, high);
    } else if (sides.length === 2) pairs.push({ id: f.entity, quote: sides[0], base: sides[1], low, high });
    byMetric.set(f.metric, pairs);
  }
  for (const metric of ownedElsewhere) byMetric.delete(metric);
  pairMetricsCache.set(kb.facts, byMetric);
  return byMetric;
}

/**
 * Currency words as written, longest first, each with its code. A lone 元 or 块钱 is left out: 元 closes 港元,
 * 欧元, 日元 and every yuan amount alike, and the amounts say their own currency (quantity.currency).
 */
const CURRENCY_WORDS: readonly { word: string; code: string; latin: boolean }[] = LEXICON.currencies
  .flatMap((c) => [...c.en, ...c.codes, ...c.zh].map((word) => ({ word: word.toLowerCase(), code: c.code, latin: /^[\x20-\x7e]+$/.test(word) })))
  .filter((w) => w.word !== '元' && w.word !== '块钱' && w.word.length > 1)
  .sort((a, b) => b.word.length - a.word.length);

const LATIN_WORD_CHAR = /[a-z0-9]/i;

/** The currencies written in `span`: its amounts' and its currency words'. */
function currenciesIn(text: string, span: Span, quantities: readonly Quantity[]): Set<string> {
  const found = new Set<string>();
  for (const q of mentionsIn(quantities, span.start, span.end)) if (q.currency) found.add(q.currency);
  const lower = text.slice(span.start, span.end).toLowerCase();
  const taken = new Uint8Array(lower.length);
  for (const { word, code, latin } of CURRENCY_WORDS) {
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) {
      const end = at + word.length;
      if (taken[at] || taken[end - 1]) continue;
      // "usd" in "usdt", "rmb" inside a longer token: a Latin word counts only standing alone.
      if (latin && (LATIN_WORD_CHAR.test(lower[at - 1] ?? '') || LATIN_WORD_CHAR.test(lower[end] ?? ''))) continue;
      taken.fill(1, at, end);
      found.add(code);
    }
  }
  return found;
}

/** The one pair whose two currencies, and no other, `currencies` holds. */
function pairOf(currencies: ReadonlySet<string>, pairs: readonly QuotedPair[]): QuotedPair | undefined {
  if (currencies.size !== 2) return undefined;
  const matching = pairs.filter((p) => currencies.has(p.quote) && currencies.has(p.base));
  return matching.length === 1 ? matching[0] : undefined;
}

/** How far a rate may lie from the pair's recorded ones and still be read as its quote. */
const RATE_SPREAD = 1.5;

/**
 * One currency written, the side of a single pair, at a rate within reach of that pair's recorded rates
 * ("若改用人民币中间价，9月末为7.1268"; a price list "(人民币版)" converting "按11月月均汇率7.2807"): the other
 * side goes without saying. A rate far from every recorded one (a dollar index of 104 beside "美元") is
 * some other quote, and binds no pair.
 */
function pairOfOneSide(currencies: ReadonlySet<string>, pairs: readonly QuotedPair[], rate: number): QuotedPair | undefined {
  if (currencies.size !== 1) return undefined;
  const [code] = currencies;
  const matching = pairs.filter((p) => p.quote === code || p.base === code);
  const pair = matching.length === 1 ? matching[0] : undefined;
  return pair && rate >= pair.low / RATE_SPREAD && rate <= pair.high * RATE_SPREAD ? pair : undefined;
}

export interface PairInput {
  text: string;
  quantity: Quantity;
  /** The figure's sentence (or table row), its paragraph and the headings it is read under. */
  sentence: Span;
  paragraph: Span;
  headings: readonly Span[];
  /** A table cell's column header ("| 口径 | 美元兑人民币 |"): read with the paragraph, as a heading is. */
  columnHeader?: Span;
  mentions: readonly EntityMention[];
  quantities: readonly Quantity[];
}

/**
 * For a figure of a metric only currency pairs own: `{ entity }`, the pair (or undefined when the text
 * does not say which, or quotes it the other way round). For any other metric: undefined, and the
 * entity bound as written stands.
 */
export function currencyPairOwner(input: PairInput, metric: string | undefined, kb: BindingKnowledge): { entity: Binding<string> | undefined } | undefined {
  if (metric === undefined) return undefined;
  const pairs = pairMetrics(kb).get(metric);
  if (!pairs || pairs.length === 0) return undefined;
  const { text, quantity, sentence, paragraph } = input;
  // A pair named by its alias ("人民币汇率") adds its two currencies to those the sentence writes.
  const inSentence = currenciesIn(text, sentence, input.quantities);
  const named = mentionsIn(input.mentions, sentence.start, sentence.end).filter((m) => pairs.some((p) => p.id === m.entity));
  for (const m of named) for (const p of pairs) if (p.id === m.entity) inSentence.add(p.quote).add(p.base);
  let pair = pairOf(inSentence, pairs);
  let entity: Binding<string> | undefined = pair && { value: pair.id, how: 'sentence' };
  // The sentence writes one side at most ("按年均汇率7.0809折算，约合190亿美元"): the paragraph and its headings
  // may write both. A third currency in the sentence ("欧元兑人民币约7.7") is never widened away.
  if (!pair && inSentence.size < 2) {
    const wider = new Set(inSentence);
    for (const span of [paragraph, ...(input.columnHeader ? [input.columnHeader] : []), ...input.headings]) for (const code of currenciesIn(text, span, input.quantities)) wider.add(code);
    pair = pairOf(wider, pairs) ?? pairOfOneSide(wider, pairs, quantity.value);
    entity = pair && { value: pair.id, how: 'context' };
  }
  // Quoted the other way round ("0.14 dollars per yuan"): the pair's facts, quote per base, cannot judge it.
  if (!pair || quantity.value < 1) return { entity: undefined };
  return { entity };
}
