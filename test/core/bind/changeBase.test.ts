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
import { draftFindings } from '../../helpers/draftFindings';

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

// Amazon's 2025 capex was forecast at ~$125B (bundled facts); read as 2024's it is another period's.
describe('a year a percentage or multiple is compared with does not date its clause\'s figures', () => {
  const date = '2025-11-01';
  it('"60% above 2024", "2.6 times 2023", "81% more than its 2024 outlay"', () => {
    const text = "Amazon's capital spending of about $125 billion is roughly 60% above 2024 and 2.6 times 2023.";
    const claim = analyzedClaim(text, '$125 billion', date);
    expect(claim?.period?.value.label).not.toBe('2024');
    expect(claim?.period?.value.label).not.toBe('2023');
    expect(analyzedClaim("Amazon's capital spending of about $125 billion is 81% more than its 2024 outlay.", '$125 billion', date)?.period?.value.label).not.toBe('2024');
  });

  it('nor the next sentence\'s, as a period it carries on', () => {
    const text = "Amazon's capital spending would be roughly 60% above 2024. Amazon's capital spending would be about $125 billion.";
    expect(analyzedClaim(text, '$125 billion', date)?.period?.value.label).not.toBe('2024');
  });

  it('near miss: a year with its own figure after it ("2.4 times fiscal 2024\'s $29.8 billion") dates that figure', () => {
    expect(analyzedClaim("Nvidia's net income was $72.9 billion, about 2.4 times fiscal 2024's $29.8 billion.", '$29.8 billion', date)?.period?.value.label).toBe('FY2024');
  });

  it('near miss: a year the figure is of ("$125 billion in 2024") dates it', () => {
    expect(analyzedClaim("Amazon's capital spending of about $125 billion in 2024 was far above plan.", '$125 billion', date)?.period?.value.label).toBe('2024');
  });
});

describe("a change's base dates the base's own figure written right after it", () => {
  // Nvidia's revenue was $22.1B in Q4 FY2024 and $39.3B in Q4 FY2025 (bundled facts).
  const DATE = '2025-03-10';
  it('"up 78% on the year-ago $22.1 billion": the year-ago quarter is the $22.1 billion\'s', () => {
    const en = "Nvidia's Q4 fiscal 2025 revenue of $39.3 billion rose 78% on the year-ago $22.1 billion.";
    expect(draftFindings(en, DATE)).toEqual([]);
    // The current quarter's figure written as the year-ago one is another period's.
    expect(draftFindings("Nvidia's Q4 fiscal 2025 revenue of $39.3 billion rose 78% on the year-ago $39.3 billion.", DATE)).toEqual(['$39.3 billion fact.wrong-period warning']);
  });
});

describe('the period an amount is "above" or "below" is what it is compared with', () => {
  // Nvidia's net income was $29.76B in FY2024 and $72.88B in FY2025 (bundled facts).
  it('"$72.88 billion was $43.12 billion above fiscal 2024": fiscal 2024 is not the $72.88 billion\'s year', () => {
    expect(draftFindings("Nvidia's net income of $72.88 billion was $43.12 billion above fiscal 2024.", '2025-03-10')).toEqual([]);
    expect(analyzedClaim("Nvidia's net income of $72.88 billion was $43.12 billion above fiscal 2024.", '$72.88 billion', '2025-03-10')?.period?.value.label).not.toBe('FY2024');
    // A year with its own figure right after it still dates that figure.
    expect(analyzedClaim("Nvidia's net income was $43.12 billion above fiscal 2024's $29.76 billion.", '$29.76 billion', '2025-03-10')?.period?.value.label).toBe('FY2024');
  });
});
