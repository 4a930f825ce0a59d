/**
 * A table row's first cell names the row's subject as the number's own clause would (bind/entities.ts):
 * a generic thing named there ("HBM", 高带宽内存) is the subject of the row's figures, though a generic
 * name elsewhere in a sentence is not. Bundled facts: HBM's share of DRAM revenue (8.4% in 2023, 20.1%
 * in 2024).
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';

const DATE = '2025-03-01';
const table = (label: string, figure: string) => `| Item | Value |\n|---|---|\n| ${label} | ${figure} |`;

describe('a generic thing in a row label is the row’s subject', () => {
  it('binds the figure to it, explicit (en, zh)', () => {
    expect(analyzedClaim(table('HBM share of DRAM revenue, 2024', '20.1%'), '20.1%', DATE)?.entity).toMatchObject({ value: 'hbm', how: 'explicit' });
    expect(analyzedClaim(table('2024年高带宽内存占DRAM营收比重', '20.1%'), '20.1%', DATE)?.entity).toMatchObject({ value: 'hbm', how: 'explicit' });
  });

  it('so another year’s share is a wrong period, and the year’s own share is not flagged (en, zh)', () => {
    expect(flagged(table('HBM share of DRAM revenue, 2024', '8.4%'), DATE)).toEqual(['8.4% fact.wrong-period']);
    expect(flagged(table('2024年高带宽内存占DRAM营收比重', '8.4%'), DATE)).toEqual(['8.4% fact.wrong-period']);
    expect(flagged(table('HBM share of DRAM revenue, 2024', '20.1%'), DATE)).toEqual([]);
    expect(flagged(table('HBM share of DRAM revenue, 2023', '8.4%'), DATE)).toEqual([]);
  });

  it('near miss: a generic name in another cell of the row is not the subject', () => {
    const row = '| Item | Value | Note |\n|---|---|---|\n| DRAM revenue share, 2024 | 8.4% | HBM |';
    expect(analyzedClaim(row, '8.4%', DATE)?.entity?.value).not.toBe('hbm');
    expect(flagged(row, DATE)).toEqual([]);
  });
});
