/**
 * A period that opens a delivery or deployment window ("deploying from the second half of 2026 through
 * 2029", "to be delivered starting in 2026", 从2026年下半年开始部署) says when the thing arrives, not when
 * the figure was agreed: it dates no figure (bind/deliveryWindow.ts). Bundled facts: OpenAI and
 * Broadcom's 10 GW, announced 13 October 2025.
 */
import { describe, expect, it } from 'vitest';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-11-20';

describe('a delivery window is not the period of the agreed figure', () => {
  it.each([
    'The Broadcom agreement, a week later, is 10 GW of OpenAI-designed accelerators deploying from the second half of 2026 through 2029.',
    'OpenAI and Broadcom agreed on 10 GW of accelerators, to be delivered from late 2026 through 2029.',
    "OpenAI's Broadcom deal covers 10 GW, with deployments starting in the second half of 2026.",
    'OpenAI will start deploying the 10 GW of Broadcom chips in the second half of 2026.',
  ])('%s', (text) => {
    const { claim, verdicts } = flaggedClaim(text, '10', DATE);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('zh: 从…开始部署', () => {
    const { claim, verdicts } = flaggedClaim('OpenAI与博通的10吉瓦协议2026年下半年起陆续部署。', '10吉瓦', DATE);
    expect(claim?.period).toBeUndefined();
    expect(verdicts).toEqual([]);
  });

  it('near miss: the same period as the date of the agreement is still a wrong period', () => {
    expect(flaggedClaim('OpenAI and Broadcom signed a 10 GW deal in the second half of 2026.', '10', DATE).verdicts).toEqual(['wrong-period']);
    expect(flaggedClaim('2026年下半年，OpenAI与博通签署了10吉瓦的协议。', '10吉瓦', DATE).verdicts).toEqual(['wrong-period']);
  });

  it('near miss: a flow shipped in a period keeps the period', () => {
    expect(flaggedClaim('Nvidia shipped 100,000 GPUs in the third quarter of 2025.', '100,000 GPUs', DATE).claim?.period?.value.start).toBe('2025-07-01');
  });

  describe("a schedule's first step opens the window too", () => {
    it.each([
      'OpenAI and Broadcom: 10 GW of custom accelerators starting with the first racks in the second half of 2026.',
      'The Broadcom pact covers 10 GW, with the first systems in the second half of 2026.',
      'The 10 GW Broadcom deal has first deliveries in late 2026.',
      'OpenAI expects the 10 GW of Broadcom accelerators ramping from the second half of 2026.',
    ])('%s', (text) => {
      const { claim, verdicts } = flaggedClaim(text, '10', DATE);
      expect(claim?.period).toBeUndefined();
      expect(verdicts).toEqual([]);
    });

    it.each([
      ['OpenAI与博通的10吉瓦协议，首批机架于2026年下半年部署。', '10吉瓦'],
      ['OpenAI与博通的10吉瓦协议，2026年下半年起首批机架开始部署。', '10吉瓦'],
    ])('zh: %s', (text, figure) => {
      const { claim, verdicts } = flaggedClaim(text, figure, DATE);
      expect(claim?.period).toBeUndefined();
      expect(verdicts).toEqual([]);
    });

    it('near miss: "starting with" a period alone, or a first batch with no delivery word, is not a window', () => {
      expect(flaggedClaim('OpenAI and Broadcom signed a 10 GW deal in the second half of 2026, with the first racks to follow.', '10', DATE).verdicts).toEqual(['wrong-period']);
      expect(flaggedClaim('首批合作于2026年下半年签署，OpenAI与博通达成10吉瓦协议。', '10吉瓦', DATE).verdicts).toEqual(['wrong-period']);
    });
  });
});
