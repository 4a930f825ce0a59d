/**
 * A number as a reader found it, before its surroundings (currency, unit, hedges, exclusions) are
 * looked at. Readers: read-arabic.ts, read-zh.ts, read-en.ts, vague.ts. assemble.ts turns a Core into
 * a Quantity or rejects it.
 */
import type { Bound, QuantityKind } from '../model';

export interface Core {
  /** Quantity span so far: the sign, a 百分之 prefix, the number, its scale word, 多/余 inside. */
  start: number;
  end: number;
  /** The written number (with its scale word): what a fix replaces. */
  numStart: number;
  numEnd: number;
  value: number;
  /** Value of one unit of the last written digit, scale applied (0 = exact, e.g. fractions). */
  place: number;
  decimals: number;
  scale: number;
  scaleWord: string;
  grouping: boolean;
  numerals: 'arabic' | 'chinese' | 'mixed';
  source: 'arabic' | 'zh' | 'words';
  /** Kind fixed by the reader: ratio (fractions), percent (百分之), multiple (翻倍), vague. */
  kind?: QuantityKind;
  /** A lone Chinese numeral or units only (十, 两, 百万): kept only with a unit or when isolated. */
  weak: boolean;
  /** Arabic digits before the point (0 for words and Chinese numerals). */
  intDigits: number;
  /** A bare Arabic integer: no sign, grouping, decimals or scale word. */
  integer: boolean;
  /** 多/余/几 inside a Chinese numeral: a bound read from the numeral itself. */
  inner?: { text: string; bound: Bound };
  /** Vague magnitudes carry their own interval and bound. */
  low?: number | null;
  high?: number | null;
  bound?: Bound;
}

/** A written fraction (1/10, 十分之一, one tenth) is read to ±5% of its value: writers round shares. */
export const FRACTION_PLACE = 0.1;

export function baseCore(fields: Partial<Core> & Pick<Core, 'start' | 'end' | 'value'>): Core {
  return {
    numStart: fields.start,
    numEnd: fields.end,
    place: 1,
    decimals: 0,
    scale: 1,
    scaleWord: '',
    grouping: false,
    numerals: 'arabic',
    source: 'arabic',
    weak: false,
    intDigits: 0,
    integer: false,
    ...fields,
  };
}
