/**
 * A figure after "and" (和, 、) that shares an earlier figure's verb is written as that figure is: "added
 * about $34 billion of sales in fiscal 2024 and roughly $70 billion in fiscal 2025" adds both
 * (bind/riseWording.ts `gappedRise`). An increase the base records only as two levels is their difference,
 * and no other measure's figure (checks/facts/increaseOfLevels.ts). Bundled facts: Nvidia revenue FY2023
 * $27.0B, FY2024 $60.9B, FY2025 $130.5B; FY2024 increase $33.95B; FY2025 net income $72.9B.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-03-12';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a gapped verb of rising carries to the figure after "and"', () => {
  it('English: "added about $34 billion … and roughly $70 billion in fiscal 2025"', () => {
    const text = 'Nvidia added about $34 billion of sales in fiscal 2024 and roughly $70 billion in fiscal 2025.';
    expect(metricOf(text, '$34 billion')).toBe('revenue.increase');
    expect(metricOf(text, '$70 billion')).toBe('revenue.increase');
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('Chinese: 营收增加了约340亿美元和约700亿美元', () => {
    const text = '英伟达的营收在两个财年里先后增加了约340亿美元和约700亿美元。';
    expect(metricOf(text, '700亿美元')).toBe('revenue.increase');
  });

  it('near misses: the level reached, a verb of its own, a total, another way of writing the figure', () => {
    expect(metricOf("Nvidia's revenue rose to $60.9 billion in fiscal 2024 and $130.5 billion in fiscal 2025.", '$130.5 billion')).toBe('revenue');
    expect(metricOf('Nvidia added $34 billion of revenue in fiscal 2024 and reached $130.5 billion in fiscal 2025.', '$130.5 billion')).toBe('revenue');
    expect(metricOf('Nvidia added $34 billion of revenue in fiscal 2024 and $130.5 billion in total in fiscal 2025.', '$130.5 billion')).not.toBe('revenue.increase');
    expect(metricOf('Nvidia added $34 billion of revenue in fiscal 2024 and 130.5 billion dollars in fiscal 2025.', '130.5 billion dollars')).not.toBe('revenue.increase');
  });
});

describe('an increase the base records as two levels', () => {
  it('is not flagged as another measure it happens to be near', () => {
    expect(draftFindings("Nvidia's revenue increase in fiscal 2025 was roughly $70 billion.", DATE)).toEqual([]);
  });

  it('near miss: an increase far from the difference of the levels is still another measure’s figure', () => {
    expect(draftFindings("Nvidia's revenue increase in fiscal 2025 was $72.9 billion.", DATE)).toEqual(['$72.9 billion fact.wrong-metric warning']);
  });
});
