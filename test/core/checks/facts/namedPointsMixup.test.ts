/**
 * A sentence that names the points-for-percent mix-up after its figure shows the mix-up, it does not make
 * it: the figure's verdict stays information (checks/facts/namedPointsMixup.ts). A sentence that makes the
 * mix-up is still flagged. Bundled facts: Azure AI added 6 points of Azure growth in Oct–Dec 2023.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { namesPointsMixupAfter } from '../../../../server/src/core/checks/facts/namedPointsMixup';

const DATE = '2024-06-01';

describe('a sentence naming the points-for-percent mix-up', () => {
  it('flags the mix-up made in earnest (the segment named, English and Chinese)', () => {
    expect(draftFindings('Roughly 6% of Intelligent Cloud revenue in the December 2023 quarter came from AI services.', DATE)).toEqual(['6% fact.wrong-metric warning']);
    expect(draftFindings('2023年10月至12月，AI收入占微软云业务收入的6%。', DATE)).toEqual(['6% fact.wrong-metric warning']);
  });

  it('holds the figure at information when words after it name the mix-up', () => {
    expect(draftFindings('Roughly 6% of Intelligent Cloud revenue in the December 2023 quarter came from AI services, which treats points of growth as a share of revenue.', DATE)).toEqual([]);
    expect(draftFindings('Roughly 6% of Intelligent Cloud revenue in the December 2023 quarter came from AI services, though points are a share of growth, not of revenue.', DATE)).toEqual([]);
    expect(draftFindings('2023年10月至12月，AI收入占微软云业务收入的6%，但这6个百分点不是收入占比。', DATE)).toEqual([]);
  });

  it('reads the words only after the figure, and only when they say what the points are', () => {
    const s = 'Points are a share of growth; still, AI was 6% of revenue.';
    expect(namesPointsMixupAfter(s, s.indexOf('6%'))).toBe(false);
    const t = 'AI added 6 points of growth, or 6% of revenue.';
    expect(namesPointsMixupAfter(t, t.indexOf('6%'))).toBe(false);
    const u = '有人把3个百分点当成了收入占比，算出3%。';
    expect(namesPointsMixupAfter(u, u.indexOf('3%'))).toBe(false);
    const v = '3%，这是把增长的百分点当成了收入占比。';
    expect(namesPointsMixupAfter(v, 0)).toBe(true);
  });
});
