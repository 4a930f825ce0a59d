/**
 * A credit inside one figure's noun phrase ("《纽约时报》统计的那一年融资总额（73亿美元）", "the $7.3 billion
 * total The New York Times reported") is that figure's, not the sentence's other figures'
 * (attributionScope.ts nounPhraseCredit). Bundled facts: Anthropic raised $7.3B from February 2023 to
 * February 2024 (NYT); its Series F raised $13B (September 2025, another source).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

describe("a credit in another figure's noun phrase does not cover this one", () => {
  itIsSilent(
    [
      ['半年后的F轮，130亿美元的融资额已经超过《纽约时报》统计的那一年融资总额（73亿美元）的1.7倍。', '130亿美元'],
      ['Six months later, the $13 billion Series F was 1.7 times the $7.3 billion total The New York Times reported for that year.', '$13 billion'],
    ],
    '2025-11-20',
  );
  it('near miss: a credit that opens the clause still covers the figure', () => {
    expect(flaggedClaim('据《纽约时报》统计，Anthropic的F轮融资为130亿美元。', '130亿美元', '2025-11-20').verdicts).toEqual(['misattributed']);
    expect(flaggedClaim('The New York Times reported that Anthropic raised $13 billion in its Series F.', '$13 billion', '2025-11-20').verdicts).toEqual(['misattributed']);
  });
  it("near miss: the figure of the credit's own phrase is still covered", () => {
    expect(flaggedClaim('《纽约时报》统计的Anthropic F轮融资额为130亿美元。', '130亿美元', '2025-11-20').verdicts).toEqual(['misattributed']);
  });
});
