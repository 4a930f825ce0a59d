/**
 * A table column headed only "YoY" or 同比 is the year-over-year growth of the measure in the column
 * before it (bind/growthColumn.ts): revenue growth beside revenue, or beside a unit's segment revenue
 * when the row is about the unit itself.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const claimOf = (text: string, figure: string) => analyzedClaim(text, figure, '2025-12-01');
const metricOf = (text: string, figure: string) => claimOf(text, figure)?.metric?.value;

const table = (heading: string, header: string, row: string) => `# ${heading}\n\n${header}\n|---|---|---|\n${row}\n`;

describe('a YoY column beside a revenue column', () => {
  it('Chinese: 同比 beside a unit’s revenue', () => {
    const right = table('阿里云的季度表现', '| 季度 | 云收入 | 同比 |', '| 2025年7-9月 | 398亿元 | +34% |');
    expect(metricOf(right, '34%')).toBe('revenue.growth');
    expect(claimOf(right, '34%')?.verdict).toBe('supported');
    const wrong = table('阿里云的季度表现', '| 季度 | 云收入 | 同比 |', '| 2025年7-9月 | 398亿元 | +29% |');
    expect(claimOf(wrong, '29%')?.verdict).toBe('contradicted');
  });

  it('English: YoY', () => {
    expect(metricOf(table('Alibaba Cloud by quarter', '| Quarter | Cloud revenue | YoY |', '| Q3 2025 | RMB 39.8 billion | 34% |'), '34%')).toBe('revenue.growth');
  });

  it('a growth word with the year-over-year mark', () => {
    expect(metricOf(table('Alibaba Cloud by quarter', '| Quarter | Cloud revenue | Growth y/y |', '| Q3 2025 | RMB 39.8 billion | 34% |'), '34%')).toBe('revenue.growth');
    expect(metricOf(table('Alibaba Cloud by quarter', '| Quarter | Cloud revenue | YoY growth |', '| Q3 2025 | RMB 39.8 billion | 34% |'), '34%')).toBe('revenue.growth');
    expect(metricOf(table('阿里云的季度表现', '| 季度 | 云收入 | 同比增速 |', '| 2025年7-9月 | 398亿元 | +34% |'), '34%')).toBe('revenue.growth');
  });

  it('not for a header that may mean sequential growth', () => {
    expect(metricOf(table('阿里云的季度表现', '| 季度 | 云收入 | 环比 |', '| 2025年7-9月 | 398亿元 | +19% |'), '19%')).toBeUndefined();
    expect(metricOf(table('Alibaba Cloud by quarter', '| Quarter | Cloud revenue | Growth |', '| Q3 2025 | RMB 39.8 billion | 19% |'), '19%')).toBeUndefined();
  });

  it('not a segment’s growth for the parent company', () => {
    expect(metricOf(table('Alibaba by quarter', '| Quarter | Cloud revenue | YoY |', '| Q3 2025 | RMB 39.8 billion | 34% |'), '34%')).toBeUndefined();
  });

  it('not beside a measure that has no growth metric', () => {
    expect(metricOf(table('ChatGPT by quarter', '| Quarter | Weekly active users | YoY |', '| Q3 2025 | 800 million | 60% |'), '60%')).toBeUndefined();
  });
});
