/**
 * A tally of several companies' figures is the tallier's: the hyperscalers' combined capex on record
 * is Yahoo Finance's count, so crediting it to someone else misplaces the credit, in prose or under a
 * heading that names the group ("美国云厂商"). Crediting the tallier, or a value off the tally, raises
 * no misattribution. Bundled facts (about $223B for 2024).
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a combined figure credited to someone other than its tallier', () => {
  it('is misattributed (English)', () => {
    expect(flagged("According to Goldman Sachs, the hyperscalers' combined capex was about $223 billion in 2024.", '2025-03-01')).toEqual([
      '$223 billion fact.misattributed',
    ]);
  });

  it('and in Chinese, with the group named only by the heading', () => {
    const text = '# 美国云厂商还要花多少钱\n\n## 加总\n\n据高盛统计,这几家公司去年的资本开支一共约2230亿美元。';
    expect(flagged(text, '2025-03-01')).toEqual(['2230亿美元 fact.misattributed']);
  });

  it('near miss: the tallier on record', () => {
    expect(flagged("According to Yahoo Finance, the hyperscalers' combined capex was about $223 billion in 2024.", '2025-03-01')).toEqual([]);
    expect(flagged('据雅虎财经统计,美国云厂商去年的资本开支一共约2230亿美元。', '2025-03-01')).toEqual([]);
  });
});
