/**
 * A figure of the rest is not the measure named (bind/complementMeasure.ts): a noun qualified by its
 * complement ("non-AI growth", "growth other than AI", 非AI部分, 除AI以外的增长) binds no metric, so it is
 * never compared with the named part's facts. A basis (non-GAAP), a kind of thing (a non-voting share),
 * "excluding" a component and a bare 除…以外， keep the usual reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { flagged } from '../../helpers/flagged';
import { remainderCell } from '../../../server/src/core/bind/complementMeasure';
import { documentTables } from '../../../server/src/core/bind/tables';

/** Whether the cell holding `figure` is headed (column or row) by the rest. */
function remainderCellOf(text: string, figure: string): boolean {
  const cell = documentTables(text).cellAt(text.indexOf(figure));
  return cell !== undefined && remainderCell(text, cell);
}

const DATE = '2024-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('the complement of a measure binds no metric', () => {
  const cases = [
    { how: '"non-AI" with a name between', text: 'In the March quarter of 2024, non-AI Azure growth came to roughly 24 points.', figure: '24 points' },
    { how: '"the non-AI remainder"', text: 'For the March 2024 quarter the non-AI remainder accounted for 24 points.', figure: '24 points' },
    { how: '"growth other than AI"', text: 'In the March 2024 quarter, Azure growth other than AI was 24 points.', figure: '24 points' },
    { how: '非AI部分', text: '2024年1-3月，Azure增长中非AI部分贡献了24个百分点。', figure: '24个百分点' },
    { how: '"non-AI" before a name, then a verb', text: 'In the March quarter of 2024, non-AI Azure contributed about 24 points of growth.', figure: '24 points' },
    { how: '"the rest of" a name', text: 'In the March quarter of 2024, the rest of Azure added about 24 points of growth.', figure: '24 points' },
    { how: '非AI的 before a name', text: '2024年1-3月，非AI的Azure贡献了约24个百分点的增长。', figure: '24个百分点' },
    { how: '其余部分', text: '2024年1-3月，Azure增长中AI之外的其余部分贡献了约24个百分点。', figure: '24个百分点' },
    { how: '除…以外的', text: '2024年1-3月，Azure除AI以外的增长为24个百分点。', figure: '24个百分点' },
  ];
  for (const { how, text, figure } of cases) it(how, () => expect(metricOf(text, figure)).toBeUndefined());
  it('and raises nothing', () => {
    expect(flagged('In the March quarter of 2024, non-AI Azure growth came to roughly 24 points.', DATE)).toEqual([]);
  });
});

describe('near misses keep the measure', () => {
  it('the named part itself', () => {
    expect(metricOf('In the March quarter of 2024, AI contributed 7 points to Azure growth.', '7 points')).toBe('growth-contribution.points');
  });
  it('a figure before the complement is not its', () => {
    expect(metricOf('In the March 2024 quarter AI added 7 points, and non-AI growth 24 points.', '7 points')).toBe('growth-contribution.points');
  });
  it('the named part itself, after a complement figure', () => {
    expect(metricOf('In the March 2024 quarter non-AI Azure contributed 24 points and AI contributed 7 points of growth.', '7 points')).toBe('growth-contribution.points');
  });
  it('"non-profit" names a kind of body', () => {
    expect(metricOf('The non-profit OpenAI raised $6.6 billion in October 2024.', '$6.6 billion')).toBe('funding.raised');
  });
  it('non-GAAP is a basis, not a complement', () => {
    expect(metricOf('Nvidia reported non-GAAP revenue of $26.0 billion for the quarter.', '$26.0 billion')).toBe('revenue');
  });
  it('"non-" before a word that is no measure or part', () => {
    expect(metricOf('Harvey, the closest non-coding analogue, raised $300 million in February 2025.', '$300 million')).toBe('funding.raised');
  });
  it('a bare 除…以外， sets aside another subject', () => {
    expect(metricOf('除了英伟达以外，AMD 2023年的收入为227亿美元。', '227亿美元')).toBe('revenue');
  });
  it('"excluding" a component narrows the measure', () => {
    expect(metricOf('In June 2025 OpenAI had an annualized run-rate of $10 billion, excluding Microsoft licensing.', '$10 billion')).toBe('revenue.annualized');
  });
});

describe('a figure set against a figure of the rest is of the rest too', () => {
  const AUG = '2025-08-05';
  const metricAt = (text: string, figure: string) => analyzedClaim(text, figure, AUG)?.metric?.value;
  it('"…, against 26 points in the September 2023 quarter" (English and Chinese)', () => {
    const en = 'Strip AI out and the rest of Azure grew 17 points in the March 2025 quarter, against 26 points in the September 2023 quarter.';
    expect(metricAt(en, '26 points')).toBeUndefined();
    expect(flagged(en, AUG)).toEqual([]);
    const zh = '剔除AI后，其余Azure在2025年3月季度增长17个百分点，而2023年9月季度为26个百分点。';
    expect(metricAt(zh, '26个百分点')).toBeUndefined();
    expect(flagged(zh, AUG)).toEqual([]);
  });
  it('near misses: a compared figure with a subject of its own keeps its reading', () => {
    expect(metricAt('The rest of Azure grew 17 points in the September 2023 quarter, against AI\'s 3 points.', '3 points')).toBe('growth-contribution.points');
    expect(metricAt('其余Azure在2023年9月季度增长26个百分点，而AI为3个百分点。', '3个百分点')).toBe('growth-contribution.points');
    expect(metricAt('AI added 3 points in the September 2023 quarter, against 2 points guided.', '2 points')).toBe('growth-contribution.points');
  });
});

describe('a table column or row headed by the rest measures the remainder', () => {
  const FEB = '2025-02-03';
  const metricAt = (text: string, figure: string) => analyzedClaim(text, figure, FEB)?.metric?.value;
  const en = ['# Microsoft: the Azure points ladder', '', '| Fiscal quarter | Azure growth | AI contribution | Everything else |', '|---|---|---|---|', '| Q2 FY24 | 30% | 6 pts | 24 pts |', '| Q3 FY24 | 31% | 7 pts | 24 pts |'].join('\n');
  const zh = ['# 微软12月季度回顾', '', '| 财季 | Azure增速 | AI贡献 | 其余 |', '|---|---|---|---|', '| 2024财年第二季度 | 30% | 6个百分点 | 24个百分点 |'].join('\n');
  const rows = ['# Microsoft: the Azure points ladder', '', '| Azure | Q2 FY24 | Q3 FY24 |', '|---|---|---|', '| AI contribution | 6 pts | 7 pts |', '| Non-AI | 24 pts | 24 pts |'].join('\n');

  it('"Everything else" (English) and 其余 (Chinese) as the column header', () => {
    expect(metricAt(en, '24 pts')).toBeUndefined();
    expect(flagged(en, FEB)).toEqual([]);
    expect(metricAt(zh, '24个百分点')).toBeUndefined();
    expect(flagged(zh, FEB)).toEqual([]);
  });
  it('a row labelled "Non-AI"', () => {
    expect(metricAt(rows, '24 pts')).toBeUndefined();
    expect(flagged(rows, FEB)).toEqual([]);
  });
  it('near misses: the named part\'s column is still checked, and a wrong figure in it still flagged', () => {
    expect(metricAt(en, '6 pts')).toBe('growth-contribution.points');
    expect(flagged(en.replace('| 6 pts |', '| 9 pts |'), FEB)).toContain('9 pts fact.value-mismatch');
    expect(flagged(zh.replace('| 6个百分点 |', '| 9个百分点 |'), FEB)).toContain('9个百分点 fact.value-mismatch');
  });
  it('near miss: without the remainder header the cell is read (and flagged) as before', () => {
    expect(metricAt(en.replace('Everything else', 'AI points'), '24 pts')).toBe('growth-contribution.points');
    expect(flagged(en.replace('Everything else', 'AI points'), FEB)).toContain('24 pts fact.value-mismatch');
    expect(flagged(zh.replace('其余', 'AI点数'), FEB)).toContain('24个百分点 fact.value-mismatch');
  });
  it('near miss: a header naming a thing of its own ("Other Bets") is no remainder', () => {
    expect(remainderCellOf('| Segment | Other Bets |\n|---|---|\n| Q2 | $0.4B |', '$0.4B')).toBe(false);
    expect(remainderCellOf('| Segment | Other |\n|---|---|\n| Q2 | $0.4B |', '$0.4B')).toBe(true);
    expect(remainderCellOf('| 分部 | 其他收入 |\n|---|---|\n| Q2 | 4亿美元 |', '4亿美元')).toBe(true);
  });
});
