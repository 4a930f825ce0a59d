/**
 * Brackets holding only a date right after a figure (or its noun) footnote that figure: the next items
 * of its list are not dated by them ("种子轮1.05亿欧元（2023年6月），A轮3.85亿欧元", "a €105 million seed
 * round (June 2023), then €385 million in its Series A"). The footnoted figure keeps the date.
 * Bundled facts: Mistral AI raised €105M in June 2023 and €385M in a round announced in December 2023.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-09-12';

describe('a bracketed date right after a figure is not the next figure\'s', () => {
  itIsSilent(
    [
      ['Mistral的种子轮1.05亿欧元（2023年6月），A轮3.85亿欧元、估值约20亿欧元。', '3.85亿欧元'],
      ['Mistral raised a €105 million seed round (June 2023), then €385 million in its Series A.', '€385 million'],
    ],
    DATE,
  );

  it('the footnoted figure keeps its date', () => {
    expect(flaggedClaim('Mistral的种子轮1.05亿欧元（2023年6月），A轮3.85亿欧元。', '1.05亿欧元', DATE).claim?.period?.value.label).toBe('Jun 2023');
  });

  it("still flags a figure its own bracket dates wrongly, in both languages", () => {
    expect(flaggedClaim('Mistral的种子轮3.85亿欧元（2023年6月），A轮6亿欧元。', '3.85亿欧元', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('Mistral raised €385 million (June 2023) in its seed round.', '€385 million', DATE).verdicts).toEqual(['wrong-period']);
  });
});
