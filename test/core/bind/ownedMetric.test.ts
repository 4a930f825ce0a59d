/**
 * A general metric word owned by a narrower one earlier in its clause ("智能云…的营收", "Intelligent
 * Cloud's revenue") is the narrower metric. With the bundled data and the real recogniser.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../helpers/flagged';
import { analyzedClaim } from './helpers';

function metricOf(text: string, figure: string, date = '2024-06-01'): string | undefined {
  return analyzedClaim(text, figure, date)?.metric?.value;
}

describe('a segment’s revenue written with a possessive', () => {
  it('is the segment’s revenue, with a period between (Chinese)', () => {
    expect(metricOf('微软智能云2023年10-12月的营收为269亿美元。', '269亿美元')).toBe('revenue.cloud-segment');
    expect(metricOf('英伟达数据中心2024财年第四季度的收入为184亿美元。', '184亿美元')).toBe('revenue.datacenter');
  });

  it('and in English', () => {
    expect(metricOf('Nvidia’s data center’s revenue was $18.4 billion in the quarter.', '$18.4 billion')).toBe('revenue.datacenter');
  });

  it('but not a total the segment only drove, nor one in another clause', () => {
    expect(metricOf('微软依靠智能云带动营收达到620亿美元。', '620亿美元')).toBe('revenue');
    // A count between may spread the figure over several periods: left as it was.
    expect(metricOf('智能云三个季度(2023年7月至2024年3月)的营收为243亿美元。', '243亿美元')).toBe('revenue');
    expect(metricOf('微软智能云增长20%,2023年10-12月的营收为620亿美元。', '620亿美元')).toBe('revenue');
  });
});

describe('the finding it earns', () => {
  it('a segment figure off the segment’s fact is contradicted against it, not left unverifiable', () => {
    expect(flagged('顺带一提,微软智能云2023年10-12月的营收为269亿美元。', '2024-06-01')).toEqual(['269亿美元 fact.value-mismatch']);
  });
});
