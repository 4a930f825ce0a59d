/**
 * A hedged figure whose written value is another currency's figure is a currency slip (slips.ts
 * hedgedCurrencySlip) only when that figure is a value the wording allows: "约62亿欧元" for a €5.8B ($6.2B)
 * valuation is the dollar figure in euros; "接近60亿欧元" (nearly, so at most €6B) is the euro figure rounded
 * up to its hedge, even though the dollar figure's tolerance reaches 60. Bundled facts: Mistral AI, June
 * 2024, €5.8B ≈ $6.2B.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-06-20';
const currencySlips = (text: string) => draftFindings(text, DATE).filter((f) => f.includes('fact.wrong-currency'));

describe('a hedge that excludes the other currency’s figure is no currency slip', () => {
  it.each(['2024年6月，Mistral AI的估值接近60亿欧元。', '2024年6月，Mistral AI的估值已逼近60亿欧元。', "In June 2024 Mistral AI's valuation was nearly €6 billion.", "In June 2024 Mistral AI's valuation was just under €6 billion."])('%s', (text) => {
    expect(currencySlips(text)).toEqual([]);
  });

  it('near miss: a hedge around the other currency’s figure is still a slip', () => {
    expect(currencySlips('2024年6月，Mistral AI的估值约62亿欧元。').length).toBe(1);
    expect(currencySlips("In June 2024 Mistral AI's valuation was about €6.2 billion.").length).toBe(1);
  });
});
