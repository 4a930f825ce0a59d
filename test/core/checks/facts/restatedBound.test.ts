/**
 * A fact recorded as a bound ("a charge of up to $5.5 billion") places no figure that merely clears it,
 * but a claim that restates its very number is that figure: stated for another period, it is a wrong
 * period. And a commitment charge (采购承诺费用) is a charge, not a purchase commitment. Bundled facts:
 * Nvidia's H20 charge of up to $5.5B in fiscal Q1 2026.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';
import { analyzedClaim } from '../../bind/helpers';

const DATE = '2025-06-01';

describe("a bound's own number restated for another period", () => {
  it('is a wrong period (English)', () => {
    expect(flagged('Nvidia booked a charge of roughly $5.5 billion for H20 stock in fiscal 2024.', DATE)).toEqual(['$5.5 billion fact.wrong-period']);
  });

  it('and in Chinese', () => {
    expect(flagged('英伟达2024财年为H20存货计提了约55亿美元。', DATE)).toEqual(['55亿美元 fact.wrong-period']);
  });

  it('not a figure that merely stays under the ceiling', () => {
    expect(flagged('Nvidia booked a charge of roughly $4 billion for H20 stock in fiscal 2024.', DATE)).toEqual([]);
  });

  it('not the same number in its own period', () => {
    expect(flagged('英伟达2026财年第一季度为H20存货计提了约55亿美元。', DATE)).toEqual([]);
  });
});

describe('采购承诺费用 is a charge', () => {
  it('reads the charge for purchase commitments as a charge', () => {
    expect(analyzedClaim('英伟达2024财年的H20库存和采购承诺费用约为55亿美元。', '55亿美元', DATE)?.metric?.value).toBe('charge');
  });

  it('while a purchase commitment stays a commitment', () => {
    expect(analyzedClaim('微软承诺在2024年采购约100亿美元的算力。', '100亿美元', DATE)?.metric?.value).toBe('commitment');
  });
});
