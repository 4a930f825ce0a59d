/**
 * "a 6 GW supply deal whose first 1 GW ships in the second half of 2026": a date inside a relative clause
 * with a figure of its own dates that figure, not the head figure before it (modifierDate.ts).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-10-10';

describe('a date in a relative clause with its own figure', () => {
  it('does not date the head figure (whose, of which, which)', () => {
    const text = 'AMD gave OpenAI a warrant for up to 160 million shares, about 10% of the company, alongside a 6 GW supply deal whose first 1 GW ships in the second half of 2026.';
    expect(periodLabel(text, DATE, '6')).toBeUndefined();
    expect(periodLabel(text, DATE, '160 million')).toBeUndefined();
    expect(flagged(text, DATE)).not.toContain('6 fact.wrong-period');
    expect(periodLabel('AMD signed a 6 GW supply deal of which 1 GW ships in the second half of 2026.', DATE, '6')).toBeUndefined();
    expect(periodLabel('AMD signed a 6 GW supply deal which sees 1 GW ship in the second half of 2026.', DATE, '6')).toBeUndefined();
  });

  it('leaves the head figure undated in Chinese, where 其中 opens a clause of its own', () => {
    const text = 'AMD与OpenAI签订6吉瓦供货协议，其中首批1吉瓦将于2026年下半年交付。';
    expect(periodLabel(text, DATE, '6吉瓦')).toBeUndefined();
  });

  it("still dates a head figure by its own clause's date", () => {
    expect(periodLabel('AMD signed a 6 GW supply deal in the second half of 2026.', DATE, '6')).toBe('H2 2026');
    expect(flagged('AMD signed a 6 GW supply deal with OpenAI in the second half of 2026.', DATE)).toEqual(['6 fact.wrong-period']);
  });

  it("leaves the clause's first tranche undated when it ships later (a delivery step), not when it shipped", () => {
    const text = 'AMD signed a 6 GW supply deal whose first 1 GW ships in the second half of 2026.';
    expect(periodLabel(text, DATE, '1')).toBeUndefined();
    expect(periodLabel('AMD said the first 50,000 GPUs shipped in the third quarter of 2025.', DATE, '50,000 GPUs')).toBe('Q3 2025');
  });
});
