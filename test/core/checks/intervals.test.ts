/**
 * hasInterval tells whether a fact is numeric without building its interval (it is asked of every fact
 * of an entity for each claim): it must agree with factInterval on every shape of fact.
 */
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../server/src/core/model';
import { factInterval, hasInterval } from '../../../server/src/core/checks/intervals';

function fact(figure: Partial<Pick<Fact, 'value' | 'low' | 'high'>>): Fact {
  return { id: 'F', entity: 'e', metric: 'm', ...figure, unit: 'USD', period: { start: '2024-01-01', end: '2024-12-31', label: '' }, qualifiers: [], sources: [], confidence: 'high', fromMemory: false };
}

describe('hasInterval', () => {
  it('agrees with factInterval for a value, a range, an open bound', () => {
    for (const f of [fact({ value: 5e9 }), fact({ value: 0 }), fact({ low: 1e9, high: 2e9 }), fact({ low: 1e9 }), fact({ high: 2e9 })]) {
      expect(hasInterval(f)).toBe(true);
      expect(factInterval(f)).not.toBeNull();
    }
  });

  it('and for a text-only fact, which has none', () => {
    const textOnly = fact({});
    expect(hasInterval(textOnly)).toBe(false);
    expect(factInterval(textOnly)).toBeNull();
  });
});
