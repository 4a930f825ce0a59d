/**
 * A comparison's baseline written with its period first, as a possessive (bind/baselineDate.ts): "up $X on
 * fiscal 2023's $Y", "versus the prior year's $Y", 比2023财年的Y多X. The period is the baseline's, not the
 * change's: the change takes the sentence's other period, or none.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2024-06-01';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value.label;

describe("a possessive period before a comparison's baseline dates the baseline only", () => {
  it('English: on / versus / against / than + period + \'s + figure', () => {
    for (const prep of ['on', 'versus', 'against', 'compared with']) {
      const text = `For the year as a whole, Nvidia's revenue was up $40.1 billion ${prep} fiscal 2022's $26.9 billion.`;
      expect(periodOf(text, '$40.1 billion')).not.toBe('FY2022');
      expect(periodOf(text, '$26.9 billion')).toBe('FY2022');
    }
  });

  it('Chinese: 比/较 + period + 的 + figure', () => {
    const zh = '全年来看，英伟达营收比2022财年的269亿美元多出401亿美元。';
    expect(periodOf(zh, '401亿美元')).not.toBe('FY2022');
    expect(periodOf(zh, '269亿美元')).toBe('FY2022');
  });

  it('near misses: a period without the possessive, or one the change is written in, still dates it', () => {
    expect(periodOf("Nvidia's revenue was $26.9 billion in fiscal 2022.", '$26.9 billion')).toBe('FY2022');
    expect(periodOf("In fiscal 2024 Nvidia's revenue was up $40.1 billion on fiscal 2023's $27.0 billion.", '$40.1 billion')).toBe('FY2024');
    expect(periodOf("Nvidia's revenue was up $3.1 billion on the year in fiscal 2022.", '$3.1 billion')).toBe('FY2022');
  });
});
