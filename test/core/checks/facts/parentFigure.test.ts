/**
 * A product's figure that is its company's broader segment figure (verdicts/parentFigure.ts): "Azure
 * brought in $28.52B" for Microsoft's Intelligent Cloud segment of that quarter. Only a figure written
 * to three or more significant digits, for the very period, with the product the number's own subject
 * and neither the company nor the segment named in its clause. Bundled facts.
 */
import { describe, expect, it } from 'vitest';
import { draftAnalysis, draftFindings } from '../../../helpers/draftFindings';

const DATE = '2024-09-15';
const verdictOf = (text: string, span: string) => draftAnalysis(text, DATE).claims.find((c) => c.quantity.text === span)?.verdict;

describe("a product's figure that is its company's segment figure", () => {
  it('calls a cloud segment figure written as the product revenue a wrong metric (English)', () => {
    const text = 'Azure alone brought in $28.52 billion in the June 2024 quarter.';
    expect(draftFindings(text, DATE)).toEqual(['$28.52 billion fact.wrong-metric warning']);
    const finding = draftAnalysis(text, DATE).findings[0]!;
    // The message names both readings: the segment's owner and measure, and the product's.
    expect(finding.message).toContain('Microsoft cloud segment revenue');
    expect(finding.message).toContain('not Azure revenue');
  });

  it('reads the written precision: $28.5 billion is the $28.52B segment figure (English)', () => {
    expect(verdictOf('Azure by itself took in $28.5 billion in the quarter ended June 2024.', '$28.5 billion')).toBe('wrong-metric');
  });

  it('calls the same mix-up in Chinese', () => {
    expect(draftFindings('Azure在2024年4月至6月的季度里收入285.2亿美元。', DATE)).toEqual(['285.2亿美元 fact.wrong-metric warning']);
  });
});

describe('no coincidence, no binding slip', () => {
  it('leaves a round figure alone: $28 billion matches too much by chance', () => {
    expect(verdictOf('Azure brought in $28 billion in the June 2024 quarter.', '$28 billion')).toBe('unverifiable');
  });

  it('leaves a figure whose clause names the segment: the binder picked the product, the writer did not', () => {
    const text = 'Intelligent Cloud, the home of Azure, brought in $28.52 billion in the June 2024 quarter.';
    expect(draftFindings(text, DATE)).toEqual([]);
  });

  it('leaves a figure whose clause names the company (Chinese)', () => {
    expect(draftFindings('微软的Azure所在部门在2024年4月至6月的季度里收入285.2亿美元。', DATE)).toEqual([]);
  });

  it('leaves another period: the segment figure must be of the claim\'s own period', () => {
    expect(verdictOf('Azure alone brought in $28.52 billion in the March 2024 quarter.', '$28.52 billion')).not.toBe('wrong-metric');
  });

  it("reads a product's own segment figure as its own (AWS is filed as Amazon's cloud segment with product aws)", () => {
    expect(draftFindings('AWS brought in $28.8 billion in the fourth quarter of 2024.', '2025-03-01')).toEqual([]);
  });
});
