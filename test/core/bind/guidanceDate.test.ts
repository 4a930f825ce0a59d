/**
 * The date guidance was given on is not the period it guides for (bind/guidanceDate.ts). Bundled facts:
 * Microsoft guided to about 2 points of Azure growth from AI services for the September 2023 quarter
 * (Q1 FY2024), guidance given in July 2023.
 */
import { describe, expect, it } from 'vitest';
import { periodSpanOf } from './helpers';
import { flaggedClaim } from './flaggedClaim';

const DATE = '2025-05-10';
const spanOf = (text: string, figure: string) => periodSpanOf(text, figure, DATE);
const SEPT_2023 = '2023-07-01..2023-09-30';

describe('"guidance of X given in July" dates the statement, not the figure', () => {
  it('en: the guidance takes the quarter its sentence names, not the month it was given in', () => {
    const text = "In the September 2023 quarter AI services added about 3 points to Azure's growth, against Microsoft's guidance of roughly 2 points given in July.";
    expect(spanOf(text, '2 points')).toBe(SEPT_2023);
    expect(flaggedClaim(text, '2 points', DATE).verdicts).toEqual([]);
  });

  it('en and zh: with no other period, the month of the statement dates nothing', () => {
    expect(spanOf('Microsoft gave Azure AI guidance of roughly 2 points in July.', '2 points')).toBeUndefined();
    expect(spanOf('Microsoft put out Azure AI guidance of roughly 2 points issued in July.', '2 points')).toBeUndefined();
    expect(spanOf('微软7月给出的Azure AI贡献指引约为2个百分点。', '2个百分点')).toBeUndefined();
    expect(flaggedClaim('微软7月给出的Azure AI贡献指引约为2个百分点。', '2个百分点', DATE).verdicts).toEqual([]);
  });

  it('wrong variant: another figure for the guided quarter is still read against it', () => {
    const text = "In the September 2023 quarter AI services added about 3 points to Azure's growth, against Microsoft's guidance of roughly 5 points given in July.";
    expect(spanOf(text, '5 points')).toBe(SEPT_2023);
  });

  it('near misses: a quarter after the guidance is what it guides for; a month without a verb of giving still dates', () => {
    expect(spanOf("Microsoft's guidance of roughly 2 points for the September 2023 quarter held.", '2 points')).toBe(SEPT_2023);
    expect(spanOf('Azure AI services added about 3 points of growth in July 2024.', '3 points')).toBe('2024-07-01..2024-07-31');
  });
});
