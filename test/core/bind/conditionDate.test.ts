/**
 * A date in a condition that supposes a figure of its own dates the hypothesis, not the figure of the
 * clause after it (bind/conditionDate.ts); a condition that only names the year ("如果按2024财年计算")
 * still dates the figure.
 */
import { describe, expect, it } from 'vitest';
import { analyzedClaim } from './helpers';

const DATE = '2024-03-05';
const periodOf = (text: string, figure: string) => analyzedClaim(text, figure, DATE)?.period?.value?.label;

describe("a condition's date is the hypothesis's", () => {
  it('zh: the market value after 如果…增长50% takes no year of the condition', () => {
    expect(periodOf('如果下一个财年英伟达数据中心收入再增长50%，2万亿美元的市值大约对应28倍的数据中心收入。', '2万亿美元')).toBeUndefined();
  });
  it('en: the same, after "if … grows 50% next fiscal year"', () => {
    expect(periodOf("If Nvidia's data-center revenue grows 50% next fiscal year, the $2 trillion market cap is about 28 times it.", '$2 trillion')).toBeUndefined();
  });
  it('near miss: a condition naming only the year still dates the figure', () => {
    expect(periodOf('如果按2024财年计算，英伟达数据中心收入为475亿美元。', '475亿美元')).toBeDefined();
    expect(periodOf("If fiscal 2024 is taken, Nvidia's data-center revenue was $47.5 billion.", '$47.5 billion')).toBeDefined();
  });
});
