/** What kind of quantity a fact unit is, so a fact's unit can be held against its metric's `kinds`. */
import type { QuantityKind } from '../model';

export const CURRENCY_UNITS: ReadonlySet<string> = new Set(['USD', 'CNY', 'EUR', 'HKD', 'TWD', 'KRW', 'GBP', 'JPY']);

/** The QuantityKind of a unit; 'text' for the units of text-only facts (date, text). */
export function unitKind(unit: string): QuantityKind | 'text' {
  if (CURRENCY_UNITS.has(unit)) return 'money';
  switch (unit) {
    case 'count':
    case 'percent':
    case 'points':
    case 'ratio':
    case 'multiple':
      return unit;
    case 'date':
    case 'text':
      return 'text';
    default:
      // ordinal, CNY/USD, GW, TWh, GB, TB/s, W, TFLOPS, PFLOPS, days: plain numbers with a unit.
      return 'number';
  }
}
