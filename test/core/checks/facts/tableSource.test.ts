/**
 * A table's source column credits its row's figures as "according to" would in prose: a figure
 * credited there to a publisher other than the one the fact base records is misattributed; the
 * right publisher, or a column that is not a source column, raises nothing. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

const table = (header: string, row: string) => [header, '|---|---|---|', row].join('\n');

describe('a figure credited in a source column', () => {
  it('is misattributed when another publisher estimated it (English)', () => {
    expect(flagged(table('| Metric | Value | Source |', '| Nvidia data-center GPU market share, 2023 | 98% | Bloomberg |'), '2024-08-01')).toEqual(['98% fact.misattributed']);
  });

  it('and in Chinese', () => {
    expect(flagged(table('| 指标 | 数值 | 来源 |', '| 英伟达2023年数据中心GPU份额 | 98% | 彭博社 |'), '2024-08-01')).toEqual(['98% fact.misattributed']);
  });

  it('is left alone when the column names who estimated it, or is not a source column', () => {
    expect(flagged(table('| Metric | Value | Source |', '| Nvidia data-center GPU market share, 2023 | 98% | TechInsights |'), '2024-08-01')).toEqual([]);
    expect(flagged(table('| Metric | Value | Comment |', '| Nvidia data-center GPU market share, 2023 | 98% | Bloomberg |'), '2024-08-01')).toEqual([]);
  });
});
