/**
 * A value that matches a period the sentence names is the binder's mix-up, not the writer's (supported),
 * but a date written after the same figure written again is that second figure's date: "$5 billion in
 * February and $5 billion again in June" does not vouch that February's $5 billion is June's. Bundled
 * facts: Harvey's valuation, $3B in February 2025 and $5B in June 2025.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const DATE = '2025-11-20';

describe('a date after the same figure written again', () => {
  it('is that figure\'s, so the first stays a wrong period (English)', () => {
    expect(flagged('Harvey raised at a $5 billion valuation in February and at $5 billion again in June, each time with $300 million of new money.', DATE)).toEqual([
      '$5 billion fact.wrong-period',
    ]);
  });

  it('as in Chinese, where each date opens its own clause', () => {
    expect(flagged('Harvey 2月估值50亿美元，6月再次以50亿美元估值融资。', DATE)).toEqual(['50亿美元 fact.wrong-period']);
  });

  it('while a baseline with its own date leaves each figure to its date', () => {
    expect(flagged('Harvey raised at a $5 billion valuation in June, up from $3 billion in February.', DATE)).toEqual([]);
    expect(flagged('Harvey在2025年6月的估值为50亿美元，2月为30亿美元。', DATE)).toEqual([]);
  });
});
