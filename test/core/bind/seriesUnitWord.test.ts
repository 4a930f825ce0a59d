/**
 * A series whose first entry names its measure as its own unit ("100 million weekly users in November
 * 2023, 200 million in October 2024") continues that measure in its bare entries (bind/metrics.ts
 * `unitOfEarlierEntry`): the unit word is read inside the first figure, and without this the bare
 * entries had no measure at all.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const metricOf = (text: string, figure: string) => {
  const m = analyzedClaim(text, figure, '2025-06-01')?.metric;
  return m ? `${m.value} (${m.how})` : 'none';
};

describe('a series after a count that names its measure as its unit', () => {
  it('binds the bare entries to the unit word (English)', () => {
    const text = 'ChatGPT had 100 million weekly users in November 2023, 200 million in October 2024, 300 million in December.';
    expect(metricOf(text, '200 million')).toBe('users.weekly (explicit)');
    expect(metricOf(text, '300 million')).toBe('users.weekly (explicit)');
  });

  it('and in Chinese', () => {
    expect(metricOf('ChatGPT在2023年11月有1亿周活跃用户，2024年10月2亿。', '2亿')).toBe('users.weekly (explicit)');
  });

  it('not a clause that says more than a period and the figure', () => {
    expect(metricOf('ChatGPT had 100 million weekly users in November 2023, and Meta hired 200 people in October 2024.', '200')).not.toContain('users.weekly');
  });
});
