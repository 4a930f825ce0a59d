/**
 * A year-less month in a sentence after a dated event of its paragraph reads on from the event: the
 * next such month after it, with the document's reading kept as the other one (bind/narrativeMonth.ts).
 * A draft of mid-December 2024; with the bundled facts (Mistral's €105M seed in June 2023, its €385M
 * Series A in December 2023 and its €600M Series B in June 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2024-12-16';

describe('a bare month after a dated event reads on from it', () => {
  itIsSilent(
    [
      ['Mistral raised a seed round of €105 million in June 2023. Its Series A followed in December: €385 million.', '€385 million'],
      ['Mistral AI closed a €105 million seed round in June 2023. In December it raised €385 million in a Series A.', '€385 million'],
      ['Mistral AI raised €105 million in June 2023. Six months on, in December, it closed €385 million more.', '€385 million'],
      ['Mistral AI在2023年6月完成1.05亿欧元种子轮融资。12月，它又完成了3.85亿欧元的A轮融资。', '3.85亿欧元'],
      ['2023年6月，Mistral AI拿到1.05亿欧元种子轮。当年12月的A轮融资额为3.85亿欧元。', '3.85亿欧元'],
      ['2023年6月,Mistral AI的种子轮融资为1.05亿欧元。到了12月,A轮又融资3.85亿欧元。', '3.85亿欧元'],
    ],
    DATE,
  );

  it('keeps the document\'s reading as the other one', () => {
    const { claim } = flaggedClaim('Mistral raised a seed round of €105 million in June 2023. Its Series A followed in December: €385 million.', '€385 million', DATE);
    expect(claim?.period?.value.start).toBe('2023-12-01');
    expect(claim?.period?.alternative?.start).toBe('2024-12-01');
  });

  it('still flags a month placed by "this" or 今年', () => {
    expect(flaggedClaim('Mistral raised €105 million in June 2023. This December it raised €385 million.', '€385 million', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('Mistral AI在2023年6月融资1.05亿欧元。今年12月，它又融资3.85亿欧元。', '3.85亿欧元', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('still flags a wrong figure when both readings agree', () => {
    expect(flaggedClaim('Mistral raised €600 million in June 2024. In October it raised €385 million.', '€385 million', DATE).verdicts).toEqual(['wrong-period']);
  });
});
