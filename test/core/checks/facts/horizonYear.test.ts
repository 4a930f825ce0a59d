/**
 * A year a figure runs "through", "out to", 截至…年底的 is its horizon, not when it was stated: a figure that
 * matches a statement made on a day before that horizon ends is no other period's above information
 * (horizonYear.ts). Bundled facts: Nvidia's ~$500B of Blackwell and Rubin visibility, stated 2025-10-28.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { bundledFacts } from '../../../helpers/facts';
import { analyze } from '../../../../server/src/core/analyze';
import { sanitizeOptions } from '../../../../server/src/core/options';

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

describe('a horizon held back says what it is: the day the figure was stated, the year it runs through', () => {
  const messages = (text: string, locale: 'en' | 'zh-cn') =>
    analyze(text, { facts: bundledFacts(), locale, options: sanitizeOptions({ documentDate: DATE }) })
      .findings.filter((f) => f.text.includes('500') && f.check === 'fact.wrong-period')
      .map((f) => f.message);
  it('English', () => {
    const [m] = messages("Nvidia's $500 billion is order visibility for Blackwell and Rubin out to the end of 2026.", 'en');
    expect(m).toMatch(/^“\$500 billion” is the figure stated on 2025-10-28; .*2026 is the horizon it runs through, not when it was stated: /);
  });
  it('Chinese', () => {
    const [m] = messages('黄仁勋称，英伟达截至2026年底的Blackwell和Rubin订单约5000亿美元。', 'zh-cn');
    expect(m).toMatch(/^“5000亿美元” 是2025-10-28公布的数字；.*2026.*是它所覆盖的截止期，而非公布时间：/);
  });
  it('a near miss keeps the plain wrong-period message', () => {
    const [m] = messages("Nvidia's backlog was about $500 billion in 2026.", 'en');
    expect(m).toMatch(/is the figure for .*, not 2026/);
  });
});
