/**
 * "Up from", "比", "去年" mark a sentence that quotes an earlier period's figure on purpose, so a value
 * equal to the prior period's figure is not a wrong period. But a relative date ("去年10月至12月",
 * "last year") that dates some figure is no comparison: only the words outside dates count. Bundled
 * facts: AI's contribution to Azure growth, 3 points in July–September 2023 and 6 in October–December.
 */
import { describe, expect, it } from 'vitest';
import { draftFindings } from '../../../helpers/draftFindings';

const DATE = '2025-03-01';
const all = (text: string) => draftFindings(text, DATE, ['error', 'warning', 'information']);

describe('a relative date beside a prior quarter\'s figure', () => {
  it('does not make it a quoted comparison (Chinese)', () => {
    expect(all('2023年10月至12月那个季度，AI为Azure增长贡献了3个百分点；到去年10月至12月，这一数字升至13个百分点。')).toEqual([
      '3个百分点 fact.wrong-period information',
    ]);
  });

  it('while a comparison that names the prior quarter still quotes it', () => {
    expect(all('2023年10月至12月那个季度，AI为Azure增长贡献了3个百分点，高于上一季度。')).toEqual([]);
    expect(all('AI为Azure增长贡献了6个百分点，此前一个季度为3个百分点。')).toEqual([]);
  });
});
