/**
 * Market research firms and outlets are publishers too: a draft that credits one of them with a figure
 * the fact base records as another firm's estimate (`reportedBy`) misplaces the credit, in prose and in
 * a source column; crediting the firm on record, or naming no one, raises nothing. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { flagged } from '../../../helpers/flagged';

describe('a figure credited to a research firm that did not estimate it', () => {
  it('is misattributed (English)', () => {
    expect(flagged('IDC says Nvidia held 98% of the data-center GPU market in 2023.', '2024-08-01')).toEqual(['98% fact.misattributed']);
  });

  it('and in Chinese', () => {
    expect(flagged('据IDC统计,2023年英伟达在数据中心GPU市场的份额为98%。', '2024-08-01')).toEqual(['98% fact.misattributed']);
  });

  it('and in a source column', () => {
    const table = ['| 指标 | 数值 | 来源 |', '|---|---|---|', '| 英伟达2023年数据中心GPU份额 | 98% | IDC |'].join('\n');
    expect(flagged(table, '2024-08-01')).toEqual(['98% fact.misattributed']);
  });

  it('is left alone when the firm on record is named, or none is', () => {
    expect(flagged('TechInsights says Nvidia held 98% of the data-center GPU market in 2023.', '2024-08-01')).toEqual([]);
    expect(flagged('Nvidia held 98% of the data-center GPU market in 2023.', '2024-08-01')).toEqual([]);
  });

  it('is left alone when the firm is named for another figure of the sentence, not as its source', () => {
    expect(flagged('Nvidia held 98% of the data-center GPU market in 2023, while IDC tracked the PC market.', '2024-08-01')).toEqual([]);
  });
});
