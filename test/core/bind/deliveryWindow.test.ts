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

    it('the first tranche of a capacity or of hardware, dated, is the first step: "the first 10 GW of racks in", 首批10吉瓦于', () => {
      for (const [text, figure] of [
        ["OpenAI's custom-accelerator program with Broadcom: the first 10 GW of racks in the second half of 2026.", '10'],
        ['OpenAI与博通的定制芯片计划，首批10吉瓦于2026年下半年。', '10吉瓦'],
      ]) {
        const { claim, verdicts } = flaggedClaim(text, figure, DATE);
        expect(claim?.period, text).toBeUndefined();
        expect(verdicts, text).toEqual([]);
      }
    });

    it('a note or table cell leaves the article out: "first 1 GW in H2 2026" is the first step too (session 24)', () => {
      for (const text of ["AMD's GPU pact with OpenAI: six gigawatts in all, first 1 GW in H2 2026.", '| AMD and OpenAI | six gigawatts of GPUs, first 1 GW in H2 2026 |']) {
        const { claim, verdicts } = flaggedClaim(text, '1', DATE);
        expect(claim, text).toBeDefined();
        expect(claim?.period, text).toBeUndefined();
        expect(verdicts, text).toEqual([]);
      }
    });

    it('near miss: "the first" amount of a flow keeps its period (a milestone, no delivery)', () => {
      expect(flaggedClaim('Nvidia booked the first $10 billion of its data-center revenue in the third quarter of 2025.', '$10 billion', DATE).claim?.period?.value.start).toBe('2025-07-01');
    });

    it('near miss: "starting with" a period alone, or a first batch with no delivery word, is not a window', () => {
      expect(flaggedClaim('OpenAI and Broadcom signed a 10 GW deal in the second half of 2026, with the first racks to follow.', '10', DATE).verdicts).toEqual(['wrong-period']);
      expect(flaggedClaim('首批合作于2026年下半年签署，OpenAI与博通达成10吉瓦协议。', '10吉瓦', DATE).verdicts).toEqual(['wrong-period']);
    });
  });
});

describe("a term's start after a deal's figure dates the term, not the deal", () => {
  const DEAL_DATE = '2025-12-01';
  const periodOf = (text: string, figure: string) => flaggedClaim(text, figure, DEAL_DATE).claim?.period?.value.label;

  it.each([
    'OpenAI signed a $300 billion compute deal with Oracle starting in 2027.',
    'OpenAI signed a $300 billion compute contract with Oracle that begins in 2027.',
    'OpenAI agreed a $300 billion contract with Oracle, to start in 2027.',
  ])('%s', (text) => {
    const { claim } = flaggedClaim(text, '$300 billion', DEAL_DATE);
    expect(claim?.metric?.value).toBe('deal.value');
    expect(claim?.period).toBeUndefined();
  });

  it('zh: 从2027年开始 and 自2027年起 after a contract', () => {
    expect(periodOf('OpenAI与甲骨文签下3000亿美元的算力合同，从2027年开始。', '3000亿美元')).toBeUndefined();
    expect(periodOf('OpenAI与甲骨文签下一份自2027年起、为期五年的3000亿美元合同。', '3000亿美元')).toBeUndefined();
  });

  it('the date the deal was signed still dates it', () => {
    expect(periodOf('In 2025 OpenAI signed a $300 billion compute contract with Oracle that starts in 2027.', '$300 billion')).toBe('2025');
  });

  it('near miss: a flow starting in a year is that year\'s figure', () => {
    expect(periodOf('OpenAI expects revenue of $30 billion starting in 2027.', '$30 billion')).toBe('2027');
  });
});
