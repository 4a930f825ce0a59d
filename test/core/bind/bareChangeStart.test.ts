/**
 * "Groq: $2.8 billion in August 2024 to $6.9 billion": a date written with the first figure of a change
 * without "from" dates that start only; the end is a later level (baselineDate.ts datesBareChangeStart).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { periodLabel } from '../../helpers/claimPeriod';

const DATE = '2025-11-26';

describe('the date of a change\'s start without "from"', () => {
  it('dates the start, not the end (English)', () => {
    const text = '- **Groq**: $2.8 billion in August 2024 to $6.9 billion, about 2.5x.';
    expect(periodLabel(text, DATE, '$2.8 billion')).toBe('Aug 2024');
    expect(periodLabel(text, DATE, '$6.9 billion')).toBeUndefined();
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('dates the start, not the end (Chinese, the start marked by 的)', () => {
    const text = '- **Groq**：估值2024年8月的28亿美元升至69亿美元，约2.5倍。';
    expect(periodLabel(text, DATE, '28亿美元')).toBe('Aug 2024');
    expect(periodLabel(text, DATE, '69亿美元')).toBeUndefined();
    expect(flagged(text, DATE)).toEqual([]);
  });

  it('is not carried to the next sentence either', () => {
    const text = "Groq's valuation: $2.8 billion in August 2024 to $6.9 billion. Its revenue was about $90 million.";
    expect(periodLabel(text, DATE, '$90 million')).toBeUndefined();
  });

  it('keeps the date of a rise and the level it reached ("rose $4.1 billion in 2025 to $6.9 billion")', () => {
    const text = "Groq's valuation rose $4.1 billion in 2025 to $6.9 billion.";
    expect(periodLabel(text, DATE, '$6.9 billion')).toBe('2025');
  });

  it('still flags the end figure dated in its own words with another period', () => {
    expect(flagged("Groq's valuation was $6.9 billion in August 2024.", DATE)).toEqual(['$6.9 billion fact.wrong-period']);
    expect(flagged('Groq在2024年8月的估值为69亿美元。', DATE)).toEqual(['69亿美元 fact.wrong-period']);
  });
});
