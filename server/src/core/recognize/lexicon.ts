/**
 * Typed access to data/recognizer/lexicon.json and the lookup tables built from it once.
 * The core never reads files: the JSON is imported statically and bundled.
 */
import raw from '../../../../data/recognizer/lexicon.json';
import type { Bound } from '../model';

export interface ScaleEntry {
  text: string;
  value: number;
  lang: 'en' | 'zh';
  caseSensitive: boolean;
  join: 'glued' | 'spaced' | 'either';
  needsCurrency?: boolean;
  minDigits?: number;
}

export interface CurrencyEntry {
  code: string;
  signs: string[];
  dollarPrefixes?: string[];
  codes: string[];
  en: string[];
  zh: string[];
  zhPrefix?: string[];
}

export interface SubunitEntry {
  code: string;
  factor: number;
  en: string[];
  zh: string[];
  onlyAfterMain?: boolean;
}

export interface ScaledWord {
  text: string;
  scale: number;
}

export interface HedgeEntry {
  text: string;
  lang: 'en' | 'zh';
  where: 'before' | 'after' | 'inside';
  bound: Bound;
  notAfter?: string;
}

export interface UnitNounEntry {
  unit: string;
  en: string[];
  zh: string[];
}

export interface Lexicon {
  traditionalToSimplified: Record<string, string>;
  zhDigits: Record<string, number>;
  zhFormalNumerals: string;
  zhSmallUnits: Record<string, number>;
  zhBigUnits: Record<string, number>;
  zhNonNumberWords: string[];
  scales: ScaleEntry[];
  enNumberWords: {
    cardinals: Record<string, number>;
    tens: Record<string, number>;
    multipliers: Record<string, number>;
    dozens: Record<string, number>;
    ordinals: Record<string, number>;
    negatives: string[];
    articles: string[];
  };
  currencies: CurrencyEntry[];
  yenSign: { zh: string; en: string };
  subunits: SubunitEntry[];
  percent: { en: ScaledWord[]; zhPrefix: ScaledWord[]; enPrefix: string[] };
  points: { en: ScaledWord[]; enPointsOf: string[]; zh: ScaledWord[] };
  multiples: {
    enSuffix: string[];
    enWords: Record<string, number>;
    zhSuffix: string[];
    zhWords: Record<string, number>;
    zhHalf: string[];
  };
  zhFixedNumbers: Record<string, number>;
  zhShareWords: Record<string, number>;
  zhShares: Record<string, { notBefore: string }>;
  classifiers: { zh: Record<string, string> };
  unitNouns: UnitNounEntry[];
  /** Units of measurement (TB/s, TFLOPS, 瓦, 千瓦时): the number stays a number and carries the unit, times `factor`. */
  measureUnits?: { unit: string; factor?: number; words: string[] }[];
  unitModifiers: { en: string[]; zh: string[] };
  /** Tier and edition words: read by binding (bind/variantMention.ts), not by the recogniser. */
  variantWords: { en: string[]; zh: string[]; nouns?: { en: string[]; zh: string[] }; marks?: { en: string[] } };
  perWords: { en: string[]; zhPrefix: string[] };
  perUnits: UnitNounEntry[];
  perAmounts: { en: Record<string, number> };
  hedges: HedgeEntry[];
  vague: {
    zhPrefixes: Record<string, number>;
    zhUnits: Record<string, number>;
    zhWords: Record<string, [number, number]>;
    enPlurals: Record<string, number>;
    enTensOf: Record<string, number>;
    enQuantifiers: string[];
    /** An order of magnitude, not a value: "on the order of $10 billion", 百亿美元量级 (magnitude.ts). */
    enMagnitudeBefore?: string[];
    zhMagnitudeAfter?: string[];
  };
  exclusions: {
    enModelNames: string[];
    enLabelWords: string[];
    enMonths: Record<string, number>;
    enTimeSuffixes: string[];
    zhLabelPrefixes: string[];
    zhDateSuffixes: string[];
    zhYearSuffix: string;
    zhMonthNeedsCount: string;
    zhLabelNotAfter: string;
  };
  zhOne: { timeClassifiers: string[]; determiners: string };
  zhHedgeGap: { maxGap: number; singleCharGap: string; breakers: string };
  zhIsolation: { before: string; after: string };
  rangeConnectors: { en: string[]; zh: string[] };
  rangeOpeners: string[];
  changeOpeners: string[];
}

export const LEXICON = raw as unknown as Lexicon;

export interface Match<T> {
  word: string;
  data: T;
  start: number;
  end: number;
}

/**
 * A set of words looked up at a position, longest first. Entries are grouped by their first and last
 * character so a lookup costs a handful of comparisons, never a scan of the whole list.
 */
export class WordTable<T> {
  private readonly byFirst = new Map<string, { word: string; data: T }[]>();
  private readonly byLast = new Map<string, { word: string; data: T }[]>();
  readonly maxLength: number;

  constructor(entries: Iterable<readonly [string, T]>) {
    let max = 0;
    for (const [word, data] of entries) {
      if (word.length === 0) continue;
      push(this.byFirst, word[0]!, { word, data });
      push(this.byLast, word[word.length - 1]!, { word, data });
      max = Math.max(max, word.length);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
    for (const list of this.byLast.values()) list.sort((a, b) => b.word.length - a.word.length);
    this.maxLength = max;
  }

  /** The longest entry that `s` holds at `i`, if `accept` (e.g. a word-boundary test) allows its end. */
  at(s: string, i: number, accept?: (end: number, word: string) => boolean): Match<T> | undefined {
    const list = this.byFirst.get(s[i] ?? '');
    if (!list) return undefined;
    for (const e of list) {
      if (s.startsWith(e.word, i) && (!accept || accept(i + e.word.length, e.word))) {
        return { word: e.word, data: e.data, start: i, end: i + e.word.length };
      }
    }
    return undefined;
  }

  /** The longest entry that ends exactly at `end` in `s`. */
  endingAt(s: string, end: number, accept?: (start: number, word: string) => boolean): Match<T> | undefined {
    const list = this.byLast.get(s[end - 1] ?? '');
    if (!list) return undefined;
    for (const e of list) {
      const start = end - e.word.length;
      if (start >= 0 && s.startsWith(e.word, start) && (!accept || accept(start, e.word))) {
        return { word: e.word, data: e.data, start, end };
      }
    }
    return undefined;
  }
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function table<T>(record: Record<string, T>): WordTable<T> {
  return new WordTable(Object.entries(record));
}

export function wordSet(words: readonly string[]): WordTable<true> {
  return new WordTable(words.map((w) => [w, true] as const));
}
