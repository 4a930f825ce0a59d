/**
 * A column header that dates its cells only as a cut-off ("Latest mark (to Nov 2025)", "Valuation (as of
 * Nov 2025)", 估值（截至2025年11月）) lists each row's latest round up to that date: a round before it is
 * no other period's figure (bind/cutOffHeader.ts). Bundled facts: Databricks' Series J, $10B at $62B,
 * announced 2024-12-17.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2025-11-24';
const table = (header: string, cells: string) => [`| Company | ${header} |`, '|---|---|', `| Databricks | ${cells} |`].join('\n');

describe('a cut-off in the column header does not date the rounds under it', () => {
  it('en: "to", "as of", "through" before the header\'s month', () => {
    expect(draftFindings(table('Latest mark (to Nov 2025)', '$10B at $62B'), DATE)).toEqual([]);
    expect(draftFindings(table('Latest round (as of Nov 2025)', '$10B at $62B'), DATE)).toEqual([]);
    expect(draftFindings(table('Valuation through Nov 2025', '$62B'), DATE)).toEqual([]);
  });

  it('zh: 截至 before the header\'s month', () => {
    const zh = ['| 公司 | 融资额（截至2025年11月） | 估值（截至2025年11月） |', '|---|---|---|', '| Databricks | 100亿美元 | 620亿美元 |'].join('\n');
    expect(draftFindings(zh, DATE)).toEqual([]);
  });

  it('near miss: a header month with no cut-off word still dates the round', () => {
    expect(draftFindings(table('Latest mark (Nov 2025)', '$10B at $62B'), DATE)).toContain('$10B fact.wrong-period warning');
    const zh = ['| 公司 | 融资额（2025年11月） | 估值（2025年11月） |', '|---|---|---|', '| Databricks | 100亿美元 | 620亿美元 |'].join('\n');
    expect(draftFindings(zh, DATE)).toContain('100亿美元 fact.wrong-period warning');
  });
});
