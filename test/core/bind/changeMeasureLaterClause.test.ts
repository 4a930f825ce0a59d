/**
 * A figure written as a change ("同比增长359%", "up 20%") measures what came before it: a measure first
 * named in a later clause, such as the market's reaction ("次日股价大涨", "and its shares jumped"), is not
 * its measure (bind/metrics.ts bindMetric).
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const SEPT = '2025-09-23';

describe('a change figure takes no measure from a later clause', () => {
  it('同比增长…，次日股价大涨 (zh)', () => {
    const { claim, verdicts } = flaggedClaim('甲骨文剩余履约义务达到4550亿美元，同比增长359%，次日股价大涨。', '359%', SEPT);
    expect(claim?.metric?.value).not.toBe('share-price.change');
    expect(verdicts).toEqual([]);
  });

  it('增长…，股价随即上涨 (zh paraphrase)', () => {
    const { claim, verdicts } = flaggedClaim('甲骨文未履约合同金额增长约360%，公司股价随即上涨。', '360%', SEPT);
    expect(claim?.metric?.value).not.toBe('share-price.change');
    expect(verdicts).toEqual([]);
  });

  it('"up 359%, and its share price jumped" (en)', () => {
    const { claim, verdicts } = flaggedClaim("Oracle's remaining performance obligations reached $455 billion, up 359%, and its share price jumped the next day.", '359%', SEPT);
    expect(claim?.metric?.value).not.toBe('share-price.change');
    expect(verdicts).toEqual([]);
  });

  it('near miss: a share move named before the change keeps its measure', () => {
    const { claim } = flaggedClaim('次日甲骨文股价大涨36%。', '36%', SEPT);
    expect(claim?.metric?.value).toBe('share-price.change');
  });
});
