/**
 * The period a change is measured against is not the change's own (bind/changeBase.ts): in "up 17% on
 * the second quarter", "较第二季度增长17%" the second quarter is the base. And a figure written as a rise is
 * never placed by its digits on a fall (checks/facts/valueAnchor.ts): a revenue rise of 17% is not a
 * share price's 17% drop.
 * Bundled facts: Nvidia revenue Q2 FY2025 $30.04B, Q3 FY2025 $35.08B; its shares' 17% fall on 2025-01-27.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { itIsSilent } from './flaggedClaim';

const DATE = '2025-03-01';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value.label;

describe('the base of a change does not date it', () => {
  it('"up 17% on the second quarter" takes the sentence\'s quarter, not the base (en)', () => {
    expect(periodOf('Nvidia reported third-quarter fiscal 2025 revenue of $35.08 billion, up 17% on the second quarter.', '17%')).toBe('Q3 FY2025');
  });

  it('"from", "over", "versus" the base (en)', () => {
    for (const prep of ['from', 'over', 'versus']) {
      expect(periodOf(`Nvidia's sales reached $35.08 billion, 17% higher, a gain of 17% ${prep} the second quarter of fiscal 2025.`, '17%')).not.toBe('Q2 FY2025');
    }
  });

  it('较第二季度增长17% (zh)', () => {
    expect(periodOf('英伟达2025财年第三季度营收350.8亿美元，较第二季度增长17%。', '17%')).not.toBe('Q2 FY2025');
  });

  it('the level after "to" is not dated by the base either', () => {
    expect(periodOf("Nvidia's revenue rose 17% on the second quarter of fiscal 2025 to $35.08 billion.", '$35.08 billion')).not.toBe('Q2 FY2025');
  });
});

describe('near misses: a period that is no base still dates the figure', () => {
  it('"up 17% in the second quarter" is the second quarter\'s', () => {
    expect(periodOf("Nvidia's revenue was up 17% in the second quarter of fiscal 2025.", '17%')).toBe('Q2 FY2025');
  });
});

describe('a rise is never placed on a fall by its digits', () => {
  itIsSilent(
    [
      ['Nvidia reported third-quarter fiscal 2025 revenue of $35.08 billion, up 17% on the second quarter.', '17%'],
      ['Nvidia posted revenue of $35.08 billion for the third quarter of fiscal 2025, up 17% sequentially.', '17%'],
      ['英伟达2025财年第三季度营收350.8亿美元，较第二季度增长17%。', '17%'],
    ],
    DATE,
  );
});
