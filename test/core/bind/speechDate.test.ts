/**
 * Relative periods in dated reported speech count from when the words were said, not from the
 * document's date (bind/speechDate.ts): "In January 2024 the CEO said … by the end of the year" is the
 * end of 2024 in a draft of 2025. A dated forward-looking "by year-end" and "年内将…" are that year's;
 * a company saying what it "would" spend states its guidance (checks/facts/forecastWording.ts).
 * With the bundled facts (Meta: 350,000 H100s by the end of 2024, said in January 2024; capex
 * guidance for 2024 of $30–37 billion, given in February 2024).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim, itIsSilent } from './flaggedClaim';

const DATE = '2025-02-20';

describe('relative periods in dated reported speech', () => {
  itIsSilent(
    [
      ['In January 2024 Mark Zuckerberg said Meta would have about 350,000 H100s by the end of the year.', '350,000 H100s'],
      ['In January 2024, Zuckerberg said that by the end of this year Meta would own roughly 350,000 Nvidia H100 GPUs.', '350,000 Nvidia H100 GPUs'],
      ["Meta's CEO said in January 2024 that the company planned to have 350,000 H100s by year-end.", '350,000 H100s'],
      ['In a January 2024 post, Zuckerberg said Meta would have 350,000 H100s by the end of this year.', '350,000 H100s'],
      ['2024年1月，扎克伯格表示，Meta到年底将拥有约35万块H100。', '35万块H100'],
      ['扎克伯格在2024年1月表示，Meta将在今年年底前拥有约35万块H100。', '35万块H100'],
      ['2024年1月，扎克伯格称Meta年内将拥有35万块H100 GPU。', '35万块H100'],
      ['In February 2024 Meta said its capital expenditures this year would be $30-37 billion.', '$30-37 billion'],
      ['Meta在2024年2月表示，今年资本支出将为300亿至370亿美元。', '300亿至370亿美元'],
    ],
    DATE,
  );

  it('reads the end of the year from the time of speech', () => {
    const { claim } = flaggedClaim('In January 2024 Mark Zuckerberg said Meta would have about 350,000 H100s by the end of the year.', '350,000 H100s', DATE);
    expect(claim?.period?.value.end).toBe('2024-12-31');
  });

  it('still reads an undated "end of the year" from the document', () => {
    expect(flaggedClaim('Meta will have 350,000 H100s by the end of the year, Zuckerberg said.', '350,000 H100s', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('still flags another figure said for the same time', () => {
    expect(flaggedClaim('In January 2024 Mark Zuckerberg said Meta would have about 600,000 H100s by the end of the year.', '600,000 H100s', DATE).verdicts).toEqual(['wrong-metric']);
  });

  it('does not read "by year-end" in past narration, nor "两年内" as a year', () => {
    expect(flaggedClaim('Meta had 350,000 H100s by year-end.', '350,000 H100s', DATE).claim?.period).toBeUndefined();
    expect(flaggedClaim('Meta两年内将拥有35万块H100。', '35万块H100', DATE).claim?.period).toBeUndefined();
  });
});
