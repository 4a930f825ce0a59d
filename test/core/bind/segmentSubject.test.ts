/**
 * A narrower metric's word that is the subject of a verb of having or reporting, whose object is the
 * general word, names the narrower metric (bind/ownedMetric.ts): "Intelligent Cloud had revenue of
 * $24.3 billion" is the segment's revenue, as "Intelligent Cloud's revenue" is; so are 智能云实现营收,
 * 智能云业务营收. Bundled facts: Microsoft Intelligent Cloud revenue, Jul–Sep 2023, $24.3B; Oct–Dec 2023, $25.9B.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2024-03-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a segment named as the subject of "had revenue of" is the metric', () => {
  const cases = [
    { how: 'had revenue of (en)', text: 'Intelligent Cloud had revenue of $24.3 billion in the September 2023 quarter.', figure: '$24.3 billion' },
    { how: 'reported revenue of (en)', text: "Microsoft's Intelligent Cloud reported revenue of $24.3 billion in the September 2023 quarter.", figure: '$24.3 billion' },
    { how: '实现营收 (zh)', text: '微软智能云实现营收243亿美元。', figure: '243亿美元' },
    { how: '业务营收为 (zh)', text: '微软智能云业务营收为243亿美元。', figure: '243亿美元' },
  ];
  for (const { how, text, figure } of cases) it(how, () => expect(metricOf(text, figure)).toBe('revenue.cloud-segment'));

  it('the right figure is supported, not compared with the total', () => {
    const { claim, verdicts } = flaggedClaim("Microsoft's Intelligent Cloud had revenue of $24.3 billion in the September 2023 quarter.", '$24.3 billion', DATE);
    expect(claim?.verdict).toBe('supported');
    expect(verdicts).toEqual([]);
  });

  it("another quarter's segment figure is a wrong period (zh)", () => {
    const { verdicts } = flaggedClaim('微软智能云业务营收在2023年7-9月为259亿美元。', '259亿美元', DATE);
    expect(verdicts).toEqual(['wrong-period']);
  });
});

describe('near misses: the general word keeps its metric', () => {
  it('a segment in another clause is not the subject ("…, and Intelligent Cloud grew")', () => {
    expect(metricOf('Microsoft had revenue of $56.5 billion in the September 2023 quarter, and Intelligent Cloud grew 19%.', '$56.5 billion')).toBe('revenue');
  });

  it('a segment that is not the verb\'s subject ("helped by Intelligent Cloud, Microsoft had revenue of")', () => {
    expect(metricOf('Helped by Intelligent Cloud, Microsoft had revenue of $56.5 billion.', '$56.5 billion')).toBe('revenue');
  });

  it('a segment after the general word does not own it (zh: 营收中智能云)', () => {
    expect(metricOf('微软营收565亿美元，其中智能云贡献最多。', '565亿美元')).toBe('revenue');
  });
});
