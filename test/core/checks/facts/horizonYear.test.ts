/**
 * A year a figure runs "through", "out to", 截至…年底的 is its horizon, not when it was stated: a figure that
 * matches a statement made on a day before that horizon ends is no other period's above information
 * (horizonYear.ts). Bundled facts: Nvidia's ~$500B of Blackwell and Rubin visibility, stated 2025-10-28.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-12-01';
const warned = (text: string) => draftFindings(text, DATE).filter((f) => f.includes('500'));

describe('a horizon is not the period of a statement', () => {
  it.each([
    "Nvidia's backlog stands at about $500 billion of Blackwell and Rubin orders through calendar 2026, Jensen Huang said.",
    "Jensen Huang's $500 billion is order visibility for Blackwell and Rubin out to the end of 2026.",
    '黄仁勋称，英伟达截至2026年底的Blackwell和Rubin订单约5000亿美元。',
  ])('%s', (text) => expect(warned(text)).toEqual([]));
});

describe('near misses: a year the figure is stated for keeps its warning', () => {
  it.each([
    ["Nvidia's backlog was about $500 billion in 2026.", '$500 billion fact.wrong-period warning'],
    ['英伟达2026年的订单积压约5000亿美元。', '5000亿美元 fact.wrong-period warning'],
  ])('%s', (text, finding) => expect(warned(text)).toEqual([finding]));
});
