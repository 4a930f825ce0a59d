/**
 * A figure its sentence does not date, whose number as written is on record for its entity and metric at
 * another time, is no slip of the figure of the period the binder guessed (checks/facts/verdicts/
 * unplacedFigure.ts). Bundled facts: Nvidia's letter of intent to invest up to $100B in OpenAI
 * (September 2025) and its pledge of up to $10B for Anthropic (18 November 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from '../../bind/flaggedClaim';

const DATE = '2025-11-25';

describe('a figure on record as written, dated only by the document', () => {
  it('zh: no slip of the later, smaller investment', () => {
    const text = '## 供应商一览\n\n英伟达：按意向书最多投资1000亿美元，分批到位。\n';
    const { claim, verdicts } = flaggedClaim(text, '1000亿美元', DATE);
    expect(claim?.metric?.value).toBe('investment');
    expect(verdicts).toEqual([]);
  });

  it('en: the same in English', () => {
    const text = '## Suppliers\n\nNvidia: a letter of intent to invest up to $100 billion, paid in stages.\n';
    expect(flaggedClaim(text, '$100 billion', DATE).verdicts).toEqual([]);
  });

  it('near miss: a date written in the sentence is the writer\'s own, and the slip is still told', () => {
    const text = '2025年11月18日，英伟达宣布最多投资1000亿美元。\n';
    expect(flaggedClaim(text, '1000亿美元', DATE).verdicts).toEqual(['wrong-scale']);
  });
});
