/**
 * A rate the writer adopts to convert with ("一律按7.0折算", "at an assumed rate of 7.0") is a convention of
 * the text, never stale, of another period or wrong (adoptedRate.ts); the same rate stated as the market's
 * is still judged, and arithmetic converted with the adopted rate is still checked against it. Bundled
 * facts: USD/CNY averaged 7.1875 in 2025.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';
import { isAdoptedRate } from '../../../../server/src/core/checks/facts/adoptedRate';
import type { Claim } from '../../../../server/src/core/model';

const DATE = '2026-01-05';

/** Whether the rule reads the "7.0" of `sentence` as adopted, on a claim bound to the exchange-rate metric. */
function adopted(sentence: string, lang: 'en' | 'zh'): boolean {
  const start = sentence.indexOf('7.0');
  const claim = {
    id: `c${start}`,
    quantity: { start, end: start + 3, text: '7.0' },
    sentence: { start: 0, end: sentence.length },
    lang,
    metric: { value: 'fx.rate', how: 'explicit' },
  } as unknown as Claim;
  return isAdoptedRate(claim, sentence);
}

describe('an adopted conversion rate is the text’s convention', () => {
  it('Chinese: 按/以 a bare rate and a verb of converting', () => {
    expect(draftFindings('本文美元兑人民币统一按7.0折算。', DATE)).toEqual([]);
    expect(draftFindings('下文金额均以7.0的汇率换算成人民币。', DATE)).toEqual([]);
  });

  it('English: an assumed rate, converted at a rate', () => {
    expect(draftFindings('All dollar amounts are converted at 7.0 yuan to the dollar throughout.', DATE)).toEqual([]);
    expect(draftFindings('We translate yuan figures at an assumed exchange rate of 7.0.', DATE)).toEqual([]);
  });

  // English rates are not bound as fx.rate claims today, so the drafts above are silent either way: the
  // rule itself is asserted on a claim bound to the rate metric, with a reported rate as the near miss.
  it('English wording, read on a claim bound to the exchange rate', () => {
    expect(adopted('All dollar amounts are converted at 7.0 yuan to the dollar throughout.', 'en')).toBe(true);
    expect(adopted('We translate yuan figures at an assumed exchange rate of 7.0.', 'en')).toBe(true);
    expect(adopted('The yuan traded at 7.0 to the dollar at the end of the year.', 'en')).toBe(false);
    expect(adopted('The central bank set the rate at 7.0 on Monday.', 'en')).toBe(false);
  });

  it('Chinese wording needs both the adopting word and the verb of converting', () => {
    expect(adopted('本文美元兑人民币统一按7.0折算。', 'zh')).toBe(true);
    expect(adopted('汇率按7.0计，仍低于年初。', 'zh')).toBe(false);
  });

  it('near miss: the same rate stated as the market’s is still out of date', () => {
    expect(draftFindings('美元兑人民币汇率为7.0。', DATE)).toEqual(['7.0 fact.stale warning']);
  });

  it('arithmetic converted with the adopted rate is still checked against it', () => {
    const found = draftFindings('本文美元兑人民币按7.0折算，100亿美元约合800亿元。', DATE);
    expect(found.some((f) => f.startsWith('800亿元 arith.currency'))).toBe(true);
    expect(found.some((f) => f.includes('fact.'))).toBe(false);
  });
});
