/**
 * A date inside a relative clause, participle or 的-phrase of one figure dates that figure alone
 * (bind/modifierDate.ts); a definite figure followed by a new dated item ("plus a … expansion in May")
 * takes no date from it (bind/conjunctDate.ts). Bundled facts: Amazon's $1.25B in Anthropic (September
 * 2023) and $2.75B more (27 March 2024); OpenAI's CoreWeave contract of $11.9B (March 2025) and a $4B
 * expansion (May 2025).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const APRIL = '2024-04-10';
const NOV = '2025-11-20';
const start = (text: string, figure: string, date: string) => flaggedClaim(text, figure, date).claim?.period?.value.start;

describe('a date in one figure\'s modifier dates that figure only', () => {
  it('en: a contact relative clause ("the $X it put in last September")', () => {
    const text = 'In March 2024 Amazon put a further $2.75 billion into Anthropic, on top of the $1.25 billion it invested last September.';
    expect(flaggedClaim(text, '$2.75 billion', APRIL).verdicts).toEqual([]);
    expect(start(text, '$2.75 billion', APRIL)).toBe('2024-03-01');
    expect(start(text, '$1.25 billion', APRIL)).toBe('2023-09-01');
  });

  it('en: a participle ("the $X announced in September 2023") leaves the other figure to the paragraph', () => {
    const text = '**27 March 2024.** Amazon adds $2.75 billion to the $1.25 billion announced in September 2023.';
    expect(flaggedClaim(text, '$2.75 billion', APRIL).verdicts).toEqual([]);
    expect(start(text, '$2.75 billion', APRIL)).toBe('2024-03-27');
  });

  it('en: a "that" clause', () => {
    const text = 'Amazon added $2.75 billion in March 2024 to the $1.25 billion that it committed in September 2023.';
    expect(flaggedClaim(text, '$2.75 billion', APRIL).verdicts).toEqual([]);
  });

  it('zh: a date in the 的-phrase inside a frame (在…之外)', () => {
    const text = '2024年3月，亚马逊在去年9月投入的12.5亿美元之外再追加27.5亿美元。';
    expect(start(text, '27.5亿美元', APRIL)).toBe('2024-03-01');
    expect(start(text, '12.5亿美元', APRIL)).toBe('2023-09-01');
  });

  it('en: a definite figure "from" or "of" a date leaves the other figure to the paragraph', () => {
    const text = '**27 March 2024.** Amazon adds $2.75 billion to the $1.25 billion from September 2023.';
    expect(flaggedClaim(text, '$2.75 billion', APRIL).verdicts).toEqual([]);
    expect(start(text, '$2.75 billion', APRIL)).toBe('2024-03-27');
    const of = '**27 March 2024.** Amazon adds $2.75 billion to its $1.25 billion of 2023.';
    expect(start(of, '$2.75 billion', APRIL)).toBe('2024-03-27');
  });

  it('zh: a bare genitive date inside a frame (在去年的X之外)', () => {
    const text = '**2024年3月27日。** 亚马逊在去年的12.5亿美元之外再追加27.5亿美元。';
    expect(start(text, '27.5亿美元', APRIL)).toBe('2024-03-27');
  });

  it('near miss: a figure first named "from" a date is dated by it as usual', () => {
    const text = '**27 March 2024.** Amazon adds $2.75 billion to $1.25 billion from September 2023.';
    expect(start(text, '$2.75 billion', APRIL)).toBe('2023-09-01');
  });

  it('near miss: a date of the clause itself still dates its figure', () => {
    const text = 'Amazon added $2.75 billion last September to the $1.25 billion it already held.';
    expect(start(text, '$2.75 billion', APRIL)).toBe('2023-09-01');
  });

  it('near miss: a figure inside the modifier after the date shares it', () => {
    const text = 'Amazon added $2.75 billion to the $1.25 billion it put in last September at a price we do not know.';
    expect(start(text, '$1.25 billion', APRIL)).toBe('2023-09-01');
  });

  it('en: a passive contact clause ("the $X it was valued at in June")', () => {
    const text = 'Anysphere closed a $2.3 billion round on November 13. The $29.3 billion valuation is nearly three times the $9.9 billion it was valued at in June.';
    expect(flaggedClaim(text, '$29.3 billion', NOV).verdicts).toEqual([]);
    expect(start(text, '$29.3 billion', NOV)).not.toBe('2025-06-01');
    expect(start(text, '$9.9 billion', NOV)).toBe('2025-06-01');
    // Wrong variant: the June figure said of the new round's valuation is still told.
    const wrong = 'Anysphere closed a $2.3 billion round on November 13. The $9.9 billion valuation is nearly a third of the $29.3 billion it was valued at in June.';
    expect(flaggedClaim(wrong, '$29.3 billion', NOV).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a zh date opening its clause frames the sentence, not one figure', () => {
    const text = '去年9月投入的12.5亿美元和追加的27.5亿美元都来自亚马逊。';
    expect(start(text, '27.5亿美元', APRIL)).toBe('2023-09-01');
  });
});

describe('a definite figure takes no date from a new item after it', () => {
  it('en: "the $X contract plus a $Y expansion in May"', () => {
    const text = 'For OpenAI, CoreWeave signed the $11.9 billion contract plus a $4 billion expansion in May.';
    expect(flaggedClaim(text, '$11.9 billion', NOV).claim?.period).toBeUndefined();
    expect(flaggedClaim(text, '$11.9 billion', NOV).verdicts).toEqual([]);
    expect(start(text, '$4 billion', NOV)).toBe('2025-05-01');
  });

  it('en: "its $X contract and another $Y in May"', () => {
    const text = 'CoreWeave signed its $11.9 billion contract with OpenAI and another $4 billion in May.';
    expect(flaggedClaim(text, '$11.9 billion', NOV).verdicts).toEqual([]);
  });

  it('near miss: two definite figures before the date leave it to both', () => {
    const text = 'CoreWeave signed the $11.9 billion contract and the $4 billion expansion in May.';
    expect(start(text, '$11.9 billion', NOV)).toBe('2025-05-01');
  });
});

describe('a definite figure "for" a period is told by it (session 24)', () => {
  // Bundled facts: Databricks valued at $62B (Series J, announced 2024-12-17); revenue $1.6B for the year to January 2024.
  it('"At $62 billion … about 39x its $1.6 billion of revenue for the fiscal year to January 2024": the year is the revenue’s', () => {
    const text = 'At $62 billion, Databricks was priced near 39 times its $1.6 billion of revenue for the fiscal year to January 2024.';
    expect(start(text, '$62 billion', '2025-02-01')).toBeUndefined();
    expect(flaggedClaim(text, '$62 billion', '2025-02-01').verdicts).toEqual([]);
    expect(start(text, '$1.6 billion', '2025-02-01')).toBe('2023-02-01');
  });
  it('near miss: a figure introduced with no determiner keeps the period its clause writes', () => {
    expect(start('Databricks booked $1.6 billion of revenue for the fiscal year to January 2024.', '$1.6 billion', '2025-02-01')).toBe('2023-02-01');
  });
});
