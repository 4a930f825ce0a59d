/**
 * An exchange rate is the currency pair's figure, never the company whose amount it converts
 * (bind/currencyPair.ts): the pair whose two currencies, and no third, the sentence writes, else its
 * paragraph. Bundled facts: USD/CNY monthly averages, November 2024 7.2063, December 2024 7.2807.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-02-10';
const ownerOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.entity?.value;

describe('an exchange rate belongs to the currency pair', () => {
  it('zh: a rate converting a company’s yuan into dollars is USD/CNY’s, and another month’s rate is flagged', () => {
    const zh = '某云厂商12月收入为60亿元，按2024年11月美元兑人民币月均汇率7.2807折算，约合8.2亿美元。';
    expect(ownerOf(zh, '7.2807')).toBe('usd-cny');
    expect(flaggedClaim(zh, '7.2807', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('zh: the company named beside the rate is not its owner', () => {
    const zh = '百度12月收入为60亿元，按2024年11月月均汇率7.2807折算，约合8.2亿美元。';
    expect(ownerOf(zh, '7.2807')).toBe('usd-cny');
    expect(flaggedClaim(zh, '7.2807', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('en: "at the November 2024 average exchange rate of 7.2807" between yuan and dollars', () => {
    const en = "Baidu's cloud revenue of 6 billion yuan converts to about $820 million at the November 2024 average exchange rate of 7.2807.";
    expect(ownerOf(en, '7.2807')).toBe('usd-cny');
    expect(flaggedClaim(en, '7.2807', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('the right month’s rate is not flagged', () => {
    expect(flaggedClaim('百度12月收入为60亿元，按2024年12月月均汇率7.2807折算，约合8.2亿美元。', '7.2807', DATE).verdicts).toEqual([]);
    expect(flaggedClaim("Baidu's cloud revenue of 6 billion yuan converts to about $820 million at the December 2024 average exchange rate of 7.2807.", '7.2807', DATE).verdicts).toEqual([]);
  });

  it('the pair from the paragraph when the sentence writes one side only, as context', () => {
    const zh = '百度12月收入为60亿元。换算成美元，按2024年11月月均汇率7.2807，约合8.2亿美元。';
    const claim = analyzedClaim(zh, '7.2807', DATE);
    expect(claim?.entity?.value).toBe('usd-cny');
    expect(claim?.entity?.how).toBe('context');
  });

  it('near misses: a third currency, no currency at all, or the rate quoted the other way round bind no owner', () => {
    expect(ownerOf('欧元兑人民币汇率约7.7，美元兑人民币约7.2。', '7.7')).toBeUndefined();
    expect(ownerOf('The euro traded at 7.7 yuan while the dollar exchange rate was 7.2.', '7.2')).toBeUndefined();
    expect(ownerOf('百度按2024年11月月均汇率7.2807折算。', '7.2807')).toBeUndefined();
    expect(ownerOf('按2024年11月的人民币兑美元汇率0.1389折算，60亿元约合8.3亿美元。', '0.1389')).toBeUndefined();
    expect(flaggedClaim('百度按2024年11月月均汇率7.2807折算。', '7.2807', DATE).verdicts).toEqual([]);
  });

  it('one currency written, a side of the only pair quoting it, names the pair when the rate is near its recorded ones', () => {
    expect(ownerOf('若改用人民币中间价，2024年11月为7.2807。', '7.2807')).toBe('usd-cny');
    expect(ownerOf('Amounts in yuan are converted at the November 2024 average exchange rate of 7.2807.', '7.2807')).toBe('usd-cny');
    const listed = '# 算力价格表（人民币版）\n\n- 硬件条目按2024年11月月均汇率7.2807折算。\n';
    expect(analyzedClaim(listed, '7.2807', DATE)?.entity).toEqual({ value: 'usd-cny', how: 'context' });
    expect(flaggedClaim('若改用人民币中间价，2024年11月为7.2807。', '7.2807', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near misses: a rate far from the pair’s, or a currency no pair on record quotes, binds no pair', () => {
    expect(ownerOf('2024年11月美元指数汇率升至106.7。', '106.7')).toBeUndefined();
    expect(ownerOf('The dollar exchange rate index rose to 106.7 in November 2024.', '106.7')).toBeUndefined();
    expect(ownerOf('2024年11月日元汇率约为153.7。', '153.7')).toBeUndefined();
  });
});
