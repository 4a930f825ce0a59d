/**
 * A measure word that introduces a figure of its own ("revenue of $N", "收入为N") labels that figure,
 * never a figure earlier in its clause (bind/introducedFigure.ts). Bundled fact: NVIDIA's data-center
 * revenue of Q4 FY2024 was $18.4 billion.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';
import { draftFindings } from '../../helpers/draftFindings';

const DATE = '2024-06-01';
const metricOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.metric?.value;

describe('a measure word introducing a later figure is not an earlier figure\'s', () => {
  it('English: "the $300B figure with … data-center revenue of $18.4 billion"', () => {
    const en = "Recompute the $300B figure from Nvidia's fourth-quarter fiscal 2024 data-center revenue of $18.4 billion.";
    expect(metricOf(en, '$300B')).toBeUndefined();
    expect(draftFindings(en, DATE)).toEqual([]);
    const wrong = en.replace('$18.4 billion', '$21.4 billion');
    expect(draftFindings(wrong, DATE)).toEqual(['$21.4 billion fact.value-mismatch error']);
  });

  it('Chinese: "把3000亿美元这个数字按…数据中心收入为184亿美元…"', () => {
    const zh = '把3000亿美元这个数字按英伟达2024财年第四季度数据中心收入为184亿美元重新推算。';
    expect(metricOf(zh, '3000亿美元')).toBeUndefined();
    expect(draftFindings(zh, DATE)).toEqual([]);
    const wrong = zh.replace('184亿美元', '214亿美元');
    expect(draftFindings(wrong, DATE)).toEqual(['214亿美元 fact.value-mismatch error']);
  });

  it('the introduced figure and a series after it keep the measure', () => {
    const en = "Nvidia's fourth-quarter fiscal 2024 data-center revenue of $18.4 billion was up from $14.5 billion in the third quarter.";
    expect([metricOf(en, '$18.4 billion'), metricOf(en, '$14.5 billion')]).toEqual(['revenue.datacenter', 'revenue.datacenter']);
  });
});
