/**
 * A date written in a later conjunct does not reach a figure its own conjunct marks as the earlier one
 * ("the original", "the initial", 最初的): "the original $11.9 billion contract plus a $4 billion
 * expansion in May" dates the expansion only (bind/conjunctDate.ts). Bundled facts: OpenAI's CoreWeave
 * contract of $11.9B (March 2025), expanded by about $4B in May 2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-11-20';

describe('a figure marked as the earlier one takes no date from another conjunct', () => {
  it('en: "the original … plus … in May"', () => {
    const text = 'For OpenAI, CoreWeave signed the original $11.9 billion five-year contract plus a roughly $4 billion expansion in May.';
    const first = flaggedClaim(text, '$11.9 billion', DATE);
    expect(first.claim?.period).toBeUndefined();
    expect(first.verdicts).toEqual([]);
    expect(flaggedClaim(text, '$4 billion', DATE).claim?.period?.value.start).toBe('2025-05-01');
  });

  it('en: "the initial … and … in May"', () => {
    const text = 'CoreWeave booked the initial $11.9 billion deal with OpenAI and a $4 billion expansion in May.';
    expect(flaggedClaim(text, '$11.9 billion', DATE).verdicts).toEqual([]);
  });

  it('zh: 最初的 marks the earlier contract', () => {
    const { claim, verdicts } = flaggedClaim('CoreWeave与OpenAI最初的119亿美元合同加上5月约40亿美元的扩容，合计约160亿美元。', '119亿美元', DATE);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('near miss: with no earlier mark, a date after the coordination still reaches both figures', () => {
    const text = 'CoreWeave signed an $11.9 billion contract and a $4 billion expansion with OpenAI in May.';
    expect(flaggedClaim(text, '$11.9 billion', DATE).claim?.period?.value.start).toBe('2025-05-01');
  });

  it('near miss: a figure dated in its own conjunct keeps its date', () => {
    const text = 'CoreWeave signed the original $11.9 billion contract with OpenAI in May, and a $4 billion expansion later.';
    expect(flaggedClaim(text, '$11.9 billion', DATE).verdicts).toEqual(['wrong-period']);
  });
});

describe('a first, seed or angel round takes no date from the round coordinated after it', () => {
  it('en: "a first round of … and then the … round in June 2023"', () => {
    const text = 'Before the deal Inflection had raised a first round of $225 million and then the $1.3 billion round led by Microsoft in June 2023.';
    const first = flaggedClaim(text, '$225 million', DATE);
    expect(first.claim?.period).toBeUndefined();
    expect(first.verdicts).toEqual([]);
    expect(flaggedClaim(text, '$1.3 billion', DATE).claim?.period?.value.start).toBe('2023-06-01');
  });

  it('en: a seed round', () => {
    const text = 'Inflection raised a seed of $225 million and then a $1.3 billion round in June 2023.';
    expect(flaggedClaim(text, '$225 million', DATE).verdicts).toEqual([]);
  });

  it('zh: 首轮 and 天使轮 are not the dated round', () => {
    expect(flaggedClaim('Inflection先后完成首轮2.25亿美元融资和2023年6月由微软领投的13亿美元融资。', '2.25亿美元', DATE).verdicts).toEqual([]);
    expect(flaggedClaim('Inflection完成了天使轮2.25亿美元融资，随后在2023年6月完成13亿美元融资。', '2.25亿美元', DATE).verdicts).toEqual([]);
  });

  it('near miss: a round dated in its own conjunct keeps its date and its error', () => {
    const text = 'Inflection raised $225 million in a round in June 2023 and then the $1.3 billion round.';
    expect(flaggedClaim(text, '$225 million', DATE).verdicts).toEqual(['contradicted']);
  });
});
